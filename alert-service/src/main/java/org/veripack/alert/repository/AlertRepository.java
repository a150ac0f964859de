package org.veripack.alert.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertEventJson;
import org.veripack.service.problem.BackendUnavailable;

/** alert-service's alerts and their investigation history in PostgreSQL (schema {@code alert}). */
@ApplicationScoped
public class AlertRepository {

    static final String COLUMNS = "id, code, return_code, gtin, serial, batch, expiry, location, actor, mah, source, "
            + "raised_at, stored_at, status, details::text AS details, position";

    private static final String INSERT = """
            INSERT INTO alert.alert (id, code, return_code, gtin, serial, batch, expiry, location, actor, role, mah,
                                     source, raised_at, details)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, ($14::text::jsonb) -> 'details')
            ON CONFLICT (id) DO NOTHING
            RETURNING stored_at
            """;

    private final Pool pool;

    public AlertRepository(Pool pool) {
        this.pool = pool;
    }

    /** Stores the alert unless it is there already; true when this call stored it. */
    public Uni<Boolean> store(AlertEvent event) {
        Tuple values = Tuple.from(Arrays.asList(event.id(), event.code().name(),
                event.returnCode() == null ? null : event.returnCode().name(), event.gtin(), event.serial(),
                event.batch(), event.expiry(), event.location(), event.actor(), event.role(), event.mah(),
                event.source().name(), OffsetDateTime.ofInstant(event.raisedAt(), ZoneOffset.UTC),
                AlertEventJson.write(event)));
        return pool.preparedQuery(INSERT).execute(values).map(rows -> rows.rowCount() == 1)
                .onFailure().transform(BackendUnavailable::ofRegistry);
    }

    public Uni<AlertRow> find(UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM alert.alert WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : read(rows.iterator().next()))
                .onFailure().transform(BackendUnavailable::ofRegistry);
    }

    /** A page of alerts matching {@code where} (with its parameters), newest first, and the total. */
    public Uni<Page> page(AlertQuery query) {
        return pool.preparedQuery("SELECT count(*) AS total FROM alert.alert WHERE " + query.where())
                .execute(Tuple.from(query.parameters()))
                .flatMap(count -> pool.preparedQuery("SELECT " + COLUMNS + " FROM alert.alert WHERE " + query.where()
                                + " ORDER BY " + query.orderBy() + " LIMIT " + query.limit() + " OFFSET " + query.offset())
                        .execute(Tuple.from(query.parameters()))
                        .map(rows -> new Page(readAll(rows), count.iterator().next().getLong("total"))))
                .onFailure().transform(BackendUnavailable::ofRegistry);
    }

    /** A page of alert rows and how many match in all. */
    public record Page(List<AlertRow> rows, long total) {
    }

    /** The history of these alerts, oldest change first. */
    public Uni<List<AlertChangeRow>> history(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return history(pool, ids).onFailure().transform(BackendUnavailable::ofRegistry);
    }

    private static Uni<List<AlertChangeRow>> history(SqlClient client, List<UUID> ids) {
        return client.preparedQuery("SELECT alert_id, seq, from_status, to_status, changed_by, changed_at, reason, "
                        + "close_reason FROM alert.alert_status_change WHERE alert_id = ANY($1) ORDER BY alert_id, seq")
                .execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> {
                    List<AlertChangeRow> changes = new ArrayList<>();
                    for (Row row : rows) {
                        changes.add(new AlertChangeRow(row.getUUID("alert_id"), row.getInteger("seq"),
                                row.getString("from_status"), row.getString("to_status"), row.getString("changed_by"),
                                row.getOffsetDateTime("changed_at").toInstant(), row.getString("reason"),
                                row.getString("close_reason")));
                    }
                    return changes;
                });
    }

    /** A status change to apply, decided on the locked alert by {@code decide} (which refuses by throwing). */
    public interface ChangeDecision {
        /** Called with the locked alert (null when there is none); returns the change to store. */
        Change decide(AlertRow alert);
    }

    /** The change to store. */
    public record Change(String to, String by, Instant at, String reason, String closeReason) {
    }

    /**
     * Locks the alert, lets {@code decision} check the move on its current status, stores the change in its history
     * and the new status, in one transaction; returns the alert after it and its whole history.
     */
    public Uni<Changed> changeStatus(UUID id, ChangeDecision decision) {
        return pool.withTransaction(connection -> connection
                .preparedQuery("SELECT " + COLUMNS + " FROM alert.alert WHERE id = $1 FOR UPDATE").execute(Tuple.of(id))
                .flatMap(rows -> {
                    AlertRow alert = rows.size() == 0 ? null : read(rows.iterator().next());
                    Change change = decision.decide(alert);
                    return connection.preparedQuery("""
                                    INSERT INTO alert.alert_status_change (alert_id, seq, from_status, to_status, changed_by,
                                                                           changed_at, reason, close_reason)
                                    SELECT $1, coalesce(max(seq), 0) + 1, $2, $3, $4, $5, $6, $7
                                      FROM alert.alert_status_change WHERE alert_id = $1""")
                            .execute(Tuple.from(Arrays.asList(id, alert.status(), change.to(), change.by(),
                                    OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC), change.reason(), change.closeReason())))
                            .chain(() -> connection.preparedQuery("UPDATE alert.alert SET status = $2 WHERE id = $1 RETURNING "
                                    + COLUMNS).execute(Tuple.of(id, change.to())))
                            .flatMap(updated -> history(connection, List.of(id))
                                    .map(changes -> new Changed(read(updated.iterator().next()), changes)));
                })).onFailure().transform(BackendUnavailable::ofRegistry);
    }

    /** An alert after a status change, with its history. */
    public record Changed(AlertRow alert, List<AlertChangeRow> history) {
    }

    /** Alerts stored after a stream position, in storage order (the live stream). */
    public Uni<List<AlertRow>> storedAfter(long position, int limit) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM alert.alert WHERE position > $1 ORDER BY position LIMIT $2")
                .execute(Tuple.of(position, limit)).map(AlertRepository::readAll)
                .onFailure().transform(BackendUnavailable::ofRegistry);
    }

    /** The newest stream position (0 when nothing is stored). */
    public Uni<Long> lastPosition() {
        return pool.query("SELECT coalesce(max(position), 0) AS position FROM alert.alert").execute()
                .map(rows -> rows.iterator().next().getLong("position"))
                .onFailure().transform(BackendUnavailable::ofRegistry);
    }

    static List<AlertRow> readAll(RowSet<Row> rows) {
        List<AlertRow> alerts = new ArrayList<>(rows.size());
        for (Row row : rows) {
            alerts.add(read(row));
        }
        return alerts;
    }

    static AlertRow read(Row row) {
        return new AlertRow(row.getUUID("id"), row.getString("code"), row.getString("return_code"), row.getString("gtin"),
                row.getString("serial"), row.getString("batch"), row.getString("expiry"), row.getString("location"),
                row.getString("actor"), row.getString("mah"), row.getString("source"),
                row.getOffsetDateTime("raised_at").toInstant(), row.getOffsetDateTime("stored_at").toInstant(),
                row.getString("status"), row.getString("details"), row.getLong("position"));
    }
}
