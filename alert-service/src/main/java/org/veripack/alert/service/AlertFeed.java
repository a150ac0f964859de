package org.veripack.alert.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.veripack.alert.config.AlertConfig;
import org.veripack.alert.repository.AlertRepository;
import org.veripack.alert.repository.AlertRow;
import org.veripack.core.scope.Scope;

/**
 * The live feed of newly stored alerts: every alert stored after a position, in storage order, polled every
 * {@code veripack.alerts.stream.poll}; only those in the caller's scope are sent. The position is resumable
 * ({@code Last-Event-ID}).
 */
@ApplicationScoped
public class AlertFeed {

    private static final int BATCH = 200;

    private final AlertRepository alerts;
    private final AlertConfig.Stream config;

    public AlertFeed(AlertRepository alerts, AlertConfig config) {
        this.alerts = alerts;
        this.config = config.stream();
    }

    /** One alert of the feed, with its storage position. */
    @RegisterForReflection
    public record FeedAlert(long position, String id, String code, String returnCode, String gtin, String serial,
            String batch, String expiry, String location, String actor, String mah, String source, Instant raisedAt,
            Instant storedAt, String status) {

        static FeedAlert of(AlertRow row) {
            return new FeedAlert(row.position(), row.id().toString(), row.code(), row.returnCode(), row.gtin(),
                    row.serial(), row.batch(), row.expiry(), row.location(), row.actor(), row.mah(), row.source(),
                    row.raisedAt(), row.storedAt(), row.status());
        }
    }

    /** Alerts stored after {@code lastEventId} (or from now on when it is null or not a position). */
    public Multi<FeedAlert> follow(Scope scope, String lastEventId) {
        long resumeAt = position(lastEventId);
        AtomicLong last = new AtomicLong();
        Uni<Long> start = resumeAt >= 0 ? Uni.createFrom().item(resumeAt) : alerts.lastPosition();
        return start.invoke(last::set).toMulti()
                .onItem().transformToMultiAndConcatenate(ignored -> Multi.createFrom().ticks().every(config.poll())
                        .onOverflow().drop()
                        .onItem().transformToUniAndConcatenate(tick -> alerts.storedAfter(last.get(), BATCH))
                        .onItem().transformToIterable(rows -> {
                            if (!rows.isEmpty()) {
                                last.set(rows.get(rows.size() - 1).position());
                            }
                            return rows.stream().filter(row -> scope.coversAlert(row.mah(), row.location()))
                                    .map(FeedAlert::of).toList();
                        }));
    }

    private static long position(String lastEventId) {
        try {
            return lastEventId == null ? -1 : Long.parseLong(lastEventId.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
