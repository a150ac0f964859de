package org.veripack.upload.service;

import org.veripack.service.problem.Problem;
import org.veripack.service.problem.ProblemException;

/** The registry failed while an upload was processed: nothing is lost, the upload can be sent again. */
public class UploadFailedException extends ProblemException {

    public UploadFailedException(Exception cause) {
        super(new Problem("upload-failed", "Upload failed", 503, "the registry could not store the upload ("
                + cause.getMessage() + "); send it again with the same Idempotency-Key to complete it"));
    }
}
