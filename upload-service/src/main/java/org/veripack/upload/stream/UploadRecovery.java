package org.veripack.upload.stream;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.veripack.upload.config.UploadConfig;
import org.veripack.upload.repository.Jdbc;
import org.veripack.upload.repository.UploadReports;

/**
 * No upload stays PROCESSING forever: a worker beats while it processes, and an upload whose beat stopped (the
 * service crashed or was restarted) is marked FAILED with the reason, at start and periodically. Sending it again
 * (same Idempotency-Key, or the same content) resumes it under the same id.
 */
@ApplicationScoped
public class UploadRecovery {

    private static final Logger LOG = Logger.getLogger(UploadRecovery.class);
    public static final String REASON = "interrupted: the service stopped while the upload was processing; "
            + "send it again (same Idempotency-Key) to complete it";

    private final Jdbc jdbc;
    private final UploadReports uploads;
    private final UploadConfig config;

    public UploadRecovery(Jdbc jdbc, UploadReports uploads, UploadConfig config) {
        this.jdbc = jdbc;
        this.uploads = uploads;
        this.config = config;
    }

    @Scheduled(every = "${veripack.upload.recovery-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void recover() {
        try {
            failStaleUploads();
        } catch (RuntimeException e) {
            LOG.debugf("upload recovery failed, retrying on the next run: %s", e.getMessage());
        }
    }

    /** Marks FAILED every PROCESSING upload whose worker has not beaten for the stale interval; how many. */
    public int failStaleUploads() {
        int failed = jdbc.withConnection(connection -> uploads.failStale(connection, config.staleAfter(), REASON));
        if (failed > 0) {
            LOG.warnf("marked %d interrupted upload(s) FAILED", failed);
        }
        return failed;
    }
}
