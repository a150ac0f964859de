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
import java.util.Arrays;
import java.util.List;
import org.veripack.core.record.OperationRecord;
import org.veripack.service.problem.BackendUnavailable;

/** The operation records of DSCSA requests, filtered for operators (the partial index on channel DSCSA serves it). */
@ApplicationScoped
public class DscsaRequestRecords {

    private static final String WHERE = """
             WHERE o.channel = 'DSCSA' AND o.at >= $1 AND o.at < $2
               AND ($3::char(14) IS NULL OR o.gtin = $3) AND ($4::text IS NULL OR o.serial = $4)
               AND ($5::char(13) IS NULL OR o.location = $5) AND (NOT $6 OR o.code <> 'VERIFIED')
               AND ($7::text IS NULL OR EXISTS (SELECT 1 FROM registry.product p WHERE p.gtin = o.gtin AND p.mah_id = $7))
            """;
    private static final String PAGE = """
            SELECT o.request_id, o.at, o.operation, o.channel, o.gtin, o.serial, o.batch, o.expiry, o.location, o.role,
                   o.actor, o.code, o.alert_id, o.tx_id, o.details::text AS details
              FROM registry.operation_record o
            """ + WHERE + " ORDER BY o.at DESC, o.request_id DESC LIMIT $8 OFFSET $9";
    private static final String COUNT = "SELECT count(*) AS total FROM registry.operation_record o " + WHERE;

    /** The filters; null means any. {@code mah} restricts to that MAH's products. */
    public record Filter(Instant from, Instant to, String gtin, String serial, String reqGln, boolean failedOnly,
            String mah) {
    }

    private final Pool pool;

    public DscsaRequestRecords(Pool pool) {
        this.pool = pool;
    }

    /** A page of the records, newest first, and the total. */
    public Uni<OperationRecords.Page> page(Filter filter, int size, long offset) {
        List<Object> values = new ArrayList<>(Arrays.asList(OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC),
                OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC), filter.gtin(), filter.serial(), filter.reqGln(),
                filter.failedOnly(), filter.mah()));
        Uni<Long> total = pool.preparedQuery(COUNT).execute(Tuple.from(values))
                .map(rows -> rows.iterator().next().getLong("total"));
        List<Object> paged = new ArrayList<>(values);
        paged.add(size);
        paged.add(offset);
        return total.flatMap(count -> pool.preparedQuery(PAGE).execute(Tuple.from(paged)).map(rows -> {
            List<OperationRecord> items = new ArrayList<>(rows.size());
            for (Row row : rows) {
                items.add(OperationRecords.read(row));
            }
            return new OperationRecords.Page(items, count);
        })).onFailure().transform(BackendUnavailable::ofRegistry);
    }
}
