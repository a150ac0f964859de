package org.veripack.upload.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.veripack.core.cache.PackCacheLayout;
import org.veripack.core.dscsa.DscsaPolicy;
import org.veripack.core.dscsa.DscsaPolicyRules;
import org.veripack.core.scope.Scope;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.upload.repository.CacheSyncRows;
import org.veripack.upload.repository.DscsaPolicyRepository;
import org.veripack.upload.repository.DscsaPolicyRepository.StoredPolicy;
import org.veripack.upload.repository.Jdbc;
import org.veripack.upload.repository.ProductRepository;

/**
 * A MAH's DSCSA answer policy for its recalled and expired packs. The DSCSA responder reads it from meta field d of
 * each of the MAH's products in the cache, so a change is written there for every product: as cache-sync rows in the
 * change's transaction (the sweeper writes them if this service dies first), then to Redis at once.
 */
@ApplicationScoped
public class DscsaPolicyService {

    /** Products whose cache entries are written at once; a MAH with more is written chunk by chunk. */
    static final int CACHE_CHUNK = 256;

    private final Jdbc jdbc;
    private final DscsaPolicyRepository policies;
    private final ProductRepository products;
    private final CacheSyncRows cacheSync;
    private final PackCacheWriter cache;

    public DscsaPolicyService(Jdbc jdbc, DscsaPolicyRepository policies, ProductRepository products, CacheSyncRows cacheSync,
            PackCacheWriter cache) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.products = products;
        this.cacheSync = cacheSync;
        this.cache = cache;
    }

    /** The caller's MAH's policy; both VERIFIED when it set none. */
    public StoredPolicy find(Scope scope) {
        String mah = scope.requireMah();
        return jdbc.withConnection(connection -> policies.find(connection, mah));
    }

    /** Replaces the caller's MAH's policy, under a new version, and writes it to the cache of each of its products. */
    public StoredPolicy put(Scope scope, String recalled, String expired) {
        String mah = scope.requireMah();
        DscsaPolicy policy = DscsaPolicyRules.check(recalled, expired);
        record Change(StoredPolicy stored, List<String> gtins) {
        }
        Change change = jdbc.inTransaction(connection -> {
            policies.lock(connection, mah, true);
            StoredPolicy stored = policies.save(connection, mah, policy, scope.subject());
            List<String> gtins = products.gtinsOf(connection, mah);
            cacheSync.meta(connection, gtins, PackCacheLayout.dscsaPolicyField(), stored.cached().encode());
            return new Change(stored, gtins);
        });
        writeToCache(change.gtins(), change.stored().cached().encode());
        return change.stored();
    }

    /** putMetaOrForget never fails: a product whose write failed reads PostgreSQL until the sweeper rewrites it. */
    private void writeToCache(List<String> gtins, String entry) {
        for (int from = 0; from < gtins.size(); from += CACHE_CHUNK) {
            List<Uni<Void>> writes = new ArrayList<>();
            for (String gtin : gtins.subList(from, Math.min(gtins.size(), from + CACHE_CHUNK))) {
                writes.add(cache.putMetaOrForget(gtin, List.of(PackCacheLayout.dscsaPolicyField(), entry)));
            }
            Uni.join().all(writes).andCollectFailures().await().atMost(ProductService.CACHE_WRITE_TIMEOUT);
        }
    }
}
