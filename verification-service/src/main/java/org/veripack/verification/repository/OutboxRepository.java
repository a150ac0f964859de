package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.veripack.service.outbox.AlertStreamPublisher.OutboxAlert;

/**
 * The registry outbox's relay side: claims unrelayed rows with {@code FOR UPDATE SKIP LOCKED} (so replicas never
 * relay one row twice at once) and marks them relayed in the same transaction, after the caller published them.
 */
@ApplicationScoped
public class OutboxRepository {

    private static final String CLAIM = "SELECT id, payload::text AS payload FROM registry.alert_outbox "
            + "WHERE relayed_at IS NULL ORDER BY raised_at LIMIT $1 FOR UPDATE SKIP LOCKED";
    private static final String MARK = "UPDATE registry.alert_outbox SET relayed_at = now() WHERE id = ANY($1)";

    private final Pool pool;

    public OutboxRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Claims up to {@code limit} unrelayed alerts, lets {@code publish} add them to the stream, then marks them
     * relayed, all in one transaction: if publishing fails nothing is marked. Returns how many were relayed.
     */
    public Uni<Integer> relayBatch(int limit, Function<List<OutboxAlert>, Uni<Void>> publish) {
        return pool.withTransaction(connection -> claim(connection, limit).flatMap(alerts -> alerts.isEmpty()
                ? Uni.createFrom().item(0)
                : publish.apply(alerts).chain(() -> connection.preparedQuery(MARK)
                        .execute(Tuple.of(alerts.stream().map(OutboxAlert::id).toArray(UUID[]::new))))
                        .map(marked -> alerts.size())));
    }

    private static Uni<List<OutboxAlert>> claim(SqlConnection connection, int limit) {
        return connection.preparedQuery(CLAIM).execute(Tuple.of(limit)).map(rows -> {
            List<OutboxAlert> alerts = new ArrayList<>(rows.size());
            for (Row row : rows) {
                alerts.add(new OutboxAlert(row.getUUID("id"), row.getString("payload")));
            }
            return alerts;
        });
    }
}
