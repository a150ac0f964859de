package org.veripack.verification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veripack.core.rules.PackRules;
import org.veripack.core.rules.RulesConfig;

/** pack-core's rules with this deployment's settings and clock. */
public class RulesProducer {

    @Produces
    @ApplicationScoped
    PackRules rules(Clock clock,
            @ConfigProperty(name = "veripack.rules.same-location-repeat-limit", defaultValue = "3") int repeatLimit,
            @ConfigProperty(name = "veripack.rules.undo-window", defaultValue = "240h") Duration undoWindow) {
        return new PackRules(new RulesConfig(repeatLimit, undoWindow), clock);
    }
}
