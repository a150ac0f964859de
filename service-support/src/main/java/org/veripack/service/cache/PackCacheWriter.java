package org.veripack.service.cache;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.jboss.logging.Logger;
import org.veripack.core.cache.CachedBatch;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.cache.CachedProduct;
import org.veripack.core.cache.PackCacheLayout;

/**
 * Writes through to the Redis hot cache with pack-core's layout and scripts: packs only where newer, product
 * and batch entries never back from withdrawn or recalled. The cache may always be rebuilt from PostgreSQL.
 */
@ApplicationScoped
public class PackCacheWriter {

    private static final Logger LOG = Logger.getLogger(PackCacheWriter.class);

    private static final RedisScripts.Script PUT_PACKS = RedisScripts.Script.of(PackCacheLayout.PUT_PACKS_SCRIPT);
    private static final RedisScripts.Script PUT_META = RedisScripts.Script.of(PackCacheLayout.PUT_META_SCRIPT);

    private final RedisScripts scripts;
    private final PackCacheLayout layout;
    /** Keys whose write failed and which Redis could not even drop then: dropped again every second. */
    private final Queue<String> keysToForget = new ConcurrentLinkedQueue<>();

    public PackCacheWriter(RedisScripts scripts, PackCacheLayout layout) {
        this.scripts = scripts;
        this.layout = layout;
    }

    /** One pack to cache: its serial and entry. */
    public record Entry(String serial, CachedPack pack) {
    }

    /** Packs of several products: each product's packs in one pipelined batch of script calls by bucket. */
    public Uni<Void> putPacks(Map<String, List<Entry>> byProduct) {
        List<List<String>> keys = new ArrayList<>();
        List<List<String>> args = new ArrayList<>();
        byProduct.forEach((gtin, entries) -> {
            Map<Integer, List<String>> argsByBucket = new LinkedHashMap<>();
            for (Entry entry : entries) {
                List<String> bucketArgs = argsByBucket.computeIfAbsent(layout.bucketOf(entry.serial()), bucket -> new ArrayList<>());
                bucketArgs.add(entry.serial());
                bucketArgs.add(Long.toString(entry.pack().encode()));
            }
            argsByBucket.forEach((bucket, bucketArgs) -> {
                keys.add(List.of(layout.bucketKey(gtin, bucket)));
                args.add(bucketArgs);
            });
        });
        return keys.isEmpty() ? Uni.createFrom().voidItem() : scripts.runBatch(PUT_PACKS, keys, args);
    }

    /** Writes packs of one product, grouped by bucket, in one pipelined batch of script calls. */
    public Uni<Void> putPacks(String gtin, List<Entry> entries) {
        return putPacks(Map.of(gtin, entries));
    }

    public Uni<Void> putProduct(String gtin, CachedProduct product) {
        return putMeta(gtin, List.of(PackCacheLayout.productField(), product.encode()));
    }

    public Uni<Void> putBatch(String gtin, CachedBatch batch) {
        return putMeta(gtin, List.of(PackCacheLayout.batchOrdinalField(batch.batch()), Integer.toString(batch.ordinal()),
                PackCacheLayout.batchField(batch.ordinal()), batch.encode()));
    }

    /** Writes fields of a product's meta hash (field, value, ...), never turning withdrawn or recalled back. */
    public Uni<Void> putMeta(String gtin, List<String> fieldsAndValues) {
        return scripts.run(PUT_META, List.of(layout.metaKey(gtin)), fieldsAndValues).replaceWithVoid();
    }

    /**
     * Writes a product's meta fields after PostgreSQL stored them. If the write fails, the product's meta entry is
     * dropped so that verifies read PostgreSQL until a later write restores it. Never fails: the state is stored.
     */
    public Uni<Void> putMetaOrForget(String gtin, List<String> fieldsAndValues) {
        return putMeta(gtin, fieldsAndValues).onFailure().recoverWithUni(failure -> forget(layout.metaKey(gtin), failure));
    }

    /**
     * Writes packs' new states after PostgreSQL stored them; on failure every bucket they touch is dropped, so no
     * verify answers the old state from it. Never fails: the states are stored (and the cache-sync sweeper writes
     * them again).
     */
    public Uni<Void> putPacksOrForget(Map<String, List<Entry>> byProduct) {
        return putPacks(byProduct).onFailure().recoverWithUni(failure -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            List<String> buckets = new ArrayList<>();
            byProduct.forEach((gtin, entries) -> entries.forEach(entry -> buckets.add(layout.packKey(gtin, entry.serial()))));
            for (String key : buckets.stream().distinct().toList()) {
                chain = chain.chain(() -> forget(key, failure));
            }
            return chain;
        });
    }

    /**
     * Drops a key whose write failed. If Redis cannot even drop it now, the key is kept and dropped again every
     * second until Redis answers, so it cannot come back stale after an outage.
     */
    private Uni<Void> forget(String key, Throwable cause) {
        LOG.warnf("cache write of %s failed (%s); dropping the key", key, cause.getMessage());
        return scripts.redis().send(Request.cmd(Command.DEL).arg(key)).replaceWithVoid()
                .onFailure().recoverWithUni(again -> {
                    keysToForget.add(key);
                    return Uni.createFrom().voidItem();
                });
    }

    @Scheduled(every = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> forgetPending() {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int waiting = keysToForget.size(); waiting > 0; waiting--) {
            String pending = keysToForget.poll();
            if (pending == null) {
                break;
            }
            chain = chain.chain(() -> scripts.redis().send(Request.cmd(Command.DEL).arg(pending))
                    .invoke(deleted -> LOG.infof("dropped cache key %s after an outage", pending)).replaceWithVoid()
                    .onFailure().recoverWithItem(failure -> {
                        keysToForget.add(pending);
                        return null;
                    }));
        }
        return chain;
    }

    /** Groups entries by product for {@link #putPacks(Map)}. */
    public static Map<String, List<Entry>> byProduct(List<String> gtins, List<Entry> entries) {
        Map<String, List<Entry>> grouped = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            grouped.computeIfAbsent(gtins.get(i), gtin -> new ArrayList<>()).add(entries.get(i));
        }
        return grouped;
    }
}
