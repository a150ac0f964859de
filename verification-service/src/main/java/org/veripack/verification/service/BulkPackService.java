package org.veripack.verification.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veripack.core.gs1.PackIdentifier;
import org.veripack.core.rules.Caller;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.PackRequest;
import org.veripack.core.rules.PackStatus;

import org.veripack.service.cache.PackCacheWriter;
import org.veripack.service.outbox.OutboxRelay;
import org.veripack.verification.cache.PackCacheReader;
import org.veripack.verification.repository.PackSnapshot;
import org.veripack.verification.repository.PackWriter;
import org.veripack.verification.repository.RegistryReader;
import org.veripack.verification.repository.TxResults;
import org.veripack.verification.rest.BulkItem;
import org.veripack.verification.rest.PackRequestBody;

/**
 * Up to 10 000 packs in one request, each answered as its single request would be, in a handful of round trips:
 * one pipelined cache read, one snapshot query, at most three pipelined write batches per round. Each pack's
 * write is still its own atomic, version-checked statement; a pack named twice is handled in a later round, so it
 * sees the first change; a pack whose write lost a race is decided again in the next round.
 */
@ApplicationScoped
public class BulkPackService {

    public static final int MAX_PACKS = 10_000;

    @Inject
    PackRequests requests;

    @Inject
    PackPlanner planner;

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
    PackMetrics metrics;

    @Inject
    PackService single;

    /** A pack of the bulk that could be read: its position, identifier and txId. */
    private record Item(int index, PackIdentifier id, String txId) {
        String key() {
            return id.gtin() + "\u0000" + id.serial();
        }
    }

