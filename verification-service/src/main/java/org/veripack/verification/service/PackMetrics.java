package org.veripack.verification.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.veripack.core.rules.AlertCode;
import org.veripack.core.rules.Decision;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.ReturnCode;

/**
 * Micrometer meters of the pack operations: a timer with a percentile histogram per operation
 * ({@code veripack_pack_request_seconds}), answers per return code and alerts per alert code. The meters are
 * registered once and kept, so a request does not build and look them up again.
 */
@ApplicationScoped
public class PackMetrics {

    private final MeterRegistry registry;
    private final Map<Operation, Timer> timers = new EnumMap<>(Operation.class);
    private final Map<Operation, Map<ReturnCode, Counter>> answers = new ConcurrentHashMap<>();
    private final Map<AlertCode, Counter> alerts = new ConcurrentHashMap<>();
    private final Map<String, Counter> dscsaAnswers = new ConcurrentHashMap<>();
    private final Timer dscsaTimer;

    public PackMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (Operation operation : Operation.values()) {
            timers.put(operation, Timer.builder("veripack.pack.request").tag("operation", operation.name())
                    .publishPercentileHistogram().register(registry));
        }
        dscsaTimer = Timer.builder("veripack.dscsa.request").publishPercentileHistogram().register(registry);
    }

    public Timer dscsaTimer() {
        return dscsaTimer;
    }

    /** A DSCSA answer, by its record code (VERIFIED or the failure reason). */
    void answeredDscsa(org.veripack.core.dscsa.DscsaAnswer answer) {
        dscsaAnswers.computeIfAbsent(answer.recordCode(), code -> registry.counter("veripack.dscsa.answers", "code", code))
                .increment();
    }

    public Timer timer(Operation operation) {
        return timers.get(operation);
    }

    void answered(Operation operation, Decision decision) {
        answers.computeIfAbsent(operation, op -> new ConcurrentHashMap<>())
                .computeIfAbsent(decision.code(), code -> registry.counter("veripack.pack.answers",
                        "operation", operation.name(), "code", code.name()))
                .increment();
        if (decision.alertCode() != null) {
            alerts.computeIfAbsent(decision.alertCode(), code -> registry.counter("veripack.alerts.raised", "code", code.name()))
                    .increment();
        }
    }
}
