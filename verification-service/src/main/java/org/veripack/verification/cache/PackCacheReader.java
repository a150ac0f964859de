package org.veripack.verification.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.veripack.core.cache.CachedBatch;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.cache.CachedProduct;
import org.veripack.core.cache.PackCacheLayout;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.rules.BatchState;
import org.veripack.core.rules.PackState;
import org.veripack.core.rules.ProductState;
import org.veripack.core.rules.RegistryView;
import org.veripack.service.cache.RedisScripts;

/**
 * Reads product, pack and batch from the hot cache in one round trip (pack-core's verify script). Anything
 * missing, or Redis failing, gives no view: the caller then reads PostgreSQL. The cache never answers "unknown".
 */
@ApplicationScoped
public class PackCacheReader {

    private static final Logger LOG = Logger.getLogger(PackCacheReader.class);
    private static final RedisScripts.Script VERIFY = RedisScripts.Script.of(PackCacheLayout.VERIFY_SCRIPT);

    @Inject
    RedisScripts scripts;

    /** Reads Redis failed and PostgreSQL answered instead: answers stay right but slower, so operators watch it. */
    private final Counter readFailures;

    @Inject
    PackCacheReader(MeterRegistry registry) {
        readFailures = Counter.builder("veripack.cache.read.failures")
                .description("Cache reads that failed (Redis down or refusing) and were answered from PostgreSQL")
                .register(registry);
    }

    @Inject
    PackCacheLayout layout;

    @Inject
    Clock clock;

    /** A cached view of a known pack, with its cache entry (whose version and batch ordinal a refill compares). */
    public record Cached(RegistryView view, CachedPack pack, String mah) {
    }

    public Uni<Optional<Cached>> read(String gtin, String serial) {
        return scripts.run(VERIFY, List.of(layout.metaKey(gtin), layout.packKey(gtin, serial)), List.of(serial))
                .map(response -> parse(gtin, serial, response))
                .onFailure().recoverWithItem(failure -> {
                    readFailures.increment();
                    LOG.debugf("cache read failed, reading PostgreSQL: %s", failure.getMessage());
                    return Optional.empty();
                });
    }

    /** The cached views of many packs, pipelined; a pack the cache cannot answer (or a Redis failure) gives empty. */
    public Uni<List<Optional<Cached>>> readAll(List<org.veripack.core.gs1.PackIdentifier> ids) {
        List<List<String>> keys = ids.stream()
                .map(id -> List.of(layout.metaKey(id.gtin()), layout.packKey(id.gtin(), id.serial()))).toList();
        List<List<String>> args = ids.stream().map(id -> List.of(id.serial())).toList();
        return scripts.runAll(VERIFY, keys, args)
                .map(responses -> {
                    List<Optional<Cached>> views = new java.util.ArrayList<>(ids.size());
                    for (int i = 0; i < ids.size(); i++) {
                        views.add(parse(ids.get(i).gtin(), ids.get(i).serial(), responses.get(i)));
                    }
                    return views;
                })
                .onFailure().recoverWithItem(failure -> {
                    readFailures.increment();
                    LOG.debugf("pipelined cache read failed, reading PostgreSQL: %s", failure.getMessage());
                    return ids.stream().map(id -> Optional.<Cached>empty()).toList();
                });
    }

    private Optional<Cached> parse(String gtin, String serial, Response response) {
        if (response == null || response.size() < 3 || response.get(0) == null || response.get(1) == null
                || response.get(2) == null) {
            return Optional.empty();
        }
        CachedProduct product = CachedProduct.decode(response.get(0).toString());
        CachedPack pack = CachedPack.decode(response.get(1).toString());
        CachedBatch batch = CachedBatch.decode(pack.batchOrdinal(), response.get(2).toString());
        BatchState batchState = new BatchState(batch.batch(), Expiry.parse(batch.expiry(), LocalDate.now(clock).getYear()),
                batch.status());
        PackState packState = new PackState(serial, batch.batch(), pack.status(), null, null, null, 0);
        RegistryView view = RegistryView.known(new ProductState(gtin, product.status(), product.mahId()), packState, batchState);
        return Optional.of(new Cached(view, pack, product.mahId()));
    }
}
