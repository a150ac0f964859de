package org.veripack.verification.stream;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.veripack.service.config.OutboxConfig;
import org.veripack.service.outbox.AlertStreamPublisher;
import org.veripack.service.outbox.AlertsRaised;
import jakarta.enterprise.event.Observes;
import org.veripack.verification.repository.OutboxRepository;

/**
 * Moves alerts from the registry outbox to the stream veripack:alerts. Runs when woken after a commit that raised
 * an alert and every {@code veripack.outbox.relay.interval}. If Redis fails nothing is marked and the rows are
 * relayed on the next run; if the commit fails after the stream add, the row is relayed again and alert-service,
 * which stores by alert id, keeps one.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final OutboxRepository outbox;
    private final AlertStreamPublisher stream;
    private final OutboxConfig.Relay config;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wokenWhileRunning = new AtomicBoolean();

    public OutboxRelay(OutboxRepository outbox, AlertStreamPublisher stream, OutboxConfig config) {
        this.outbox = outbox;
        this.stream = stream;
        this.config = config.relay();
    }

    @Scheduled(every = "${veripack.outbox.relay.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        wake();
    }

    /** After a commit that put alerts into the outbox. */
    void onAlertsRaised(@Observes AlertsRaised raised) {
        wake();
    }

    /** Relays what is pending now, unless a run is under way (which then runs once more). */
    public void wake() {
        if (!config.enabled()) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            wokenWhileRunning.set(true);
            return;
        }
        relayAll().subscribe().with(relayed -> finishRun(), failure -> {
            LOG.warnf("alert relay failed, retrying on the next run: %s", failure.getMessage());
            running.set(false);
        });
    }

    private void finishRun() {
        running.set(false);
        if (wokenWhileRunning.getAndSet(false)) {
            wake();
        }
    }

    /** Relays batches until the outbox holds no unrelayed row; the number relayed. */
    public Uni<Integer> relayAll() {
        return outbox.relayBatch(config.batchSize(), stream::publish).flatMap(count -> count < config.batchSize()
                ? Uni.createFrom().item(count)
                : relayAll().map(more -> more + count));
    }
}
