package org.veripack.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The alert outbox relay of the services that raise alerts (upload-service, verification-service). */
@ConfigMapping(prefix = "veripack.outbox")
public interface OutboxConfig {

    /** The stream veripack:alerts is trimmed to about this many entries (alert-service keeps up long before). */
    @WithDefault("1000000")
    long streamMaxLength();

    Relay relay();

    interface Relay {

        /** Off only in alert-service, which never writes the registry. */
        @WithDefault("true")
        boolean enabled();

        /** How often unrelayed rows are looked for besides the wake-up after each commit that raised an alert. */
        @WithDefault("1s")
        Duration interval();

        /** Rows claimed per transaction. */
        @WithDefault("500")
        int batchSize();
    }
}
