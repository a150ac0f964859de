package org.veripack.upload.service;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.veripack.core.cache.CachedBatch;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.rules.BatchState;
import org.veripack.core.rules.BatchStatus;
import org.veripack.core.rules.ProductState;
import org.veripack.core.rules.ProductStatus;
import org.veripack.core.upload.UploadRules;
import org.veripack.service.cache.PackCacheWriter;

/** Batch recalls: once, for good, and in the cache at once. */
@ApplicationScoped
public class BatchRecallService {

    @Inject
    Pool pool;

    @Inject
    PackCacheWriter cache;

    @Inject
    Clock clock;

    /** A recalled batch as the API shows it. */
    public record RecalledBatch(String gtin, String batch, String expiry, String status, Instant recalledAt, String reason) {
    }

    public Uni<RecalledBatch> recall(String mah, String gtinText, String batchName, String reason) {
        String gtin = Gs1Validation.gtin14(gtinText);
        int year = LocalDate.now(clock).getYear();
        return pool.withTransaction(connection -> connection.preparedQuery(
                        "SELECT p.status AS product_status, p.mah_id, b.ordinal, b.expiry, b.status AS batch_status "
                                + "FROM registry.product p LEFT JOIN registry.batch b ON b.gtin = p.gtin AND b.batch = $2 "
                                + "WHERE p.gtin = $1 FOR UPDATE OF p")
                .execute(Tuple.of(gtin, batchName))
                .flatMap(rows -> {
                    Row row = rows.size() == 0 ? null : rows.iterator().next();
                    ProductState product = row == null ? null
                            : new ProductState(gtin, ProductStatus.valueOf(row.getString("product_status")), row.getString("mah_id"));
                    BatchState batch = row == null || row.getString("expiry") == null ? null
                            : new BatchState(batchName, Expiry.parse(row.getString("expiry"), year),
                                    BatchStatus.valueOf(row.getString("batch_status")));
                    UploadRules.checkRecall(product, mah, batch, reason);
                    int ordinal = row.getInteger("ordinal");
                    return connection.preparedQuery("UPDATE registry.batch SET status = 'RECALLED', recalled_at = now(), "
                                    + "recall_reason = $3 WHERE gtin = $1 AND batch = $2 RETURNING recalled_at")
                            .execute(Tuple.of(gtin, batchName, reason))
                            .map(updated -> new Recall(new CachedBatch(ordinal, batchName, batch.expiry().text(), BatchStatus.RECALLED),
                                    updated.iterator().next().getOffsetDateTime("recalled_at").toInstant()));
                }))
                .call(recall -> cache.putMetaOrForget(gtin, cache.putBatch(gtin, recall.cached())))
                .map(recall -> new RecalledBatch(gtin, batchName, recall.cached().expiry(), "RECALLED",
                        recall.at(), reason));
    }

    private record Recall(CachedBatch cached, Instant at) {
    }
}
