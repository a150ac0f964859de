package org.veripack.service.config;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import org.veripack.core.cache.PackCacheLayout;

/** The clock the rules read and the shared key layout, from {@link SharedConfig}. */
public class SharedProducers {

    /** The server's clock in the market's time zone; tests replace it with a fixed one. */
    @Produces
    @ApplicationScoped
    @DefaultBean
    Clock clock(SharedConfig config) {
        return Clock.system(config.timeZone());
    }

    @Produces
    @ApplicationScoped
    PackCacheLayout layout(SharedConfig config) {
        return new PackCacheLayout(config.cache().bucketBits(), config.cache().shards());
    }
}
