package org.veripack.alert.stream;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.veripack.alert.service.AlertIntake;
import org.veripack.alert.repository.OutboxReader;
import org.veripack.core.alert.AlertEventJson;

/**
 * Closes the gaps the stream may leave (Redis lost its data between relay and storage, the group was recreated, a
 * raising service died before relaying): stores the outbox rows relayed in the last 24 hours, or waiting unrelayed
 * for more than a minute, that alert-service does not hold. Runs at start, when the consumer recreates its group,
 * and every {@code veripack.alerts.reconcile-interval}.
 */
@ApplicationScoped
public class OutboxReconciliation {

    private static final Logger LOG = Logger.getLogger(OutboxReconciliation.class);
    private static final int PAGE = 1000;
    private static final OffsetDateTime EPOCH = OffsetDateTime.parse("1970-01-01T00:00:00Z");
    private static final UUID NO_ID = new UUID(0, 0);

    private final OutboxReader outbox;
    private final AlertIntake store;

    public OutboxReconciliation(OutboxReader outbox, AlertIntake store) {
        this.outbox = outbox;
        this.store = store;
    }

    @Scheduled(every = "${veripack.alerts.reconcile-interval}", delayed = "${veripack.alerts.reconcile-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> periodically() {
        return reconcile().replaceWithVoid().onFailure().recoverWithItem(failure -> {
            LOG.warnf("reconciliation failed: %s", failure.getMessage());
            return null;
        });
    }

    /** Stores the alerts this service misses; how many it stored. */
    public Uni<Integer> reconcile() {
        return reconcileAfter(EPOCH, NO_ID).invoke(count -> {
            if (count > 0) {
                LOG.infof("reconciled %d alert(s) from the registry outbox", count);
            }
        });
    }

    private Uni<Integer> reconcileAfter(OffsetDateTime raisedAt, UUID id) {
        return outbox.missingAfter(raisedAt, id, PAGE).flatMap(rows -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            for (OutboxReader.Missing row : rows) {
                chain = chain.flatMap(count -> storeQuietly(row.payload()).map(stored -> count + (stored ? 1 : 0)));
            }
            if (rows.size() < PAGE) {
                return chain;
            }
            OutboxReader.Missing last = rows.get(rows.size() - 1);
            return chain.flatMap(count -> reconcileAfter(last.raisedAt(), last.id()).map(more -> more + count));
        });
    }

    private Uni<Boolean> storeQuietly(String payload) {
        try {
            return store.store(AlertEventJson.read(payload));
        } catch (IllegalArgumentException e) {
            LOG.errorf("outbox payload cannot be read, skipped: %s", e.getMessage());
            return Uni.createFrom().item(false);
        }
    }
}