    public Uni<List<BulkItem>> bulk(Operation operation, PackStatus state, List<PackRequestBody> packs, Caller caller) {
        BulkItem[] results = new BulkItem[packs.size()];
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < packs.size(); i++) {
            try {
                items.add(new Item(i, requests.identifier(packs.get(i)), requests.txId(packs.get(i))));
            } catch (Refusal e) {
                results[i] = BulkItem.invalid(packs.get(i), 400, e.getMessage());
            }
        }
        Uni<Void> done = operation == Operation.VERIFY ? verify(items, caller, results)
                : changeRounds(operation, state, items, caller, results, 1);
        return done.map(ignored -> List.of(results))
                .onFailure(RegistryUnavailableException::isInfrastructureFailure).transform(RegistryUnavailableException::new);
    }

    private Uni<Void> verify(List<Item> items, Caller caller, BulkItem[] results) {
        return cacheReader.readAll(items.stream().map(Item::id).toList()).flatMap(cached -> {
            List<Item> misses = new ArrayList<>();
            Map<Integer, PackPlanner.Plan> plans = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                if (cached.get(i).isPresent()) {
                    PackCacheReader.Cached hit = cached.get(i).get();
                    plans.put(items.get(i).index(), planVerify(items.get(i), caller, new PackSnapshot(hit.view(),
                            hit.pack().batchOrdinal(), hit.pack().version(), null, hit.mah())));
                } else {
                    misses.add(items.get(i));
                }
            }
            return readSnapshots(misses).flatMap(snapshots -> {
                Map<String, List<PackSnapshot>> refills = new HashMap<>();
                for (int i = 0; i < misses.size(); i++) {
                    plans.put(misses.get(i).index(), planVerify(misses.get(i), caller, snapshots.get(i)));
                    refills.computeIfAbsent(misses.get(i).id().gtin(), gtin -> new ArrayList<>()).add(snapshots.get(i));
                }
                refills.forEach(single::refill);
                List<PackPlanner.Plan> alerting = plans.values().stream().filter(plan -> plan.write() != null).toList();
                for (PackPlanner.Plan plan : plans.values()) {
                    metrics.answered(Operation.VERIFY, plan.decision());
                }
                return writer.execute(alerting.stream().map(PackPlanner.Plan::write).toList()).invoke(applied -> {
                    if (!alerting.isEmpty()) {
                        relay.wake();
                    }
                    plans.forEach((index, plan) -> results[index] = BulkItem.of(200, plan.outcome().answer(), plan.outcome().detail()));
                });
            });
        }).replaceWithVoid();
    }

    private PackPlanner.Plan planVerify(Item item, Caller caller, PackSnapshot snapshot) {
        PackRequest request = PackRequest.verify(item.id().batch(), item.id().expiryText());
        return planner.plan(Operation.VERIFY, item.id(), caller, item.txId(), snapshot, planner.decide(request, snapshot, caller));
    }

    private Uni<Void> changeRounds(Operation operation, PackStatus state, List<Item> pending, Caller caller,
            BulkItem[] results, int round) {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (round > PackService.ATTEMPTS + MAX_PACKS) {
            pending.forEach(item -> results[item.index()] = BulkItem.invalid(null, 409, "the pack kept changing; send it again"));
            return Uni.createFrom().voidItem();
        }
        Set<String> inRound = new HashSet<>();
        List<Item> now = new ArrayList<>();
        List<Item> later = new ArrayList<>();
        for (Item item : pending) {
            (inRound.add(item.key()) ? now : later).add(item);
        }
        List<String> txIds = now.stream().map(Item::txId).filter(java.util.Objects::nonNull).toList();
        return txResults.findAll(caller.location(), txIds).flatMap(kept -> {
            List<Item> toDecide = new ArrayList<>();
            for (Item item : now) {
                TxResults.Kept earlier = item.txId() == null ? null : kept.get(item.txId());
                if (earlier == null) {
                    toDecide.add(item);
                    continue;
                }
                try {
                    PackOutcome replay = planner.replayOf(earlier, operation, item.id());
                    results[item.index()] = BulkItem.of(replay.httpStatus(), replay.answer(), replay.detail());
                } catch (Refusal e) {
                    results[item.index()] = BulkItem.invalid(null, org.veripack.service.problem.HttpStatuses.of(e.kind()), e.getMessage());
                }
            }
            return readSnapshots(toDecide).flatMap(snapshots -> {
                List<PackPlanner.Plan> plans = new ArrayList<>();
                for (int i = 0; i < toDecide.size(); i++) {
                    Item item = toDecide.get(i);
                    PackRequest request;
                    try {
                        request = new PackRequest(operation, item.id().batch(), item.id().expiryText(), state);
                    } catch (Refusal e) {
                        results[item.index()] = BulkItem.invalid(null, 400, e.getMessage());
                        plans.add(null);
                        continue;
                    }
                    plans.add(planner.plan(operation, item.id(), caller, item.txId(), snapshots.get(i),
                            planner.decide(request, snapshots.get(i), caller)));
                }
                return applyRound(operation, toDecide, plans, results).flatMap(lost -> {
                    List<Item> next = new ArrayList<>(lost);
                    next.addAll(later);
                    return changeRounds(operation, state, next, caller, results, round + 1);
                });
            });
        });
    }

    /** Writes a round's plans; fills the answers of those applied and returns the items that lost a race. */
    private Uni<List<Item>> applyRound(Operation operation, List<Item> items, List<PackPlanner.Plan> plans, BulkItem[] results) {
        List<Integer> positions = new ArrayList<>();
        List<PackWriter.Write> writes = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            if (plans.get(i) != null) {
                positions.add(i);
                writes.add(plans.get(i).write());
            }
        }
        return writer.execute(writes).flatMap(applied -> {
            List<Item> lost = new ArrayList<>();
            Map<String, List<PackCacheWriter.Entry>> cache = new LinkedHashMap<>();
            boolean alerts = false;
            for (int w = 0; w < positions.size(); w++) {
                Item item = items.get(positions.get(w));
                PackPlanner.Plan plan = plans.get(positions.get(w));
                if (!applied.get(w)) {
                    lost.add(item);
                    continue;
                }
                metrics.answered(operation, plan.decision());
                alerts |= plan.alert() != null;
                results[item.index()] = BulkItem.of(plan.outcome().httpStatus(), plan.outcome().answer(), plan.outcome().detail());
                if (plan.cacheAfter() != null) {
                    cache.computeIfAbsent(item.id().gtin(), gtin -> new ArrayList<>())
                            .add(new PackCacheWriter.Entry(item.id().serial(), plan.cacheAfter()));
                }
            }
            if (alerts) {
                relay.wake();
            }
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Map.Entry<String, List<PackCacheWriter.Entry>> product : cache.entrySet()) {
                chain = chain.chain(() -> cacheWriter.putPacksOrForget(product.getKey(), product.getValue()));
            }
            return chain.replaceWith(lost);
        });
    }

    private Uni<List<PackSnapshot>> readSnapshots(List<Item> items) {
        if (items.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return registry.readAll(items.stream()
                .map(item -> new RegistryReader.Key(item.id().gtin(), item.id().serial(), item.id().batch())).toList());
    }
}
