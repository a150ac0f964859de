package org.veripack.service.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** What a service needs from the environment in production (see {@link RequiredSettings}). */
@ConfigMapping(prefix = "veripack.startup")
public interface StartupConfig {

    /** The properties that must have a value; each service lists its own under %prod. */
    Optional<List<String>> required();
}
