package org.veripack.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.veripack.core.rules.BatchStatus;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.ProductStatus;

class PackCacheLayoutTest {

    private static final String GTIN = "09506000134352";
    private final PackCacheLayout layout = PackCacheLayout.DEFAULT;

    @Test
    void everyKeyOfAProductAndItsRecordStreamCarryTheProductsShardAsHashTag() {
        String tag = PackCacheLayout.hashTag(layout.shardOf(GTIN));
        assertThat(layout.metaKey(GTIN)).isEqualTo("vp:" + tag + ":09506000134352:m");
        assertThat(layout.packKey(GTIN, "S1")).startsWith("vp:" + tag + ":09506000134352:");
        assertThat(layout.bucketKey(GTIN, 4095)).isEqualTo("vp:" + tag + ":09506000134352:fff");
        assertThat(layout.bucketKey(GTIN, 0)).isEqualTo("vp:" + tag + ":09506000134352:000");
        assertThat(layout.recordStreamKeyOf(GTIN)).isEqualTo("vp:" + tag + ":ops");
        assertThat(PackCacheLayout.hashTag(7)).isEqualTo("{007}");
    }

    @Property
    void shardsStayInRangeAndAreStable(@ForAll("gtins") String gtin, @ForAll @IntRange(min = 1, max = 1024) int shards) {
        PackCacheLayout sized = new PackCacheLayout(12, shards);
        assertThat(sized.shardOf(gtin)).isBetween(0, shards - 1).isEqualTo(sized.shardOf(gtin));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> gtins() {
        return net.jqwik.api.Arbitraries.strings().numeric().ofLength(14);
    }

    @Test
    void productsSpreadOverShards() {
        int[] counts = new int[layout.shards()];
        for (int i = 0; i < 25_600; i++) {
            counts[layout.shardOf(String.format("0950600%07d", i))]++;
        }
        assertThat(java.util.Arrays.stream(counts).max().getAsInt()).isLessThan(160);
        assertThat(java.util.Arrays.stream(counts).min().getAsInt()).isGreaterThan(50);
    }

    @Property
    void bucketsStayInRangeAndAreStable(@ForAll @StringLength(min = 1, max = 20) String serial, @ForAll @IntRange(min = 0, max = 16) int bits) {
        PackCacheLayout sized = new PackCacheLayout(bits, 1);
        int bucket = sized.bucketOf(serial);
        assertThat(bucket).isBetween(0, (1 << bits) - 1);
        assertThat(sized.bucketOf(serial)).isEqualTo(bucket);
    }

    @Test
    void serialsSpreadEvenlyOverBuckets() {
        int[] counts = new int[1 << layout.bucketBits()];
        for (int i = 0; i < 409_600; i++) {
            counts[layout.bucketOf("SN" + i)]++;
        }
        assertThat(java.util.Arrays.stream(counts).max().getAsInt()).isLessThan(160);
        assertThat(java.util.Arrays.stream(counts).min().getAsInt()).isGreaterThan(50);
    }

    @Property
    void cachedPackRoundTripsAndStaysExactInLua(@ForAll PackStatus status,
            @ForAll @IntRange(min = 0, max = CachedPack.MAX_BATCH_ORDINAL) int ordinal,
            @ForAll @LongRange(min = 0, max = CachedPack.MAX_VERSION) long version,
            @ForAll @IntRange(min = 0, max = 2) int quarantine) {
        CachedPack pack = new CachedPack(status, ordinal, version,
                quarantine == 0 ? null : org.veripack.core.rules.QuarantineLevel.values()[quarantine - 1]);
        long encoded = pack.encode();
        assertThat(encoded).isLessThan(1L << 53);
        assertThat(CachedPack.decode(Long.toString(encoded))).isEqualTo(pack);
    }

    @Test
    void aNewerVersionEncodesLargerWhateverTheOtherFields() {
        long older = new CachedPack(PackStatus.CHECKED_OUT, CachedPack.MAX_BATCH_ORDINAL, 4,
                org.veripack.core.rules.QuarantineLevel.ILLEGITIMATE).encode();
        long newer = new CachedPack(PackStatus.ACTIVE, 0, 5).encode();
        assertThat(newer / CachedPack.VERSION_FACTOR).isGreaterThan(older / CachedPack.VERSION_FACTOR);
    }

    @Test
    void batchAndProductEntriesRoundTrip() {
        CachedBatch batch = new CachedBatch(7, "L|1/x", "270600", BatchStatus.RECALLED);
        assertThat(batch.encode()).isEqualTo("R|270600|L|1/x");
        assertThat(CachedBatch.decode(7, batch.encode())).isEqualTo(batch);
        CachedProduct product = new CachedProduct(ProductStatus.WITHDRAWN, "MAH-1");
        assertThat(CachedProduct.decode(product.encode())).isEqualTo(product);
        assertThatThrownBy(() -> CachedProduct.decode("X")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scriptsAreLoaded() {
        assertThat(PackCacheLayout.READ_SCRIPT).contains("HGET").contains("XADD");
        assertThat(PackCacheLayout.PUT_PACKS_SCRIPT).contains("67108864");
        assertThat(CachedPack.VERSION_FACTOR).isEqualTo(67_108_864L);
        assertThat(PackCacheLayout.PUT_META_SCRIPT).contains("'W|'");
    }
}
