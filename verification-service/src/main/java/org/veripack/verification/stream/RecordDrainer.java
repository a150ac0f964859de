package org.veripack.verification.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.ReactiveStreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XGroupCreateArgs;
import io.quarkus.redis.datasource.stream.XReadGroupArgs;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.veripack.core.cache.PackCacheLayout;
import org.veripack.core.record.AppendedVerify;
import org.veripack.core.record.OperationRecord;
import org.veripack.core.rules.PackRules;
import org.veripack.service.cache.RedisScripts;
import org.veripack.verification.config.VerificationConfig;
import org.veripack.verification.repository.OperationRecords;

/**
 * Moves the operation records that verifies appended to the shards' Redis streams into PostgreSQL, at least once:
 * each replica reads through the consumer group {@value #GROUP}, stores a batch in one statement (a record stored
 * twice is kept once: same request id and instant) and only then acknowledges and deletes the entries. Entries a
 * replica left pending when it died are taken over by another after {@code veripack.records.claim-idle}. The code
 * stored is the rules' decision on the cached values the script appended with the request ({@link AppendedVerify}).
 * On a standalone Redis one blocking read covers every shard's stream; on a Redis Cluster each stream is read on
 * its own (its slot's node).
 */
@ApplicationScoped
public class RecordDrainer {

    static final String GROUP = "recorders";
    private static final Logger LOG = Logger.getLogger(RecordDrainer.class);

    private final ReactiveStreamCommands<String, String, String> streams;
    private final OperationRecords records;
    private final PackRules rules;
    private final VerificationConfig.Records config;
    private final boolean cluster;
    private final List<String> keys = new ArrayList<>();
    private final String consumer = "verification-" + UUID.randomUUID();
    private final Counter drained;
    private final Counter malformed;
    private final Vertx vertx;
    private volatile boolean running;
    /** After a failed store, this replica's own pending entries are read again ("0") before new ones (">"). */
    private volatile boolean retryPending;

    public RecordDrainer(ReactiveRedisDataSource redis, OperationRecords records, PackRules rules, PackCacheLayout layout,
            VerificationConfig.Records config, RedisScripts scripts, MeterRegistry meters, Vertx vertx) {
        this.vertx = vertx;
        this.streams = redis.stream(String.class, String.class, String.class);
        this.records = records;
        this.rules = rules;
        this.config = config;
        this.cluster = scripts.cluster();
        for (int shard = 0; shard < layout.shards(); shard++) {
            keys.add(PackCacheLayout.recordStreamKey(shard));
        }
        this.drained = meters.counter("veripack.records.drained");
        this.malformed = meters.counter("veripack.records.malformed");
    }

    void start(@Observes StartupEvent event) {
        if (!config.drainEnabled()) {
            return;
        }
        running = true;
        ensureGroups().subscribe().with(done -> loop(), failure -> {
            LOG.warnf("record streams not ready (%s); retrying", failure.getMessage());
            loop();
        });
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
    }

    private void loop() {
        if (!running) {
            return;
        }
        drainOnce().subscribe().with(count -> {
            if (count == 0 && cluster) {
                // a cluster's reads do not block: wait as a standalone read would have
                vertx.setTimer(config.drainBlock().toMillis(), id -> loop());
            } else {
                loop();
            }
        }, failure -> {
            if (failure.getMessage() != null && failure.getMessage().contains("NOGROUP")) {
                LOG.info("a record stream or its group is gone (Redis flushed or restarted): recreating them");
                ensureGroups().subscribe().with(done -> loop(), again -> later());
                return;
            }
            LOG.warnf("moving operation records failed (%s); retrying in 1 s", failure.getMessage());
            retryPending = true;
            later();
        });
    }

    private void later() {
        if (running) {
            vertx.setTimer(1000, id -> loop());
        }
    }

    /** One read, store, acknowledge; the number of records moved. */
    Uni<Integer> drainOnce() {
        boolean pending = retryPending;
        return read(pending ? "0" : ">").flatMap(messages -> {
            if (messages.isEmpty()) {
                retryPending = false;
                return Uni.createFrom().item(0);
            }
            return store(messages).replaceWith(messages.size());
        });
    }

    private Uni<List<StreamMessage<String, String, String>>> read(String from) {
        XReadGroupArgs args = new XReadGroupArgs().count(config.drainBatch());
        if (!cluster) {
            Map<String, String> all = new LinkedHashMap<>();
            keys.forEach(key -> all.put(key, from));
            return streams.xreadgroup(GROUP, consumer, all, ">".equals(from) ? args.block(config.drainBlock()) : args)
                    .map(messages -> messages == null ? List.<StreamMessage<String, String, String>>of() : messages);
        }
        return Multi.createFrom().iterable(keys)
                .onItem().transformToUni(key -> streams.xreadgroup(GROUP, consumer, key, from, args)).merge(8)
                .collect().asList()
                .map(lists -> lists.stream().filter(java.util.Objects::nonNull).flatMap(List::stream).toList());
    }

    private Uni<Void> store(List<StreamMessage<String, String, String>> messages) {
        List<OperationRecord> decided = new ArrayList<>(messages.size());
        for (StreamMessage<String, String, String> message : messages) {
            try {
                decided.add(AppendedVerify.read(message.payload()).record(rules));
            } catch (RuntimeException e) {
                malformed.increment();
                LOG.warnf("record entry %s of %s cannot be read and is dropped: %s", message.id(), message.key(), e.getMessage());
            }
        }
        return records.insertAll(decided).chain(() -> acknowledge(messages)).invoke(() -> drained.increment(decided.size()));
    }

    /** Acknowledges and deletes the stored entries, stream by stream. */
    private Uni<Void> acknowledge(List<StreamMessage<String, String, String>> messages) {
        Map<String, List<String>> idsByKey = new LinkedHashMap<>();
        messages.forEach(message -> idsByKey.computeIfAbsent(message.key(), key -> new ArrayList<>()).add(message.id()));
        return Multi.createFrom().iterable(idsByKey.entrySet())
                .onItem().transformToUni(entry -> {
                    String[] ids = entry.getValue().toArray(String[]::new);
                    return streams.xack(entry.getKey(), GROUP, ids).chain(() -> streams.xdel(entry.getKey(), ids));
                }).merge(8).collect().last().replaceWithVoid();
    }

    /** Creates the consumer group of every shard's stream (and the stream), keeping what is there. */
    Uni<Void> ensureGroups() {
        return Multi.createFrom().iterable(keys)
                .onItem().transformToUni(key -> streams.xgroupCreate(key, GROUP, "0", new XGroupCreateArgs().mkstream())
                        .onFailure(failure -> failure.getMessage() != null && failure.getMessage().contains("BUSYGROUP"))
                        .recoverWithNull())
                .merge(16).collect().last().replaceWithVoid();
    }

    /** Takes over entries another replica left pending for too long (it died before acknowledging them). */
    @Scheduled(every = "${veripack.records.claim-idle}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${veripack.records.claim-idle}")
    Uni<Void> claimAbandoned() {
        if (!running) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(keys)
                .onItem().transformToUni(key -> streams.xautoclaim(key, GROUP, consumer, config.claimIdle(), "0-0",
                                config.drainBatch())
                        .onFailure().recoverWithNull())
                .merge(8).collect().asList()
                .invoke(claims -> {
                    if (claims.stream().anyMatch(claim -> claim != null && !claim.getMessages().isEmpty())) {
                        retryPending = true;
                    }
                }).replaceWithVoid();
    }
}
