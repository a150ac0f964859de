package org.veripack.verification.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import org.veripack.core.cache.CachedBatch;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.cache.CachedProduct;
import org.veripack.core.cache.PackCacheLayout;
import org.veripack.core.rules.Operation;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.service.outbox.AlertsRaised;
import org.veripack.verification.config.VerificationConfig;
import org.veripack.verification.repository.PackSnapshot;

/**
 * What follows a stored answer, the same for every channel: count it, wake the alert relay when it raised an alert,
 * and write the packs' new cache entries (or drop their buckets when Redis refuses, so nothing stale is answered;
 * the cache-sync sweeper writes them again). Also refills the cache from PostgreSQL snapshots after a miss.
 */
@ApplicationScoped
public class PackEffects {

    private static final Logger LOG = Logger.getLogger(PackEffects.class);

    private final PackMetrics metrics;
    private final Event<AlertsRaised> alertsRaised;
    private final PackCacheWriter cache;

    private final boolean haltAfterCommit;

    public PackEffects(PackMetrics metrics, Event<AlertsRaised> alertsRaised, PackCacheWriter cache,
            VerificationConfig.Faults faults) {
        this.metrics = metrics;
        this.alertsRaised = alertsRaised;
        this.cache = cache;
        this.haltAfterCommit = faults.haltAfterCommit();
    }

    /** After the plans' writes were stored (or, for verifies without a write, answered). */
    public Uni<Void> stored(Operation operation, List<PackPlanner.Plan> plans) {
        Map<String, List<PackCacheWriter.Entry>> changed = new LinkedHashMap<>();
        boolean alerts = false;
        for (PackPlanner.Plan plan : plans) {
            metrics.answered(operation, plan.decision());
            alerts |= plan.alert() != null;
            if (plan.cacheAfter() != null) {
                changed.computeIfAbsent(plan.item().id().gtin(), gtin -> new ArrayList<>())
                        .add(new PackCacheWriter.Entry(plan.item().id().serial(), plan.cacheAfter()));
            }
        }
        if (alerts) {
            alertsRaised.fire(AlertsRaised.INSTANCE);
        }
        return changed.isEmpty() ? Uni.createFrom().voidItem() : cacheAfterCommit(changed);
    }

    /** After a change of one pack made outside the pipeline (a quarantine or its release) was stored. */
    public Uni<Void> packStored(String gtin, String serial, CachedPack after) {
        return cacheAfterCommit(Map.of(gtin, List.of(new PackCacheWriter.Entry(serial, after))));
    }

    private Uni<Void> cacheAfterCommit(Map<String, List<PackCacheWriter.Entry>> changed) {
        if (haltAfterCommit) {
            LOG.error("fault point veripack.faults.halt-after-commit: halting between a commit and its cache write");
            Runtime.getRuntime().halt(137);
        }
        return cache.putPacksOrForget(changed);
    }

    /** Refills the cache from PostgreSQL snapshots with versioned entries (never over a newer one), in the background. */
    public void refill(List<PackSnapshot> snapshots) {
        Map<String, List<PackSnapshot>> byProduct = new LinkedHashMap<>();
        for (PackSnapshot snapshot : snapshots) {
            if (snapshot.packKnown()) {
                byProduct.computeIfAbsent(snapshot.view().product().gtin(), gtin -> new ArrayList<>()).add(snapshot);
            }
        }
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, List<PackSnapshot>> product : byProduct.entrySet()) {
            String gtin = product.getKey();
            PackSnapshot firstSnapshot = product.getValue().get(0);
            var first = firstSnapshot.view().product();
            List<String> meta = new ArrayList<>(List.of(PackCacheLayout.productField(),
                    new CachedProduct(first.status(), first.mahId()).encode()));
            if (firstSnapshot.policy() != null) {
                meta.addAll(List.of(PackCacheLayout.dscsaPolicyField(), firstSnapshot.policy().encode()));
            }
            chain = chain.chain(() -> cache.putMeta(gtin, meta));
            Set<Integer> batches = new HashSet<>();
            List<PackCacheWriter.Entry> packs = new ArrayList<>();
            for (PackSnapshot snapshot : product.getValue()) {
                var view = snapshot.view();
                if (batches.add(snapshot.batchOrdinal())) {
                    CachedBatch batch = new CachedBatch(snapshot.batchOrdinal(), view.packBatch().batch(),
                            view.packBatch().expiry().text(), view.packBatch().status());
                    chain = chain.chain(() -> cache.putBatch(gtin, batch));
                }
                packs.add(new PackCacheWriter.Entry(view.pack().serial(), new CachedPack(view.pack().status(),
                        snapshot.batchOrdinal(), snapshot.lastEventSeq(), view.pack().quarantine())));
            }
            chain = chain.chain(() -> cache.putPacks(gtin, packs));
        }
        chain.subscribe().with(done -> { }, failure -> LOG.debugf("cache refill failed: %s", failure.getMessage()));
    }
}
