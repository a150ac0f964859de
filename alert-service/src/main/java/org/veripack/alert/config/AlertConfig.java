package org.veripack.alert.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** alert-service's own settings (the shared ones are in service-support's SharedConfig). */
@ConfigMapping(prefix = "veripack.alerts")
public interface AlertConfig {

    Consumer consumer();

    /** Reading the stream veripack:alerts through the consumer group alert-service. */
    interface Consumer {

        /** Off in tests that feed the store directly. */
        @WithDefault("true")
        boolean enabled();
    }

    /** Entries a consumer left pending longer than this (it died) are claimed by another. */
    @WithDefault("30s")
    Duration claimIdle();

    /** How often entries left pending by a consumer that died are looked for. */
    @WithDefault("15s")
    Duration claimInterval();

    /** How often the registry outbox is compared with the stored alerts (also at start and after a lost group). */
    @WithDefault("5m")
    Duration reconcileInterval();

    Stream stream();

    /** The live stream of new alerts (server-sent events). */
    interface Stream {

        /** How often new alerts are looked for. */
        @WithDefault("200ms")
        Duration poll();

        /** A comment line so proxies keep the connection open. */
        @WithDefault("15s")
        Duration heartbeat();
    }
}
