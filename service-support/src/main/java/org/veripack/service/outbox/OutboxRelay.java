package org.veripack.service.outbox;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.veripack.core.alert.AlertStream;

/**
 * Moves alerts from the registry outbox to the Redis stream {@value AlertStream#STREAM_KEY}: claims unrelayed rows
 * with {@code FOR UPDATE SKIP LOCKED} (so several replicas never relay one row twice at once), adds them to the
 * stream, and sets {@code relayed_at} in the same transaction. If Redis fails, nothing is marked and the rows
 * are relayed on the next run; if the commit fails after the XADD, the row is relayed again and alert-service,
 * which stores by alert id, keeps one. Runs when woken after a commit and every interval.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CLAIM = "SELECT id, payload::text AS payload FROM registry.alert_outbox "
            + "WHERE relayed_at IS NULL ORDER BY raised_at LIMIT $1 FOR UPDATE SKIP LOCKED";
    private static final String MARK = "UPDATE registry.alert_outbox SET relayed_at = now() WHERE id = ANY($1)";

    @Inject
    Pool pool;

    @Inject
    Redis redis;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "veripack.outbox.relay.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "veripack.outbox.relay.interval", defaultValue = "1s")
    Duration interval;

    @ConfigProperty(name = "veripack.outbox.relay.batch-size", defaultValue = "500")
    int batchSize;

    @ConfigProperty(name = "veripack.outbox.stream-max-length", defaultValue = "1000000")
    long streamMaxLength;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean wokenWhileRunning = new AtomicBoolean();
    private long timerId = -1;

    void start(@Observes StartupEvent event) {
        if (enabled) {
            timerId = vertx.setPeriodic(interval.toMillis(), id -> wake());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (timerId >= 0) {
            vertx.cancelTimer(timerId);
        }
    }

    /** Relays what is pending now, unless a run is under way (which then runs once more). */
    public void wake() {
        if (!enabled) {
            return;
        }
        if (!running.compareAndSet(false, true)) {
            wokenWhileRunning.set(true);
            return;
        }
        relayAll().subscribe().with(
                relayed -> finishRun(),
                failure -> {
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
        return relayBatch().flatMap(count -> count < batchSize
                ? Uni.createFrom().item(count)
                : relayAll().map(more -> more + count));
    }

    private Uni<Integer> relayBatch() {
        return pool.withTransaction(connection -> connection.preparedQuery(CLAIM).execute(Tuple.of(batchSize))
                .flatMap(rows -> rows.size() == 0 ? Uni.createFrom().item(0) : addToStream(rows)
                        .flatMap(ids -> connection.preparedQuery(MARK).execute(Tuple.of(ids.toArray(UUID[]::new)))
                                .map(marked -> ids.size()))));
    }

    private Uni<List<UUID>> addToStream(RowSet<Row> rows) {
        List<Request> adds = new ArrayList<>(rows.size());
        List<UUID> ids = new ArrayList<>(rows.size());
        for (Row row : rows) {
            UUID id = row.getUUID("id");
            ids.add(id);
            adds.add(Request.cmd(Command.XADD).arg(AlertStream.STREAM_KEY)
                    .arg("MAXLEN").arg("~").arg(streamMaxLength).arg("*")
                    .arg(AlertStream.FIELD_ID).arg(id.toString())
                    .arg(AlertStream.FIELD_EVENT).arg(row.getString("payload")));
        }
        return redis.batch(adds).map(responses -> ids);
    }
}
