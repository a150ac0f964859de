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
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.veripack.alert.repository.AlertStore;
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

    @Inject
    ReactiveRedisDataSource redis;

    @Inject
    AlertStore store;

    @Inject
    OutboxReconciliation reconciliation;

    @Inject
    MeterRegistry meters;

    @Inject
    Vertx vertx;

    @ConfigProperty(name = "veripack.alerts.consumer.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "veripack.alerts.claim-idle", defaultValue = "30s")
    Duration claimIdle;

    private final String consumer = "alert-service-" + UUID.randomUUID();
    private final AtomicLong pending = new AtomicLong();
    /** From an alert's creation to its storage: registered once at start. */
    private io.micrometer.core.instrument.Timer visibleDelay;
    private volatile boolean running;
    private long claimTimer = -1;

    private ReactiveStreamCommands<String, String, String> streams() {
        return redis.stream(String.class, String.class, String.class);
    }

    void start(@Observes StartupEvent event) {
        meters.gauge("veripack.alerts.pending", pending);
        visibleDelay = io.micrometer.core.instrument.Timer.builder("veripack.alert.visible.delay")
                .publishPercentileHistogram().register(meters);
        if (!enabled) {
            return;
        }
        running = true;
        ensureGroup().chain(reconciliation::reconcile).subscribe().with(
                stored -> read(), failure -> {
                    LOG.warnf("alert consumer start: %s; retrying", failure.getMessage());
                    read();
                });
        claimTimer = vertx.setPeriodic(Math.max(1000, claimIdle.toMillis() / 2), id -> claimAndCount());
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (claimTimer >= 0) {
            vertx.cancelTimer(claimTimer);
        }
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
        return store.store(event).invoke(stored -> {
            if (stored) {
                meters.counter("veripack.alerts.stored", "code", event.code().name()).increment();
                visibleDelay.record(Duration.between(event.raisedAt(), java.time.Instant.now()));
            }
        }).chain(() -> ack(message));
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
    private void claimAndCount() {
        if (!running) {
            return;
        }
        streams().xautoclaim(AlertStream.STREAM_KEY, AlertStream.CONSUMER_GROUP, consumer, claimIdle, "0-0", 100)
                .chain(claimed -> handleAll(claimed.getMessages()))
                .chain(() -> streams().xpending(AlertStream.STREAM_KEY, AlertStream.CONSUMER_GROUP))
                .subscribe().with(summary -> pending.set(summary.getPendingCount()),
                        failure -> LOG.debugf("claiming alerts failed: %s", failure.getMessage()));
    }

    private static boolean isGroupGone(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().contains("NOGROUP");
    }
}
