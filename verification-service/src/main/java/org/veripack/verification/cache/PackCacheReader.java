package org.veripack.verification.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.veripack.core.cache.CachedPolicy;
import org.veripack.core.cache.CachedView;
import org.veripack.core.cache.PackCacheLayout;
import org.veripack.service.cache.RedisScripts;
import org.veripack.service.config.SharedConfig;

/**
 * Reads product, pack and batch from the hot cache in one round trip per pack (pack-core's read script, pipelined
 * for many), appending each verify's operation record in the same script call when the cache holds the pack.
 * Anything missing, or Redis failing, gives no view: the caller then reads PostgreSQL (and records there). The cache
 * never answers "unknown".
 */
@ApplicationScoped
public class PackCacheReader {

    private static final Logger LOG = Logger.getLogger(PackCacheReader.class);
    private static final RedisScripts.Script READ = RedisScripts.Script.of(PackCacheLayout.READ_SCRIPT);

    private final RedisScripts scripts;
    private final PackCacheLayout layout;
    private final ZoneId zone;
    /** Redis failed and PostgreSQL answered instead: answers stay right but slower, so operators watch it. */
    private final Counter readFailures;

    public PackCacheReader(RedisScripts scripts, PackCacheLayout layout, SharedConfig config, MeterRegistry registry) {
        this.scripts = scripts;
        this.layout = layout;
        this.zone = config.timeZone();
        this.readFailures = Counter.builder("veripack.cache.read.failures")
                .description("Cache reads that failed (Redis down or refusing) and were answered from PostgreSQL")
                .register(registry);
    }

    /**
     * One pack to read; {@code record} is the operation record's request part to append (null: read only);
     * {@code needsPolicy}: the answer needs the MAH's DSCSA policy, so without it the cache cannot answer.
     */
    public record Read(String gtin, String serial, String record, boolean needsPolicy) {

        public Read(String gtin, String serial, String record) {
            this(gtin, serial, record, false);
        }
    }

    /**
     * What the cache held of a pack (view null when it cannot answer), whether the record was appended, and the
     * DSCSA policy of the product's MAH (null when not cached).
     */
    public record Result(CachedView view, boolean recorded, CachedPolicy policy) {
        static final Result MISS = new Result(null, false, null);

        public Result(CachedView view, boolean recorded) {
            this(view, recorded, null);
        }
    }

    /** The cached views of many packs, pipelined, in order; a Redis failure answers every one as a miss. */
    public Uni<List<Result>> readAll(List<Read> reads, Instant at) {
        if (reads.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<List<String>> keys = new ArrayList<>(reads.size());
        List<List<String>> args = new ArrayList<>(reads.size());
        for (Read read : reads) {
            keys.add(List.of(layout.metaKey(read.gtin()), layout.packKey(read.gtin(), read.serial()),
                    layout.recordStreamKeyOf(read.gtin())));
            args.add(read.record() == null ? List.of(read.serial())
                    : read.needsPolicy() ? List.of(read.serial(), read.record(), "1") : List.of(read.serial(), read.record()));
        }
        Uni<List<Response>> responses = reads.size() == 1
                ? scripts.run(READ, keys.get(0), args.get(0)).map(response -> java.util.Collections.singletonList(response))
                : scripts.runAll(READ, keys, args);
        // Redis answers on the event loop its connection lives on (often one loop for the whole pool): the rest of
        // the request goes back to the request's own loop, so the loops share the work
        io.vertx.core.Context requestLoop = io.vertx.core.Vertx.currentContext();
        if (requestLoop != null) {
            responses = responses.emitOn(task -> requestLoop.runOnContext(ignored -> task.run()));
        }
        return responses.map(answers -> {
            List<Result> results = new ArrayList<>(reads.size());
            for (int i = 0; i < reads.size(); i++) {
                results.add(parse(reads.get(i), answers.get(i), at));
            }
            return results;
        }).onFailure().recoverWithItem(failure -> {
            readFailures.increment();
            LOG.debugf("cache read failed, reading PostgreSQL: %s", failure.getMessage());
            return reads.stream().map(read -> Result.MISS).toList();
        });
    }

    private Result parse(Read read, Response response, Instant at) {
        if (response == null || response.size() < 4) {
            return Result.MISS;
        }
        CachedPolicy policy = response.size() > 4 ? CachedPolicy.decode(text(response.get(4))) : null;
        if (read.needsPolicy() && policy == null) {
            return Result.MISS;
        }
        CachedView view = CachedView.decode(read.gtin(), read.serial(), text(response.get(0)), text(response.get(1)),
                text(response.get(2)), at, zone);
        return new Result(view, response.get(3) != null && response.get(3).toInteger() == 1, policy);
    }

    private static String text(Response value) {
        return value == null ? null : value.toString();
    }
}
