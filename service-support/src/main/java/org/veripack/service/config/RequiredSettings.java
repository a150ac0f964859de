package org.veripack.service.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In production the addresses and the JWT key come from the environment, with no fallback: before anything else
 * starts, this says in one message every variable that is missing, instead of the first bean that needs one failing
 * with a message about a deactivated datasource. Each service lists the properties it needs in
 * {@code veripack.startup.required}; the message names each by its environment variable (MicroProfile Config's
 * mapping: {@code quarkus.redis.hosts} is {@code QUARKUS_REDIS_HOSTS}).
 */
@Singleton
public class RequiredSettings {

    private final StartupConfig startup;

    RequiredSettings(StartupConfig startup) {
        this.startup = startup;
    }

    void check(@Observes @Priority(1) StartupEvent start) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        List<String> missing = missing(ConfigProvider.getConfig(), startup.required().orElse(List.of()));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("cannot start: set the environment variable" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + " (see the service's README, \"Configuration\")");
        }
    }

    /** The environment variables of the required properties that have no value. */
    static List<String> missing(Config config, List<String> required) {
        List<String> missing = new ArrayList<>();
        for (String property : required) {
            String variable = property.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
            try {
                if (config.getOptionalValue(property, String.class).filter(value -> !value.isBlank()).isEmpty()) {
                    missing.add(variable);
                }
            } catch (NoSuchElementException | IllegalArgumentException unresolved) {
                missing.add(variable); // ${VARIABLE} without a value
            }
        }
        return missing;
    }
}
