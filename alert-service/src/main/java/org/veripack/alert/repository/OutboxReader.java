package org.veripack.alert.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.veripack.service.problem.BackendUnavailable;

/**
 * Reads the registry outbox (alert-service reads the registry schema, it never writes it): the alerts relayed in the
 * last 24 hours, or raised more than a minute ago and not relayed yet, that alert-service does not hold.
 */
@ApplicationScoped
public class OutboxReader {

    /** Keyset-paged by (raised_at, id), so a row that cannot be stored never hides the rows after it. */
    private static final String MISSING = """
            SELECT o.id, o.raised_at, o.payload::text AS payload FROM registry.alert_outbox o
             WHERE (o.relayed_at > now() - interval '24 hours'
                    OR (o.relayed_at IS NULL AND o.raised_at < now() - interval '1 minute'))
               AND (o.raised_at, o.id) > ($2, $3)
               AND NOT EXISTS (SELECT 1 FROM alert.alert a WHERE a.id = o.id)
             ORDER BY o.raised_at, o.id LIMIT $1
            """;

    /** An outbox row: its keyset position and the alert event's JSON. */
    public record Missing(UUID id, OffsetDateTime raisedAt, String payload) {
    }

    private final Pool pool;

    public OutboxReader(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Missing>> missingAfter(OffsetDateTime raisedAt, UUID id, int limit) {
        return pool.preparedQuery(MISSING).execute(Tuple.of(limit, raisedAt, id)).map(rows -> {
            List<Missing> missing = new ArrayList<>(rows.size());
            for (Row row : rows) {
                missing.add(new Missing(row.getUUID("id"), row.getOffsetDateTime("raised_at"), row.getString("payload")));
            }
            return missing;
        }).onFailure().transform(BackendUnavailable::ofRegistry);
    }
}
