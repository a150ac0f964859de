package org.veripack.upload.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

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

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "veripack.upload.stale-after", defaultValue = "60s")
    Duration staleAfter;

    private long timerId = -1;

    void start(@Observes StartupEvent event) {
        failStaleUploads().subscribe().with(count -> { }, failure -> LOG.warn("upload recovery failed", failure));
        timerId = vertx.setPeriodic(Math.max(1000, staleAfter.toMillis() / 2),
                id -> failStaleUploads().subscribe().with(count -> { }, failure -> LOG.debug("upload recovery failed", failure)));
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    /** Marks FAILED every PROCESSING upload whose worker has not beaten for the stale interval; how many. */
    public Uni<Integer> failStaleUploads() {
        return pool.preparedQuery("UPDATE registry.upload SET status = 'FAILED', failure_reason = $1, completed_at = now() "
                        + "WHERE status = 'PROCESSING' AND heartbeat_at < now() - make_interval(secs => $2)")
                .execute(Tuple.of(REASON, (double) staleAfter.toSeconds()))
                .map(rows -> {
                    if (rows.rowCount() > 0) {
                        LOG.warnf("marked %d interrupted upload(s) FAILED", rows.rowCount());
                    }
                    return rows.rowCount();
                });
    }
}
