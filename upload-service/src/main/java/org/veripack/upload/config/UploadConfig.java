package org.veripack.upload.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** upload-service's own settings (the shared ones are in service-support's SharedConfig and OutboxConfig). */
@ConfigMapping(prefix = "veripack.upload")
public interface UploadConfig {

    /**
     * An upload whose worker has not beaten for this long (the service crashed or restarted) is marked FAILED; sending
     * it again resumes it under the same id.
     */
    @WithDefault("60s")
    Duration staleAfter();

    /** How often uploads whose worker stopped are looked for. */
    @WithDefault("30s")
    java.time.Duration recoveryInterval();

    /** Packs inserted per statement (and written through to Redis while the next chunk is inserted). */
    @WithDefault("50000")
    int chunkSize();
}
