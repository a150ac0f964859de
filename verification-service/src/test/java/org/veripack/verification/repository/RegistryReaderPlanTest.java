package org.veripack.verification.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.VeripackTestResource;

/** A cache miss reads the pack by its primary key, never by scanning every partition. */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class RegistryReaderPlanTest {

    @Inject
    Pool pool;

    @Test
    void theSnapshotQueryComparesTheGtinWithoutCastingTheColumn() {
        String plan = StreamSupport.stream(pool.preparedQuery("EXPLAIN " + RegistryReader.SNAPSHOTS)
                        .execute(Tuple.of(new String[] {"04012345678901"}, new String[] {"S1"}, new String[] {null},
                                new String[] {null}, "4012345000009"))
                        .await().atMost(Duration.ofSeconds(10)).spliterator(), false)
                .map(row -> row.getString(0)).collect(Collectors.joining("\n"));
        // a cast column, "(gtin)::text", cannot use the (gtin, serial) key nor prune the hash partitions
        assertThat(plan).contains("pack_p0").doesNotContain("(gtin)::text");
    }
}
