package org.veripack.service.cache;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The clock the rules read: the server's, in the market's time zone (expiry days and the undo window are
 * judged there). Tests replace it with a fixed one.
 */
public class ClockProducer {

    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock(@ConfigProperty(name = "veripack.time-zone", defaultValue = "UTC") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
