package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.veripack.core.record.Channel;
import org.veripack.core.record.OperationRecord;
import org.veripack.core.record.RecordedOperation;
import org.veripack.service.problem.BackendUnavailable;

/** The operation records in PostgreSQL: many stored in one statement (idempotently), and one pack's read back. */
@ApplicationScoped
public class OperationRecords {

    private static final String INSERT = """
            INSERT INTO registry.operation_record (request_id, at, operation, channel, gtin, serial, batch, expiry,
                                                   location, role, actor, code, alert_id, tx_id, details)
            SELECT r.request_id, r.at, r.operation, r.channel, r.gtin, r.serial, r.batch, r.expiry, r.location, r.role,
                   r.actor, r.code, r.alert_id, r.tx_id, r.details::jsonb
              FROM unnest($1::uuid[], $2::timestamptz[], $3::text[], $4::text[], $5::char(14)[], $6::text[], $7::text[],
                          $8::char(6)[], $9::char(13)[], $10::text[], $11::text[], $12::text[], $13::uuid[], $14::text[],
                          $15::text[])
                   AS r(request_id, at, operation, channel, gtin, serial, batch, expiry, location, role, actor, code,
                        alert_id, tx_id, details)
            ON CONFLICT DO NOTHING
            """;

    private static final String PAGE = """
            SELECT request_id, at, operation, channel, gtin, serial, batch, expiry, location, role, actor, code,
                   alert_id, tx_id, details::text AS details
              FROM registry.operation_record
             WHERE gtin = $1 AND serial = $2 AND at >= $3 AND at < $4
             ORDER BY at DESC, request_id DESC
             LIMIT $5 OFFSET $6
            """;

    private static final String COUNT = """
            SELECT count(*) AS total FROM registry.operation_record
             WHERE gtin = $1 AND serial = $2 AND at >= $3 AND at < $4
            """;

    private final Pool pool;

    public OperationRecords(Pool pool) {
        this.pool = pool;
    }

    /** Stores records; one already stored (same request id and instant) is kept once. */
    public Uni<Void> insertAll(List<OperationRecord> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = records.size();
        UUID[] ids = new UUID[n];
        OffsetDateTime[] ats = new OffsetDateTime[n];
        String[][] text = new String[12][n];
        UUID[] alerts = new UUID[n];
        for (int i = 0; i < n; i++) {
            OperationRecord r = records.get(i);
            ids[i] = r.requestId();
            ats[i] = OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC);
            alerts[i] = r.alertId();
            String[] row = {r.operation().name(), r.channel().name(), r.gtin(), r.serial(), r.batch(), r.expiry(),
                    r.location(), r.role(), r.actor(), r.code(), r.txId(), r.details()};
            for (int c = 0; c < row.length; c++) {
                text[c][i] = row[c];
            }
        }
        Tuple values = Tuple.tuple(List.of(ids, ats, text[0], text[1], text[2], text[3], text[4], text[5], text[6],
                text[7], text[8], text[9], alerts, text[10], text[11]));
        return pool.preparedQuery(INSERT).execute(values).replaceWithVoid()
                .onFailure().transform(BackendUnavailable::ofRegistry);
    }

    /** A page of one pack's records, newest first, and the total. */
    public record Page(List<OperationRecord> items, long total) {
    }

    public Uni<Page> page(String gtin, String serial, Instant from, Instant to, int page, int size) {
        OffsetDateTime since = OffsetDateTime.ofInstant(from, ZoneOffset.UTC);
        OffsetDateTime until = OffsetDateTime.ofInstant(to, ZoneOffset.UTC);
        return pool.preparedQuery(COUNT).execute(Tuple.of(gtin, serial, since, until))
                .flatMap(counted -> pool.preparedQuery(PAGE)
                        .execute(Tuple.of(gtin, serial, since, until, size, (long) page * size)).map(rows -> {
                            List<OperationRecord> items = new ArrayList<>(rows.size());
                            for (Row row : rows) {
                                items.add(read(row));
                            }
                            return new Page(items, counted.iterator().next().getLong("total"));
                        }))
                .onFailure().transform(BackendUnavailable::ofRegistry);
    }

    static OperationRecord read(Row row) {
        return new OperationRecord(row.getOffsetDateTime("at").toInstant(),
                RecordedOperation.valueOf(row.getString("operation")), Channel.valueOf(row.getString("channel")),
                row.getString("gtin"), row.getString("serial"), row.getString("batch"), row.getString("expiry"),
                row.getString("location"), row.getString("role"), row.getString("actor"), row.getString("code"),
                row.getUUID("alert_id"), row.getString("tx_id"), row.getUUID("request_id"), row.getString("details"));
    }
}
