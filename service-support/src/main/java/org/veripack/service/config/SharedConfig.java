package org.veripack.service.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import org.veripack.core.cache.PackCacheLayout;

/**
 * Settings every service must share: the market's time zone and the Redis key layout. Each service reads the
 * rest of its settings through its own mappings ({@code veripack.<area>.*}); every key is listed in the service's
 * README.
 */
@ConfigMapping(prefix = "veripack")
public interface SharedConfig {

    /** The market's time zone: expiry days and the undo window are judged there (VERIPACK_TIME_ZONE). */
    @WithDefault("UTC")
    ZoneId timeZone();

    Cache cache();

    /** The Redis key layout: the same in every service, or they read each other's keys wrongly. */
    interface Cache {

        /** 2^bits buckets a product (VERIPACK_CACHE_BUCKET_BITS): size it to the packs per product. */
        @WithDefault("" + PackCacheLayout.DEFAULT_BUCKET_BITS)
        int bucketBits();

        /** Hash tags the products are spread over (VERIPACK_CACHE_SHARDS). */
        @WithDefault("" + PackCacheLayout.DEFAULT_SHARDS)
        int shards();
    }
}
