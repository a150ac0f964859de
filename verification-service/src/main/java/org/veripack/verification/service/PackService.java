package org.veripack.verification.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.veripack.core.cache.CachedBatch;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.cache.CachedProduct;
import org.veripack.core.gs1.PackIdentifier;
import org.veripack.core.rules.Caller;
import org.veripack.core.rules.Decision;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.PackRequest;
import org.veripack.core.rules.PackStatus;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.service.outbox.OutboxRelay;
import org.veripack.service.problem.ProblemException;
import org.veripack.verification.cache.PackCacheReader;
import org.veripack.verification.repository.PackSnapshot;
import org.veripack.verification.repository.PackWriter;
import org.veripack.verification.repository.RegistryReader;
import org.veripack.verification.repository.TxResults;

/**
 * Verify, decommission and undo of one pack: pack-core's rules decide ({@link PackPlanner}), this class does the
 * I/O around them. A verify is answered from the cache in one round trip when it holds the pack, else from
 * PostgreSQL (refilling the cache). A state change is always decided on PostgreSQL's state and written with a
 * version check, so of many concurrent changes of one pack exactly one applies; the others are decided again.
 */
@ApplicationScoped
public class PackService {

    static final int ATTEMPTS = 8;

    @Inject
    PackCacheReader cacheReader;

    @Inject
    PackCacheWriter cacheWriter;

    @Inject
    RegistryReader registry;

    @Inject
    PackWriter writer;

    @Inject
    TxResults txResults;

    @Inject
    OutboxRelay relay;

    @Inject
    PackPlanner planner;

    @Inject
    PackMetrics metrics;

    public Uni<PackOutcome> verify(PackIdentifier id, Caller caller, String txId) {
        PackRequest request = PackRequest.verify(id.batch(), id.expiryText());
        return cacheReader.read(id.gtin(), id.serial()).flatMap(cached -> {
            if (cached.isPresent()) {
                PackSnapshot snapshot = cachedSnapshot(cached.get());
                return recordVerify(planner.plan(Operation.VERIFY, id, caller, txId, snapshot, planner.decide(request, snapshot, caller)));
            }
            return registry.read(id.gtin(), id.serial(), id.batch()).flatMap(snapshot -> {
                refill(id.gtin(), List.of(snapshot));
                Decision decision = planner.decide(request, snapshot, caller);
                return recordVerify(planner.plan(Operation.VERIFY, id, caller, txId, snapshot, decision));
            });
        }).onFailure(RegistryUnavailableException::isInfrastructureFailure).transform(RegistryUnavailableException::new);
    }

    /** Decommission (state = the state to set) or undo (state = the state to undo). */
    public Uni<PackOutcome> change(Operation operation, PackIdentifier id, PackStatus state, Caller caller, String txId) {
        PackRequest request = new PackRequest(operation, id.batch(), id.expiryText(), state);
        return attempt(operation, request, id, caller, txId, 1)
                .onFailure(RegistryUnavailableException::isInfrastructureFailure).transform(RegistryUnavailableException::new);
    }

    private Uni<PackOutcome> attempt(Operation operation, PackRequest request, PackIdentifier id, Caller caller,
            String txId, int attempt) {
        if (attempt > ATTEMPTS) {
            return Uni.createFrom().failure(new Refusal(Reason.PACK_KEPT_CHANGING, 
                    "the pack changed during every attempt to apply this request; send it again"));
        }
        Uni<Optional<PackOutcome>> replay = txId == null ? Uni.createFrom().item(Optional.empty())
                : txResults.find(caller.location(), txId).map(kept -> kept.map(k -> planner.replayOf(k, operation, id)));
        return replay.flatMap(earlier -> earlier.isPresent() ? Uni.createFrom().item(earlier.get())
                : registry.read(id.gtin(), id.serial(), id.batch()).flatMap(snapshot -> {
                    PackPlanner.Plan plan = planner.plan(operation, id, caller, txId, snapshot, planner.decide(request, snapshot, caller));
                    return apply(operation, plan).flatMap(applied -> applied ? Uni.createFrom().item(plan.outcome())
                            : attempt(operation, request, id, caller, txId, attempt + 1));
                }));
    }

    /** Writes one plan; on success updates the cache (or drops the key), counts, and wakes the relay. */
    private Uni<Boolean> apply(Operation operation, PackPlanner.Plan plan) {
        return writer.execute(List.of(plan.write())).map(results -> results.get(0)).call(applied -> {
            if (!applied) {
                return Uni.createFrom().voidItem();
            }
            metrics.answered(operation, plan.decision());
            if (plan.alert() != null) {
                relay.wake();
            }
            return plan.cacheAfter() == null ? Uni.createFrom().voidItem()
                    : cacheWriter.putPackOrForget(plan.id().gtin(), plan.id().serial(), plan.cacheAfter());
        });
    }

    /** A verify's alert goes to the outbox before the answer leaves, so an alert id answered is never lost. */
    private Uni<PackOutcome> recordVerify(PackPlanner.Plan plan) {
        metrics.answered(Operation.VERIFY, plan.decision());
        if (plan.write() == null) {
            return Uni.createFrom().item(plan.outcome());
        }
        return writer.execute(List.of(plan.write())).invoke(relay::wake).replaceWith(plan.outcome());
    }

    private static PackSnapshot cachedSnapshot(PackCacheReader.Cached cached) {
        return new PackSnapshot(cached.view(), cached.pack().batchOrdinal(), cached.pack().version(), null, cached.mah());
    }

    /** Refills the cache from PostgreSQL snapshots with versioned entries (never over a newer one), in the background. */
    void refill(String gtin, List<PackSnapshot> snapshots) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        List<PackCacheWriter.Entry> packs = new java.util.ArrayList<>();
        java.util.Set<Integer> batches = new java.util.HashSet<>();
        for (PackSnapshot snapshot : snapshots) {
            if (!snapshot.packKnown()) {
                continue;
            }
            var view = snapshot.view();
            if (batches.isEmpty()) {
                chain = chain.chain(() -> cacheWriter.putProduct(gtin, new CachedProduct(view.product().status(), view.product().mahId())));
            }
            if (batches.add(snapshot.batchOrdinal())) {
                chain = chain.chain(() -> cacheWriter.putBatch(gtin, new CachedBatch(snapshot.batchOrdinal(),
                        view.packBatch().batch(), view.packBatch().expiry().text(), view.packBatch().status())));
            }
            packs.add(new PackCacheWriter.Entry(view.pack().serial(),
                    new CachedPack(view.pack().status(), snapshot.batchOrdinal(), snapshot.lastEventSeq())));
        }
        if (!packs.isEmpty()) {
            chain.chain(() -> cacheWriter.putPacks(gtin, packs)).subscribe().with(done -> { }, failure -> { });
        }
    }
}
