package org.veripack.alert.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.veripack.alert.repository.AlertRepository;
import org.veripack.core.alert.AlertEvent;

/**
 * Stores an arriving alert (from the stream or the outbox reconciliation) idempotently by its id, and counts it:
 * {@code veripack_alerts_stored_total{code}} and the delay from its creation to its storage
 * ({@code veripack_alert_visible_delay_seconds}).
 */
@ApplicationScoped
public class AlertIntake {

    private final AlertRepository alerts;
    private final MeterRegistry meters;
    private final Timer visibleDelay;
    private final Clock clock;

    public AlertIntake(AlertRepository alerts, MeterRegistry meters, Clock clock) {
        this.alerts = alerts;
        this.meters = meters;
        this.clock = clock;
        this.visibleDelay = Timer.builder("veripack.alert.visible.delay").publishPercentileHistogram().register(meters);
    }

    /** Stores the alert unless it is there already; true when this call stored it. */
    public Uni<Boolean> store(AlertEvent event) {
        return alerts.store(event).invoke(stored -> {
            if (stored) {
                meters.counter("veripack.alerts.stored", "code", event.code().name()).increment();
                visibleDelay.record(Duration.between(event.raisedAt(), clock.instant()));
            }
        });
    }
}
