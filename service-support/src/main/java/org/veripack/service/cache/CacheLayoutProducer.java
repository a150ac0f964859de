package org.veripack.service.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.veripack.core.cache.PackCacheLayout;

/** The shared key layout, with the bucket count of this deployment (the same for every service). */
public class CacheLayoutProducer {

    @Produces
    @ApplicationScoped
    PackCacheLayout layout(@ConfigProperty(name = "veripack.cache.bucket-bits",
            defaultValue = "" + PackCacheLayout.DEFAULT_BUCKET_BITS) int bucketBits) {
        return new PackCacheLayout(bucketBits);
    }
}
