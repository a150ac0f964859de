package org.veripack.alert.stream;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.veripack.alert.repository.AlertStore;
import org.veripack.core.alert.AlertEventJson;

/**
 * Closes the gap the stream may leave (Redis lost its data between relay and storage, the group was recreated):
 * reads outbox rows relayed in the last 24 hours that alert-service does not hold, and stores them. It only reads
 * the registry schema. Runs at start, when the consumer recreates its group, and periodically.
 */
@ApplicationScoped
public class OutboxReconciliation {

    private static final Logger LOG = Logger.getLogger(OutboxReconciliation.class);
    private static final int PAGE = 1000;
    /** Keyset-paged by (raised_at, id), so a row that cannot be stored never hides the rows after it. */
    private static final String MISSING = """
            SELECT o.id, o.raised_at, o.payload::text AS payload FROM registry.alert_outbox o
             WHERE o.relayed_at > now() - interval '24 hours'
               AND (o.raised_at, o.id) > ($2, $3)
               AND NOT EXISTS (SELECT 1 FROM alert.alert a WHERE a.id = o.id)
             ORDER BY o.raised_at, o.id LIMIT $1
            """;
    private static final java.time.OffsetDateTime EPOCH = java.time.OffsetDateTime.parse("1970-01-01T00:00:00Z");
    private static final java.util.UUID NO_ID = new java.util.UUID(0, 0);

    @Inject
    Pool pool;

    @Inject
    AlertStore store;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "veripack.alerts.reconcile-interval", defaultValue = "5m")
    Duration interval;

    private long timer = -1;

    void start(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(interval.toMillis(), id -> reconcile().subscribe().with(
                stored -> { }, failure -> LOG.warnf("reconciliation failed: %s", failure.getMessage())));
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Stores the relayed alerts this service misses; how many it stored. */
    public Uni<Integer> reconcile() {
        return reconcileAfter(EPOCH, NO_ID).invoke(count -> {
            if (count > 0) {
                LOG.infof("reconciled %d alert(s) from the registry outbox", count);
            }
        });
    }

    private Uni<Integer> reconcileAfter(java.time.OffsetDateTime raisedAt, java.util.UUID id) {
        return pool.preparedQuery(MISSING).execute(Tuple.of(PAGE, raisedAt, id)).flatMap(rows -> {
            Uni<Integer> chain = Uni.createFrom().item(0);
            Row lastRow = null;
            for (Row row : rows) {
                lastRow = row;
                chain = chain.flatMap(count -> storeQuietly(row.getString("payload")).map(stored -> count + (stored ? 1 : 0)));
            }
            Row last = lastRow;
            return chain.flatMap(count -> rows.size() < PAGE ? Uni.createFrom().item(count)
                    : reconcileAfter(last.getOffsetDateTime("raised_at"), last.getUUID("id")).map(more -> more + count));
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
