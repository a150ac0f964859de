package org.veripack.service.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.veripack.core.cache.CachedBatch;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.cache.CachedProduct;
import org.veripack.core.cache.PackCacheLayout;
import org.jboss.logging.Logger;

/**
 * Writes through to the Redis hot cache with pack-core's layout and scripts: packs only where newer, product
 * and batch entries never back from withdrawn or recalled. The cache may always be rebuilt from PostgreSQL.
 */
@ApplicationScoped
public class PackCacheWriter {

    private static final Logger LOG = Logger.getLogger(PackCacheWriter.class);

    private static final RedisScripts.Script PUT_PACKS = RedisScripts.Script.of(PackCacheLayout.PUT_PACKS_SCRIPT);
    private static final RedisScripts.Script PUT_META = RedisScripts.Script.of(PackCacheLayout.PUT_META_SCRIPT);

    @Inject
    RedisScripts scripts;

    @Inject
    PackCacheLayout layout;

    @Inject
    io.vertx.mutiny.core.Vertx vertx;

    private final java.util.Queue<String> keysToForget = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** One pack to cache: its serial and entry. */
    public record Entry(String serial, CachedPack pack) {
    }

    /** Writes packs of one product, grouped by bucket, in one pipelined batch of script calls. */
    public Uni<Void> putPacks(String gtin, List<Entry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Map<Integer, List<String>> argsByBucket = new HashMap<>();
        for (Entry entry : entries) {
            List<String> args = argsByBucket.computeIfAbsent(layout.bucketOf(entry.serial()), bucket -> new ArrayList<>());
            args.add(entry.serial());
            args.add(Long.toString(entry.pack().encode()));
        }
        List<List<String>> keys = new ArrayList<>(argsByBucket.size());
        List<List<String>> args = new ArrayList<>(argsByBucket.size());
        argsByBucket.forEach((bucket, bucketArgs) -> {
            keys.add(List.of(layout.bucketKey(gtin, bucket)));
            args.add(bucketArgs);
        });
        return scripts.runBatch(PUT_PACKS, keys, args);
    }

    public Uni<Void> putProduct(String gtin, CachedProduct product) {
        return putMeta(gtin, List.of(PackCacheLayout.productField(), product.encode()));
    }

    public Uni<Void> putBatch(String gtin, CachedBatch batch) {
        return putMeta(gtin, List.of(PackCacheLayout.batchOrdinalField(batch.batch()), Integer.toString(batch.ordinal()),
                PackCacheLayout.batchField(batch.ordinal()), batch.encode()));
    }

    /**
     * Writes a product or batch state after PostgreSQL stored it. If the write fails, the product's meta entry is
     * dropped so that verifies read PostgreSQL until a later write restores it: a stale ACTIVE is never answered.
     * Never fails: the state is already stored.
     */
    public Uni<Void> putMetaOrForget(String gtin, Uni<Void> write) {
        return write.onFailure().recoverWithUni(failure -> forget(layout.metaKey(gtin), failure));
    }

    /** Writes a pack's new state after PostgreSQL stored it; on failure its bucket is dropped (and never stale). */
    public Uni<Void> putPackOrForget(String gtin, String serial, CachedPack pack) {
        return putPacks(gtin, List.of(new Entry(serial, pack)))
                .onFailure().recoverWithUni(failure -> forget(layout.packKey(gtin, serial), failure));
    }

    /** Writes new states of many packs of one product; on failure every bucket they touch is dropped. */
    public Uni<Void> putPacksOrForget(String gtin, List<Entry> entries) {
        return putPacks(gtin, entries).onFailure().recoverWithUni(failure -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (String key : entries.stream().map(entry -> layout.packKey(gtin, entry.serial())).distinct().toList()) {
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

    void startForgetting(@Observes StartupEvent event) {
        vertx.setPeriodic(1000, id -> {
            for (int waiting = keysToForget.size(); waiting > 0; waiting--) {
                String pending = keysToForget.poll();
                if (pending == null) {
                    break;
                }
                scripts.redis().send(Request.cmd(Command.DEL).arg(pending)).subscribe().with(
                        deleted -> LOG.infof("dropped cache key %s after an outage", pending),
                        failure -> keysToForget.add(pending));
            }
        });
    }

    private Uni<Void> putMeta(String gtin, List<String> fieldsAndValues) {
        Uni<Response> written = scripts.run(PUT_META, List.of(layout.metaKey(gtin)), fieldsAndValues);
        return written.replaceWithVoid();
    }
}
