package org.veripack.service.cache;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
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
        return write.onFailure().recoverWithUni(failure -> {
            LOG.warnf("cache write for %s failed (%s); dropping its meta entry", gtin, failure.getMessage());
            return scripts.redis().send(Request.cmd(Command.DEL).arg(layout.metaKey(gtin))).replaceWithVoid()
                    .onFailure().recoverWithUni(again -> {
                        LOG.errorf("cache entry of %s could not be dropped either: %s", gtin, again.getMessage());
                        return Uni.createFrom().voidItem();
                    });
        });
    }

    private Uni<Void> putMeta(String gtin, List<String> fieldsAndValues) {
        Uni<Response> written = scripts.run(PUT_META, List.of(layout.metaKey(gtin)), fieldsAndValues);
        return written.replaceWithVoid();
    }
}
