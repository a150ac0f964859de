package org.veripack.verification.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import io.vertx.mutiny.redis.client.Response;
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
 * stored is the rules' decision on the cached values the script appended with the request ({@link AppendedVerify}),
 * worked out on a worker thread so the event loops keep answering. On a standalone Redis one blocking read covers
 * every shard's stream; on a Redis Cluster each stream is read on its own (its slot's node).
 */
@ApplicationScoped
public class RecordDrainer {

    static final String GROUP = "recorders";
    private static final RedisScripts.Script ACK = RedisScripts.Script.of(PackCacheLayout.ACK_RECORDS_SCRIPT);
    private static final Logger LOG = Logger.getLogger(RecordDrainer.class);

    /** One stream entry as read. */
    record Entry(String key, String id, String request, String values) {
    }

    private final Redis redis;
    private final RedisScripts scripts;
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

    public RecordDrainer(Redis redis, OperationRecords records, PackRules rules, PackCacheLayout layout,
            VerificationConfig.Records config, RedisScripts scripts, MeterRegistry meters, Vertx vertx) {
        this.redis = redis;
        this.scripts = scripts;
        this.records = records;
        this.rules = rules;
        this.config = config;
        this.cluster = scripts.cluster();
        this.vertx = vertx;
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
            later(1000);
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
            if (count < config.drainBatch()) {
                // less than a full batch was waiting: let records gather, so each statement stores many of them (a
                // statement per handful of records cost PostgreSQL more than the records themselves)
                later(config.drainPause().toMillis());
            } else {
                loop();
            }
        }, failure -> {
            if (failure.getMessage() != null && failure.getMessage().contains("NOGROUP")) {
                LOG.info("a record stream or its group is gone (Redis flushed or restarted): recreating them");
                ensureGroups().subscribe().with(done -> loop(), again -> later(1000));
                return;
            }
            LOG.warnf("moving operation records failed (%s); retrying in 1 s", failure.getMessage());
            retryPending = true;
            later(1000);
        });
    }

    private void later(long millis) {
        if (running) {
            vertx.setTimer(millis, id -> loop());
        }
    }

    /** One read, store, acknowledge; the number of entries moved. */
    Uni<Integer> drainOnce() {
        boolean pending = retryPending;
        return read(pending ? "0" : ">").flatMap(entries -> {
            if (entries.isEmpty()) {
                retryPending = false;
                return Uni.createFrom().item(0);
            }
            Uni<List<OperationRecord>> decided = Uni.createFrom().item(() -> decide(entries));
            return decided.runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                    .flatMap(records::insertAll)
                    .chain(() -> acknowledge(entries))
                    .map(done -> entries.size());
        });
    }

    private List<OperationRecord> decide(List<Entry> entries) {
        List<OperationRecord> decided = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            try {
                decided.add(AppendedVerify.read(entry.request(), entry.values()).record(rules));
            } catch (RuntimeException e) {
                malformed.increment();
                LOG.warnf("record entry %s of %s cannot be read and is dropped: %s", entry.id(), entry.key(), e.getMessage());
            }
        }
        drained.increment(decided.size());
        return decided;
    }

    private Uni<List<Entry>> read(String from) {
        if (!cluster) {
            Request read = readGroup(from, ">".equals(from));
            keys.forEach(read::arg);
            keys.forEach(key -> read.arg(from));
            return redis.send(read).map(RecordDrainer::entries);
        }
        return Multi.createFrom().iterable(keys)
                .onItem().transformToUni(key -> redis.send(readGroup(from, false).arg(key).arg(from)).map(RecordDrainer::entries))
                .merge(8).collect().asList()
                .map(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private Request readGroup(String from, boolean block) {
        Request read = Request.cmd(Command.XREADGROUP).arg("GROUP").arg(GROUP).arg(consumer)
                .arg("COUNT").arg(config.drainBatch());
        if (block) {
            read.arg("BLOCK").arg(config.drainBlock().toMillis());
        }
        return read.arg("STREAMS");
    }

    /** The entries of an XREADGROUP answer: a map of streams (RESP3) or an array of [stream, entries] (RESP2). */
    static List<Entry> entries(Response answer) {
        List<Entry> entries = new ArrayList<>();
        if (answer == null) {
            return entries;
        }
        if (answer.isMap()) {
            for (String key : answer.getKeys()) {
                addEntries(key, answer.get(key), entries);
            }
        } else {
            for (Response stream : answer) {
                addEntries(stream.get(0).toString(), stream.get(1), entries);
            }
        }
        return entries;
    }

    private static void addEntries(String key, Response streamEntries, List<Entry> into) {
        if (streamEntries == null) {
            return;
        }
        for (Response entry : streamEntries) {
            Response fields = entry.get(1);
            String request = null;
            String values = null;
            if (fields != null) {
                for (int i = 0; i + 1 < fields.size(); i += 2) {
                    String name = fields.get(i).toString();
                    if (AppendedVerify.REQUEST_FIELD.equals(name)) {
                        request = fields.get(i + 1).toString();
                    } else if (AppendedVerify.VALUES_FIELD.equals(name)) {
                        values = fields.get(i + 1).toString();
                    }
                }
            }
            into.add(new Entry(key, entry.get(0).toString(), request, values));
        }
    }

    /** Acknowledges and deletes the stored entries, one pipeline per stream. */
    private Uni<Void> acknowledge(List<Entry> entries) {
        Map<String, List<String>> idsByKey = new LinkedHashMap<>();
        entries.forEach(entry -> idsByKey.computeIfAbsent(entry.key(), key -> new ArrayList<>()).add(entry.id()));
        return Multi.createFrom().iterable(idsByKey.entrySet())
                .onItem().transformToUni(stream -> {
                    List<String> args = new ArrayList<>(stream.getValue().size() + 1);
                    args.add(GROUP);
                    args.addAll(stream.getValue());
                    return scripts.run(ACK, List.of(stream.getKey()), args);
                }).merge(8).collect().last().replaceWithVoid();
    }

    /** Creates the consumer group of every shard's stream (and the stream), keeping what is there. */
    Uni<Void> ensureGroups() {
        return Multi.createFrom().iterable(keys)
                .onItem().transformToUni(key -> redis.send(Request.cmd(Command.XGROUP).arg("CREATE").arg(key).arg(GROUP)
                                .arg("0").arg("MKSTREAM"))
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
                .onItem().transformToUni(key -> redis.send(Request.cmd(Command.XAUTOCLAIM).arg(key).arg(GROUP).arg(consumer)
                                .arg(config.claimIdle().toMillis()).arg("0-0").arg("COUNT").arg(config.drainBatch())
                                .arg("JUSTID"))
                        .onFailure().recoverWithNull())
                .merge(8).collect().asList()
                .invoke(claims -> {
                    for (Response claim : claims) {
                        if (claim != null && claim.size() > 1 && claim.get(1) != null && claim.get(1).size() > 0) {
                            retryPending = true;
                        }
                    }
                }).replaceWithVoid();
    }
}
