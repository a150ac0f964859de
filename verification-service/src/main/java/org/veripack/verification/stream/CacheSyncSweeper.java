package org.veripack.verification.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.veripack.core.cache.CachedPack;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.verification.config.VerificationConfig;
import org.veripack.verification.repository.CacheSyncRepository;

/**
 * One truth after a crash: every committed change also left its cache entry in {@code registry.cache_sync}. Its own
 * service writes the entry to Redis right after the commit; this sweeper, on every replica, writes again every entry
 * older than {@code veripack.cache-sync.after} and deletes it. So a service killed between its commit and its cache
 * write, or a replica that never comes back, leaves a verify answering the old state for at most about
 * {@code after + interval} (0.5 s by default), never longer. Entries are versioned (packs) or irreversible (withdrawn,
 * recalled), so writing one twice or late never goes backwards.
 */
@ApplicationScoped
public class CacheSyncSweeper {

    private static final Logger LOG = Logger.getLogger(CacheSyncSweeper.class);

    private final CacheSyncRepository repository;
    private final PackCacheWriter cache;
    private final VerificationConfig.CacheSync config;
    private final Counter written;
    private final Vertx vertx;
    private volatile boolean running;
    private volatile long timer = -1;

    public CacheSyncSweeper(CacheSyncRepository repository, PackCacheWriter cache, VerificationConfig.CacheSync config,
            MeterRegistry meters, Vertx vertx) {
        this.vertx = vertx;
        this.repository = repository;
        this.cache = cache;
        this.config = config;
        this.written = meters.counter("veripack.cache.sync.swept");
    }

    // The scheduler's finest period is a second; the bound asks for less, so the sweeper paces itself.
    void start(@Observes StartupEvent event) {
        running = config.enabled();
        loop();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        vertx.cancelTimer(timer);
    }

    private void loop() {
        if (!running) {
            return;
        }
        sweepAll().replaceWithVoid().onFailure().recoverWithItem(failure -> {
            LOG.warnf("cache sync sweep failed, retrying: %s", failure.getMessage());
            return null;
        }).subscribe().with(done -> next(), failure -> next());
    }

    private void next() {
        if (running) {
            timer = vertx.setTimer(config.interval().toMillis(), id -> loop());
        }
    }

    /** Sweeps until nothing old enough is left; how many entries were written. */
    public Uni<Integer> sweepAll() {
        return repository.sweep(config.after(), config.batchSize(), this::write).flatMap(count -> {
            written.increment(count);
            return count < config.batchSize() ? Uni.createFrom().item(count) : sweepAll().map(more -> more + count);
        });
    }

    private Uni<Void> write(List<CacheSyncRepository.Entry> entries) {
        Map<String, List<PackCacheWriter.Entry>> packs = new LinkedHashMap<>();
        Map<String, List<String>> meta = new LinkedHashMap<>();
        for (CacheSyncRepository.Entry entry : entries) {
            if (entry.isPack()) {
                packs.computeIfAbsent(entry.gtin(), gtin -> new ArrayList<>())
                        .add(new PackCacheWriter.Entry(entry.field(), CachedPack.decode(entry.value())));
            } else {
                List<String> fields = meta.computeIfAbsent(entry.gtin(), gtin -> new ArrayList<>());
                fields.add(entry.field());
                fields.add(entry.value());
            }
        }
        Uni<Void> chain = cache.putPacks(packs);
        for (Map.Entry<String, List<String>> product : meta.entrySet()) {
            chain = chain.chain(() -> cache.putMeta(product.getKey(), product.getValue()));
        }
        return chain;
    }
}
