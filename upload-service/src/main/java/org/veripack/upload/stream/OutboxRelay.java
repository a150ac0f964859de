package org.veripack.upload.stream;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.veripack.service.config.OutboxConfig;
import org.veripack.service.outbox.AlertStreamPublisher;
import org.veripack.service.outbox.AlertsRaised;
import jakarta.enterprise.event.Observes;
import org.veripack.service.outbox.AlertStreamPublisher.OutboxAlert;
import org.veripack.upload.repository.Jdbc;
import org.veripack.upload.repository.OutboxRepository;

/**
 * Moves upload-service's alerts (U1) from the registry outbox to the stream veripack:alerts: claims unrelayed rows,
 * adds them to the stream and marks them relayed in one transaction. Runs when an upload raised an alert and every
 * {@code veripack.outbox.relay.interval}. If Redis fails nothing is marked; if the commit fails after the stream
 * add, alert-service (which stores by alert id) keeps one.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(10);

    private final Jdbc jdbc;
    private final OutboxRepository outbox;
    private final AlertStreamPublisher stream;
    private final OutboxConfig.Relay config;
    private final AtomicBoolean running = new AtomicBoolean();

    public OutboxRelay(Jdbc jdbc, OutboxRepository outbox, AlertStreamPublisher stream, OutboxConfig config) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.stream = stream;
        this.config = config.relay();
    }

    /** Relays now, on a worker thread, after an upload that raised an alert committed. */
    void onAlertsRaised(@Observes AlertsRaised raised) {
        io.smallrye.mutiny.infrastructure.Infrastructure.getDefaultWorkerPool().execute(this::relayAll);
    }

    @Scheduled(every = "${veripack.outbox.relay.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayAll() {
        if (!config.enabled() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (relayBatch() == config.batchSize()) {
                // a full batch: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("alert relay failed, retrying on the next run: %s", e.getMessage());
        } finally {
            running.set(false);
        }
    }

    private int relayBatch() {
        return jdbc.inTransaction(connection -> {
            List<OutboxAlert> alerts = outbox.claim(connection, config.batchSize());
            if (!alerts.isEmpty()) {
                stream.publish(alerts).await().atMost(PUBLISH_TIMEOUT);
                outbox.markRelayed(connection, alerts);
            }
            return alerts.size();
        });
    }
}
