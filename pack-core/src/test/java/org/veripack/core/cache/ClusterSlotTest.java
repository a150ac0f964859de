package org.veripack.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Every multi-key operation of the layout (the verify script: meta hash and bucket; the write scripts) works on
 * Redis Cluster only if its keys share a hash slot: Redis hashes the part inside the first {...}, the GTIN.
 */
class ClusterSlotTest {

    static int slot(String key) {
        return ClusterSlots.slot(key);
    }

    @Test
    void theSlotFunctionMatchesRedis() {
        // values from the Redis Cluster specification and `redis-cli cluster keyslot`
        assertThat(slot("123456789")).isEqualTo(12739);
        assertThat(slot("{user1000}.following")).isEqualTo(slot("{user1000}.followers"));
    }

    @Property
    void aPacksMetaHashAndBucketShareOneSlot(@ForAll @NumericChars @StringLength(14) String gtin,
            @ForAll @AlphaChars @StringLength(min = 1, max = 20) String serial) {
        PackCacheLayout layout = PackCacheLayout.DEFAULT;
        int slot = slot(layout.metaKey(gtin));
        assertThat(slot(layout.packKey(gtin, serial))).isEqualTo(slot);
        assertThat(slot(layout.bucketKey(gtin, 0))).isEqualTo(slot);
        assertThat(slot(layout.bucketKey(gtin, (1 << layout.bucketBits()) - 1))).isEqualTo(slot);
        assertThat(slot(layout.recordStreamKeyOf(gtin))).as("the read script appends to it").isEqualTo(slot);
    }

    @Provide
    Arbitrary<List<List<String>>> calls() {
        PackCacheLayout layout = PackCacheLayout.DEFAULT;
        Arbitrary<String> gtin = Arbitraries.of("04012345678901", "09506000134352", "05012345678900", "00614141000036");
        Arbitrary<String> serial = Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(20);
        return gtin.flatMap(g -> serial.map(s -> List.of(layout.metaKey(g), layout.packKey(g, s)))).list().ofMaxSize(2_000);
    }

    /** The pipelines RedisScripts sends: each call once; on a cluster, one slot per pipeline. */
    @Property
    void pipelinesHoldEveryCallOnceAndOneSlotEachOnACluster(@ForAll("calls") List<List<String>> calls,
            @ForAll @IntRange(min = 1, max = 600) int max, @ForAll boolean cluster) {
        List<List<Integer>> pipelines = ClusterSlots.pipelines(calls, max, cluster);
        List<Integer> seen = new ArrayList<>();
        for (List<Integer> pipeline : pipelines) {
            assertThat(pipeline).isNotEmpty().hasSizeLessThanOrEqualTo(max);
            seen.addAll(pipeline);
            if (cluster) {
                Set<Integer> slots = new HashSet<>();
                pipeline.forEach(i -> calls.get(i).forEach(key -> slots.add(slot(key))));
                assertThat(slots).hasSize(1);
            }
        }
        assertThat(seen).hasSize(calls.size()).doesNotHaveDuplicates();
        if (!cluster) {
            assertThat(seen).isSorted();
        }
    }

    @Test
    void aCallWhoseKeysSpanSlotsIsRefused() {
        PackCacheLayout layout = PackCacheLayout.DEFAULT;
        String first = "04012345678901";
        String other = java.util.stream.Stream.of("09506000134352", "05012345678900", "00614141000036")
                .filter(gtin -> layout.shardOf(gtin) != layout.shardOf(first)).findFirst().orElseThrow();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClusterSlots.slotOfCall(
                List.of(layout.metaKey(first), layout.metaKey(other))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
