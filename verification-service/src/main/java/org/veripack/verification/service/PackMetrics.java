package org.veripack.verification.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.veripack.core.rules.Decision;
import org.veripack.core.rules.Operation;

/**
 * Micrometer meters of the pack operations: a timer with a percentile histogram per operation
 * ({@code veripack_pack_request_seconds}), answers per return code and alerts per alert code.
 */
@ApplicationScoped
public class PackMetrics {

    @Inject
    MeterRegistry registry;

    public Timer timer(Operation operation) {
        return Timer.builder("veripack.pack.request").tag("operation", operation.name())
                .publishPercentileHistogram().register(registry);
    }

    void answered(Operation operation, Decision decision) {
        registry.counter("veripack.pack.answers", "operation", operation.name(), "code", decision.code().name()).increment();
        if (decision.alertCode() != null) {
            registry.counter("veripack.alerts.raised", "code", decision.alertCode().name()).increment();
        }
    }
}
