package org.veripack.service.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.redis.client.Command;
import io.vertx.mutiny.redis.client.Redis;
import io.vertx.mutiny.redis.client.Request;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.veripack.service.config.OutboxConfig;
import org.veripack.core.alert.AlertStream;

/**
 * Adds outbox alerts to the stream {@value AlertStream#STREAM_KEY} in one pipeline: the Redis half of each service's
 * outbox relay (the PostgreSQL half, claiming rows and marking them relayed, runs on the service's own persistence
 * stack). alert-service stores entries by alert id, so an alert added twice is stored once.
 */
@ApplicationScoped
public class AlertStreamPublisher {

    /** One outbox row: the alert id and its JSON event. */
    public record OutboxAlert(UUID id, String payload) {
    }

    private final Redis redis;
    private final long streamMaxLength;

    public AlertStreamPublisher(Redis redis, OutboxConfig config) {
        this.redis = redis;
        this.streamMaxLength = config.streamMaxLength();
    }

    public Uni<Void> publish(List<OutboxAlert> alerts) {
        if (alerts.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Request> adds = new ArrayList<>(alerts.size());
        for (OutboxAlert alert : alerts) {
            adds.add(Request.cmd(Command.XADD).arg(AlertStream.STREAM_KEY)
                    .arg("MAXLEN").arg("~").arg(streamMaxLength).arg("*")
                    .arg(AlertStream.FIELD_ID).arg(alert.id().toString())
                    .arg(AlertStream.FIELD_EVENT).arg(alert.payload()));
        }
        return redis.batch(adds).replaceWithVoid();
    }
}
