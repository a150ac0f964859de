package org.veripack.alert.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.ReactiveStreamCommands;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.XGroupCreateArgs;
import io.quarkus.redis.datasource.stream.XReadGroupArgs;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.veripack.alert.config.AlertConfig;
import org.veripack.alert.service.AlertIntake;
import io.quarkus.scheduler.Scheduled;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertEventJson;
import org.veripack.core.alert.AlertStream;

/**
 * Reads {@value AlertStream#STREAM_KEY} through the consumer group {@value AlertStream#CONSUMER_GROUP}, at least
 * once: an entry is acknowledged only after it is stored (idempotently by alert id); entries left pending by a
 * consumer that died are re-claimed (XAUTOCLAIM); an entry that cannot be parsed goes to
 * {@value AlertStream#DEAD_LETTER_KEY} with the reason and is acknowledged, so it never blocks the others. When the
 * stream or the group is gone (Redis restarted without data, FLUSHALL), the group is recreated and the registry
 * outbox reconciled.
 */
@ApplicationScoped
public class AlertConsumer {

    private static final Logger LOG = Logger.getLogger(AlertConsumer.class);

    private final ReactiveStreamCommands<String, String, String> streams;
    private final AlertIntake store;
    private final OutboxReconciliation reconciliation;
    private final MeterRegistry meters;
    private final AlertConfig config;
    private final String consumer = "alert-service-" + UUID.randomUUID();
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean running;

    public AlertConsumer(ReactiveRedisDataSource redis, AlertIntake store, OutboxReconciliation reconciliation,
            MeterRegistry meters, AlertConfig config) {
        this.streams = redis.stream(String.class, String.class, String.class);
        this.store = store;
        this.reconciliation = reconciliation;
        this.meters = meters;
        this.config = config;
        meters.gauge("veripack.alerts.pending", pending);
    }

    private ReactiveStreamCommands<String, String, String> streams() {
        return streams;
    }

    void start(@Observes StartupEvent event) {
        if (!config.consumer().enabled()) {
            return;
        }
        running = true;
        ensureGroup().chain(reconciliation::reconcile).subscribe().with(
                stored -> read(), failure -> {
                    LOG.warnf("alert consumer start: %s; retrying", failure.getMessage());
                    read();
                });
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
    }

    private void read() {
        if (!running) {
            return;
        }
        streams().xreadgroup(AlertStream.CONSUMER_GROUP, consumer, AlertStream.STREAM_KEY, ">",
                        new XReadGroupArgs().count(200).block(Duration.ofSeconds(1)))
                .chain(this::handleAll)
                .onFailure(AlertConsumer::isGroupGone).recoverWithUni(failure -> {
                    LOG.warn("the alert stream or its consumer group is gone: recreating it and reconciling the outbox");
                    return ensureGroup().chain(reconciliation::reconcile).replaceWithVoid();
                })
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("reading alerts failed (%s); retrying in 1 s", failure.getMessage());
                    return Uni.createFrom().voidItem().onItem().delayIt().by(Duration.ofSeconds(1));
                })
                .subscribe().with(done -> read(), failure -> read());
    }

    /** Stores then acknowledges each entry; an entry whose storage failed stays pending and is claimed again. */
    private Uni<Void> handleAll(List<StreamMessage<String, String, String>> messages) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (StreamMessage<String, String, String> message : messages) {
            chain = chain.chain(() -> handle(message).onFailure().recoverWithUni(failure -> {
                LOG.warnf("alert entry %s not stored yet (%s); it stays pending", message.id(), failure.getMessage());
                return Uni.createFrom().voidItem();
            }));
        }
        return chain;
    }

    private Uni<Void> handle(StreamMessage<String, String, String> message) {
        AlertEvent event;
        try {
            String json = message.payload().get(AlertStream.FIELD_EVENT);
            if (json == null) {
                throw new AlertEventJson.MalformedAlertException("the entry has no '" + AlertStream.FIELD_EVENT + "' field");
            }
            event = AlertEventJson.read(json);
        } catch (IllegalArgumentException poison) {
            return deadLetter(message, poison.getMessage());
        }
        return store.store(event).chain(() -> ack(message));
    }

    private Uni<Void> deadLetter(StreamMessage<String, String, String> message, String reason) {
        LOG.warnf("alert entry %s cannot be parsed, moved to %s: %s", message.id(), AlertStream.DEAD_LETTER_KEY, reason);
        Map<String, String> fields = new java.util.LinkedHashMap<>(message.payload());
        fields.put("reason", reason);
        fields.put("sourceId", message.id());
        meters.counter("veripack.alerts.dead").increment();
        return streams().xadd(AlertStream.DEAD_LETTER_KEY, fields).chain(() -> ack(message));
    }

    private Uni<Void> ack(StreamMessage<String, String, String> message) {
        return streams().xack(AlertStream.STREAM_KEY, AlertStream.CONSUMER_GROUP, message.id()).replaceWithVoid();
    }

    private Uni<Void> ensureGroup() {
        return streams().xgroupCreate(AlertStream.STREAM_KEY, AlertStream.CONSUMER_GROUP, "0", new XGroupCreateArgs().mkstream())
                .onFailure(failure -> failure.getMessage() != null && failure.getMessage().contains("BUSYGROUP"))
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Re-claims entries idle too long in any consumer's pending list, and samples the pending count. */
    @Scheduled(every = "${veripack.alerts.claim-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> claimAndCount() {
        if (!running) {
            return Uni.createFrom().voidItem();
        }
        return streams().xautoclaim(AlertStream.STREAM_KEY, AlertStream.CONSUMER_GROUP, consumer, config.claimIdle(), "0-0", 100)
                .chain(claimed -> handleAll(claimed.getMessages()))
                .chain(() -> streams().xpending(AlertStream.STREAM_KEY, AlertStream.CONSUMER_GROUP))
                .invoke(summary -> pending.set(summary.getPendingCount()))
                .replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.debugf("claiming alerts failed: %s", failure.getMessage());
                    return null;
                });
    }

    private static boolean isGroupGone(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().contains("NOGROUP");
    }
}
