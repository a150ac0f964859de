package org.veripack.upload.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.cache.CachedBatch;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.cache.CachedProduct;
import org.veripack.core.rules.BatchStatus;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.ProductStatus;
import org.veripack.core.upload.DuplicateAlert;
import org.veripack.core.upload.UploadReport;
import org.veripack.core.upload.UploadRules;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.service.outbox.AlertsRaised;
import org.veripack.upload.config.UploadConfig;
import org.veripack.upload.repository.BatchRepository;
import org.veripack.upload.repository.UploadRepository;
import org.veripack.upload.repository.UploadStaging;

/**
 * Inserts the staged lines of an accepted upload as ACTIVE packs, chunk by chunk, writes them through to Redis
 * while the next chunk is inserted, counts the serials already registered for the product (raising one U1 alert
 * for the upload) and completes the upload. Serials an earlier attempt of the same upload inserted count as
 * accepted, never as duplicates.
 */
@ApplicationScoped
public class UploadProcessor {

    private static final Logger LOG = Logger.getLogger(UploadProcessor.class);

    private final PackCacheWriter cache;
    private final BatchRepository batches;
    private final Event<AlertsRaised> alertsRaised;
    private final Clock clock;
    private final MeterRegistry meters;
    private final int chunkSize;

    public UploadProcessor(PackCacheWriter cache, BatchRepository batches, Event<AlertsRaised> alertsRaised, Clock clock,
            MeterRegistry meters, UploadConfig config) {
        this.cache = cache;
        this.batches = batches;
        this.alertsRaised = alertsRaised;
        this.clock = clock;
        this.meters = meters;
        this.chunkSize = config.chunkSize();
    }

    void process(Connection connection, UploadStaging staging, UploadReport report, UUID uploadId,
            BatchUploadService.Uploader uploader, BatchUploadService.Checked checked) throws SQLException {
        UploadRepository registry = new UploadRepository(connection);
        String gtin = checked.gtin();
        try {
            BatchRepository.StoredBatch batch = batches.ensure(connection, gtin, checked.batch(), checked.expiry(),
                    LocalDate.now(clock).getYear());
            awaitCache(cache.putProduct(gtin, new CachedProduct(ProductStatus.ACTIVE, uploader.mah()))
                    .chain(() -> cache.putBatch(gtin, new CachedBatch(batch.ordinal(), checked.batch(),
                            checked.expiry().text(), BatchStatus.ACTIVE)))
                    .subscribeAsCompletionStage().toCompletableFuture());
            staging.reportRepeats(report);
            List<String> listedDuplicates = new ArrayList<>();
            long duplicates = 0;
            CompletableFuture<Void> pendingCache = CompletableFuture.completedFuture(null);
            for (long from = 1; from <= staging.maxLine(); from += chunkSize) {
                UploadStaging.ChunkResult chunk = staging.insertChunk(from, from + chunkSize, gtin, checked.batch(), uploadId);
                long accepted = chunk.inserted().size();
                if (!chunk.existing().isEmpty()) {
                    Set<String> own = new HashSet<>(registry.insertedBy(uploadId, gtin, chunk.existing()));
                    accepted += own.size();
                    for (String serial : chunk.existing()) {
                        if (!own.contains(serial)) {
                            duplicates++;
                            if (listedDuplicates.size() < UploadRules.MAX_LISTED_DUPLICATES) {
                                listedDuplicates.add(serial);
                            }
                        }
                    }
                }
                report.accepted(accepted);
                awaitCache(pendingCache);
                pendingCache = writePacks(gtin, batch.ordinal(), chunk.inserted());
                registry.heartbeat(uploadId);
            }
            awaitCache(pendingCache);
            report.duplicates(duplicates);
            AlertEvent alert = duplicates == 0 ? null : DuplicateAlert.of(uploadId, gtin, checked.batch(),
                    checked.expiry().text(), uploader.mah(), uploader.actor(), listedDuplicates, duplicates, clock.instant());
            registry.complete(uploadId, report, alert);
            count(report);
            if (alert != null) {
                alertsRaised.fire(AlertsRaised.INSTANCE);
            }
        } catch (SQLException | RuntimeException e) {
            failQuietly(registry, uploadId, e);
            throw e;
        }
    }

    /**
     * Packs inserted now are ACTIVE at version 0. Packs an earlier attempt inserted are not written: they may have
     * changed since, and a cache miss reads them from PostgreSQL.
     */
    private CompletableFuture<Void> writePacks(String gtin, int ordinal, List<String> serials) {
        List<PackCacheWriter.Entry> entries = new ArrayList<>(serials.size());
        CachedPack fresh = new CachedPack(PackStatus.ACTIVE, ordinal, 0);
        for (String serial : serials) {
            entries.add(new PackCacheWriter.Entry(serial, fresh));
        }
        return cache.putPacks(gtin, entries).subscribeAsCompletionStage().toCompletableFuture();
    }

    /** The cache is rebuilt from PostgreSQL on a miss, so a failed write costs speed, not correctness. */
    private void awaitCache(CompletableFuture<Void> write) {
        try {
            write.get(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            meters.counter("veripack.upload.cache.failures").increment();
            LOG.warnf("cache write-through failed, packs will be read from PostgreSQL: %s", e.getMessage());
        }
    }

    private void count(UploadReport report) {
        meters.counter("veripack.upload.serials", "outcome", "accepted").increment(report.acceptedCount());
        meters.counter("veripack.upload.serials", "outcome", "duplicate").increment(report.duplicateCount());
        meters.counter("veripack.upload.serials", "outcome", "invalid").increment(report.invalidCount());
    }

    private static void failQuietly(UploadRepository registry, UUID uploadId, Exception cause) {
        try {
            registry.fail(uploadId, "processing failed: " + cause.getMessage()
                    + "; send the upload again (same Idempotency-Key) to complete it");
        } catch (SQLException e) {
            LOG.warnf("upload %s could not be marked FAILED now; recovery will do it: %s", uploadId, e.getMessage());
        }
    }
}
