package org.veripack.upload.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.veripack.core.cache.CachedBatch;
import org.veripack.core.cache.PackCacheLayout;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.rules.BatchStatus;
import org.veripack.core.scope.Scope;
import org.veripack.core.upload.UploadRules;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.upload.repository.BatchRepository;
import org.veripack.upload.repository.CacheSyncRows;
import org.veripack.upload.repository.Jdbc;
import org.veripack.upload.repository.ProductRepository;

/** Batch recalls: once, for good, in the cache at once (and after a crash within a second). */
@ApplicationScoped
public class BatchRecallService {

    private final Jdbc jdbc;
    private final ProductRepository products;
    private final BatchRepository batches;
    private final CacheSyncRows cacheSync;
    private final PackCacheWriter cache;
    private final Clock clock;

    public BatchRecallService(Jdbc jdbc, ProductRepository products, BatchRepository batches, CacheSyncRows cacheSync,
            PackCacheWriter cache, Clock clock) {
        this.jdbc = jdbc;
        this.products = products;
        this.batches = batches;
        this.cacheSync = cacheSync;
        this.cache = cache;
        this.clock = clock;
    }

    /** A recalled batch as the API shows it. */
    public record RecalledBatch(String gtin, String batch, String expiry, String status, Instant recalledAt, String reason) {
    }

    public RecalledBatch recall(Scope scope, String gtinText, String batchName, String reason) {
        String mah = scope.requireMah();
        String gtin = Gs1Validation.gtin14(gtinText);
        int year = LocalDate.now(clock).getYear();
        record Recall(CachedBatch entry, Instant at) {
        }
        Recall recall = jdbc.inTransaction(connection -> {
            var product = products.find(connection, gtin, true).orElse(null);
            var batch = product == null ? null : batches.find(connection, gtin, batchName, year).orElse(null);
            UploadRules.checkRecall(product == null ? null : product.state(), mah, batch == null ? null : batch.state(), reason);
            CachedBatch entry = new CachedBatch(batch.ordinal(), batchName, batch.state().expiry().text(), BatchStatus.RECALLED);
            cacheSync.meta(connection, gtin, PackCacheLayout.batchField(entry.ordinal()), entry.encode());
            return new Recall(entry, batches.recall(connection, gtin, batchName, reason));
        });
        cache.putMetaOrForget(gtin, List.of(PackCacheLayout.batchOrdinalField(batchName), Integer.toString(recall.entry().ordinal()),
                PackCacheLayout.batchField(recall.entry().ordinal()), recall.entry().encode()))
                .await().atMost(ProductService.CACHE_WRITE_TIMEOUT);
        return new RecalledBatch(gtin, batchName, recall.entry().expiry(), BatchStatus.RECALLED.name(), recall.at(), reason);
    }
}
