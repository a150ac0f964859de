package org.veripack.verification.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.veripack.core.record.AppendedVerify;
import org.veripack.core.record.Channel;
import org.veripack.core.record.RequestIds;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.rules.Caller;
import org.veripack.core.rules.Decision;
import org.veripack.core.rules.Operation;
import org.veripack.verification.cache.PackCacheReader;
import org.veripack.verification.repository.PackSnapshot;
import org.veripack.verification.repository.PackWriter;
import org.veripack.verification.repository.RegistryReader;

/**
 * The one way a pack request is answered, for one pack or thousands, from every channel. Each step is written once:
 * <ol>
 *   <li>snapshot: the hot cache in one pipelined round trip (a verify's record appended in the same call); what the
 *       cache cannot answer, and every change the cache cannot decide, from PostgreSQL in one query, with the answer
 *       kept for each txId;</li>
 *   <li>replay: a txId answered before returns that answer;</li>
 *   <li>decide: pack-core's rules ({@link PackPlanner});</li>
 *   <li>write: all answers of a round in one transaction, each change version-checked ({@link PackWriter});</li>
 *   <li>effects: metrics, the alert relay, the cache ({@link PackEffects}).</li>
 * </ol>
 * A change the cache holds an ACTIVE pack for is decided on the cached view and written in one statement that
 * applies only if PostgreSQL still holds that view; otherwise, and for a change that lost a race, it is decided
 * again on PostgreSQL's state in the next round. A pack named twice in one request is handled in a later round, so
 * the second sees the first.
 */
@ApplicationScoped
public class PackPipeline {

    /** Rounds before a pack that keeps changing under its request is refused (send it again). */
    static final int ROUNDS = 8;

    private final PackCacheReader cache;
    private final RegistryReader registry;
    private final PackWriter writer;
    private final PackPlanner planner;
    private final PackEffects effects;
    private final Clock clock;

    public PackPipeline(PackCacheReader cache, RegistryReader registry, PackWriter writer, PackPlanner planner,
            PackEffects effects, Clock clock) {
        this.cache = cache;
        this.registry = registry;
        this.writer = writer;
        this.planner = planner;
        this.effects = effects;
        this.clock = clock;
    }

