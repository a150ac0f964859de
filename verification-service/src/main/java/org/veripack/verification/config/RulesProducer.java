package org.veripack.verification.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.veripack.core.rules.PackRules;
import org.veripack.core.rules.RulesConfig;

/** pack-core's rules with this deployment's settings and clock. */
public class RulesProducer {

    @Produces
    @ApplicationScoped
    PackRules rules(Clock clock, VerificationConfig.Rules rules) {
        return new PackRules(new RulesConfig(rules.sameLocationRepeatLimit(), rules.undoWindow()), clock);
    }
}
