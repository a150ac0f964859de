package org.veripack.upload.repository;

import java.util.UUID;

/** A row of registry.upload, as far as uploads need it. */
public record UploadRecord(UUID id, String contentSha256, String status) {

    public boolean isCompleted() {
        return "COMPLETED".equals(status);
    }
}