    /** Answers the commands, one result per command, in order. */
    public Uni<List<PackResult>> run(Operation operation, Channel channel, Caller caller, List<PackCommand> commands) {
        // PostgreSQL keeps microseconds: the instant a record is stored with is the one it was answered at
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        PackPlanner.Context context = new PackPlanner.Context(operation, channel, caller, at);
        List<PackPlanner.Item> items = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            items.add(new PackPlanner.Item(i, commands.get(i), RequestIds.next()));
        }
        PackResult[] results = new PackResult[commands.size()];
        Uni<Void> done = operation == Operation.VERIFY ? verify(context, items, results)
                : changeRound(context, items, results, 1);
        return done.map(ignored -> Arrays.asList(results));
    }

    /** A pack read for an answer that changes nothing: its snapshot, and whether its record is already in a stream. */
    public record Read(PackPlanner.Item item, PackSnapshot snapshot, boolean recorded) {
    }

    /**
     * The read step of every answer that changes nothing (a verify, a DSCSA request): the hot cache in one pipelined
     * round trip, each record appended in the same call; the packs the cache cannot answer from PostgreSQL in one
     * query, then refilled. In the order of the items.
     *
     * @param recordPart  the request part of an item's operation record, as the read script appends it
     * @param needsPolicy whether the answer needs the MAH's DSCSA policy (without it the cache cannot answer)
     */
    public Uni<List<Read>> read(PackPlanner.Context context, List<PackPlanner.Item> items,
            java.util.function.Function<PackPlanner.Item, String> recordPart, boolean needsPolicy) {
        List<PackCacheReader.Read> reads = new ArrayList<>(items.size());
        for (PackPlanner.Item item : items) {
            reads.add(new PackCacheReader.Read(item.id().gtin(), item.id().serial(), recordPart.apply(item), needsPolicy));
        }
        return cache.readAll(reads, context.at()).flatMap(cached -> {
            Read[] read = new Read[items.size()];
            List<PackPlanner.Item> misses = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                PackCacheReader.Result hit = cached.get(i);
                if (hit.view() == null) {
                    misses.add(items.get(i));
                } else {
                    read[i] = new Read(items.get(i), PackSnapshot.ofCache(hit.view(), hit.policy()), hit.recorded());
                }
            }
            if (misses.isEmpty()) {
                return Uni.createFrom().item(Arrays.asList(read));
            }
            return snapshots(misses, context.caller(), false).map(snapshots -> {
                for (int i = 0; i < misses.size(); i++) {
                    read[misses.get(i).index()] = new Read(misses.get(i), snapshots.get(i), false);
                }
                effects.refill(snapshots);
                return Arrays.asList(read);
            });
        });
    }

    private Uni<Void> verify(PackPlanner.Context context, List<PackPlanner.Item> items, PackResult[] results) {
        return read(context, items, item -> AppendedVerify.requestPart(context.at(), context.channel(), item.id().gtin(),
                item.id().serial(), item.id().batch(), item.id().expiryText(), context.caller(), item.command().txId(),
                item.requestId()), false).flatMap(reads -> {
                    List<PackPlanner.Plan> plans = new ArrayList<>(reads.size());
                    for (Read read : reads) {
                        Decision decision = planner.decide(context, read.item(), read.snapshot());
                        plans.add(planner.plan(context, read.item(), read.snapshot(), decision, read.recorded()));
                    }
                    List<PackWriter.Write> writes = plans.stream().map(PackPlanner.Plan::write)
                            .filter(java.util.Objects::nonNull).toList();
                    return writer.execute(writes).chain(() -> {
                        plans.forEach(plan -> results[plan.item().index()] = PackResult.of(plan.outcome()));
                        return effects.stored(context.operation(), plans);
                    });
                });
    }

    /** One round of changes: decide each pending pack, write them all, answer those applied, retry the others. */
    private Uni<Void> changeRound(PackPlanner.Context context, List<PackPlanner.Item> pending, PackResult[] results,
            int round) {
        if (pending.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        if (round > ROUNDS + pending.size()) {
            Refusal kept = new Refusal(Reason.PACK_KEPT_CHANGING,
                    "the pack changed during every attempt to apply this request; send it again");
            pending.forEach(item -> results[item.index()] = PackResult.refused(kept));
            return Uni.createFrom().voidItem();
        }
        Set<String> named = new HashSet<>();
        List<PackPlanner.Item> now = new ArrayList<>();
        List<PackPlanner.Item> later = new ArrayList<>();
        for (PackPlanner.Item item : pending) {
            (named.add(item.id().gtin() + '\u0000' + item.id().serial()) ? now : later).add(item);
        }
        Uni<List<PackCacheReader.Result>> cached = round == 1
                ? cache.readAll(now.stream().map(item -> new PackCacheReader.Read(item.id().gtin(), item.id().serial(),
                        null)).toList(), context.at())
                : Uni.createFrom().item(now.stream().map(item -> new PackCacheReader.Result(null, false)).toList());
        return cached.flatMap(views -> {
            List<PackPlanner.Plan> plans = new ArrayList<>();
            List<PackPlanner.Item> fromRegistry = new ArrayList<>();
            for (int i = 0; i < now.size(); i++) {
                PackPlanner.Plan plan = views.get(i).view() != null && views.get(i).view().holdsWholePack()
                        ? planOnCache(context, now.get(i), PackSnapshot.ofCache(views.get(i).view())) : null;
                if (plan != null) {
                    plans.add(plan);
                } else {
                    fromRegistry.add(now.get(i));
                }
            }
            return snapshots(fromRegistry, context.caller(), true).flatMap(snapshots -> {
                for (int i = 0; i < fromRegistry.size(); i++) {
                    PackPlanner.Item item = fromRegistry.get(i);
                    PackSnapshot snapshot = snapshots.get(i);
                    if (snapshot.replay() != null) {
                        results[item.index()] = replay(context, item, snapshot.replay());
                    } else {
                        plans.add(planner.plan(context, item, snapshot, planner.decide(context, item, snapshot), false));
                    }
                }
                return write(context, plans, results).flatMap(lost -> {
                    List<PackPlanner.Item> next = new ArrayList<>(lost);
                    next.addAll(later);
                    return changeRound(context, next, results, round + 1);
                });
            });
        });
    }

    /** A change decided on the cached view, or null when that view cannot carry it (the registry decides then). */
    private PackPlanner.Plan planOnCache(PackPlanner.Context context, PackPlanner.Item item, PackSnapshot snapshot) {
        Decision decision = planner.decide(context, item, snapshot);
        return PackPlanner.canPlan(decision, snapshot) ? planner.plan(context, item, snapshot, decision, false) : null;
    }

    /** Writes a round's plans; answers those applied or replayed, and returns the items that lost a race. */
    private Uni<List<PackPlanner.Item>> write(PackPlanner.Context context, List<PackPlanner.Plan> plans,
            PackResult[] results) {
        return writer.execute(plans.stream().map(PackPlanner.Plan::write).toList()).flatMap(outcomes -> {
            List<PackPlanner.Item> lost = new ArrayList<>();
            List<PackPlanner.Plan> applied = new ArrayList<>();
            for (int i = 0; i < plans.size(); i++) {
                PackPlanner.Plan plan = plans.get(i);
                PackWriter.Outcome outcome = outcomes.get(i);
                if (outcome.replay() != null) {
                    results[plan.item().index()] = replay(context, plan.item(), outcome.replay());
                } else if (outcome.applied()) {
                    results[plan.item().index()] = PackResult.of(plan.outcome());
                    applied.add(plan);
                } else {
                    lost.add(plan.item());
                }
            }
            return effects.stored(context.operation(), applied).replaceWith(lost);
        });
    }

    private PackResult replay(PackPlanner.Context context, PackPlanner.Item item, org.veripack.verification.repository.Replay kept) {
        try {
            return PackResult.of(planner.replayOf(kept, context.operation(), item.id()));
        } catch (Refusal refusal) {
            return PackResult.refused(refusal);
        }
    }

    private Uni<List<PackSnapshot>> snapshots(List<PackPlanner.Item> items, Caller caller, boolean withReplays) {
        return registry.readAll(items.stream().map(item -> new RegistryReader.Key(item.id().gtin(), item.id().serial(),
                item.id().batch(), withReplays ? item.command().txId() : null)).toList(), caller.location());
    }
}
