package org.veripack.verification;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.rules.PackStatus;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.testsupport.VeripackTestResource;
import org.veripack.verification.stream.CacheSyncSweeper;

/** The cache-sync sweeper writes what a committed change left in cache_sync and deletes it. */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class CacheSyncSweeperTest {

    @Inject
    RegistryFixtures registry;

    @Inject
    PackCacheWriter cache;

    @Inject
    CacheSyncSweeper sweeper;

    @Test
    void anEntryLeftByACommitThatNeverReachedTheCacheIsWrittenAndDeleted() throws Exception {
        String gtin = registry.product("S1");
        cache.putPacks(gtin, List.of(new PackCacheWriter.Entry("S1", new CachedPack(PackStatus.ACTIVE, 1, 0))))
                .await().atMost(Duration.ofSeconds(5));
        registry.execute("UPDATE registry.pack SET status = 'SUPPLIED', last_event_seq = 1 WHERE gtin = ? AND serial = 'S1'", gtin);
        registry.execute("INSERT INTO registry.cache_sync (kind, gtin, field, value, created_at) "
                + "VALUES ('PACK', ?, 'S1', ?, now() - interval '1 second')", gtin,
                Long.toString(new CachedPack(PackStatus.SUPPLIED, 1, 1).encode()));

        sweeper.sweepAll().await().atMost(Duration.ofSeconds(10));

        assertThat(registry.cached(gtin, "S1").status()).isEqualTo(PackStatus.SUPPLIED);
        assertThat(registry.count("SELECT count(*) FROM registry.cache_sync WHERE gtin = ?", gtin)).isZero();
    }
}
