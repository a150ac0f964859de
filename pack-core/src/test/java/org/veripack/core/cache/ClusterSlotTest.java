package org.veripack.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Every multi-key operation of the layout (the verify script: meta hash and bucket; the write scripts) works on
 * Redis Cluster only if its keys share a hash slot: Redis hashes the part inside the first {...}, the GTIN.
 */
class ClusterSlotTest {

    /** Redis Cluster's key slot: CRC16/XMODEM of the hash tag (or the whole key) modulo 16384. */
    static int slot(String key) {
        int open = key.indexOf('{');
        if (open >= 0) {
            int close = key.indexOf('}', open + 1);
            if (close > open + 1) {
                key = key.substring(open + 1, close);
            }
        }
        int crc = 0;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            crc ^= (b & 0xFF) << 8;
            for (int i = 0; i < 8; i++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xFFFF;
        }
        return crc % 16384;
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
    }
}
