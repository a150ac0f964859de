package org.veripack.core.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Redis key layout every service shares. All keys of a product carry the same hash tag, its shard (a hash
 * of the GTIN into {@link #shards()} shards), so every multi-key operation stays in one Redis Cluster slot; the
 * operation records a verify appends land in the stream of that same shard, in the same script call:
 * <ul>
 *   <li>{@code vp:{<shard>}:<gtin>:m} — the product's meta hash: {@code p} → {@link CachedProduct},
 *       {@code b:<batch>} → batch ordinal, {@code o:<ordinal>} → {@link CachedBatch};</li>
 *   <li>{@code vp:{<shard>}:<gtin>:<bucket>} — packs bucketed by a hash of the serial: serial → {@link CachedPack}
 *       as an integer. Small hashes stay in Redis's compact listpack encoding, which is what keeps a
 *       pack under 48 bytes; {@link #bucketBits()} sets how many buckets a product has;</li>
 *   <li>{@code vp:{<shard>}:ops} — the stream of operation records of the shard's products, appended by the read
 *       script and moved to PostgreSQL by verification-service.</li>
 * </ul>
 * The cache holds nothing that PostgreSQL cannot rebuild: a serial missing from its bucket, or a
 * missing meta entry, means "ask PostgreSQL", never "unknown".
 */
public final class PackCacheLayout {

    /** 2^12 buckets a product; with hash-max-listpack-entries 512 a product stays compact up to about 1.5 M packs. */
    public static final int DEFAULT_BUCKET_BITS = 12;

    /** Shards (hash tags) the products are spread over: 256 balance a Redis Cluster of up to a few dozen masters. */
    public static final int DEFAULT_SHARDS = 256;
    public static final PackCacheLayout DEFAULT = new PackCacheLayout(DEFAULT_BUCKET_BITS, DEFAULT_SHARDS);

    /**
     * Reads product, pack and pack batch in one round trip and, when all three are there and a record is given,
     * appends it to the shard's record stream. KEYS: meta, bucket, record stream. ARGV: serial, then the record's
     * field/value pairs (none: read only). Returns {product, pack, batch, recorded (0/1)}.
     */
    public static final String READ_SCRIPT = script("read-pack.lua");
    /**
     * Acknowledges stored operation records and trims the stream below what its consumer group still needs.
     * KEYS: the record stream. ARGV: group, id, id, ...
     */
    public static final String ACK_RECORDS_SCRIPT = script("ack-records.lua");
    /** Writes packs of one bucket only where newer. KEYS: bucket. ARGV: serial, value, serial, value, ... */
    public static final String PUT_PACKS_SCRIPT = script("put-packs.lua");
    /** Writes meta fields, never turning WITHDRAWN or RECALLED back to ACTIVE. KEYS: meta. ARGV: field, value, ... */
    public static final String PUT_META_SCRIPT = script("put-meta.lua");

    private final int bucketBits;
    private final int hexDigits;
    private final int shards;

    /**
     * @param bucketBits 2^bucketBits buckets a product (0 to 24)
     * @param shards     hash tags the products are spread over (1 to 16384); changing it leaves the old keys
     *                   behind (the cache refills from PostgreSQL), so drain the record streams first
     */
    public PackCacheLayout(int bucketBits, int shards) {
        if (bucketBits < 0 || bucketBits > 24) {
            throw new IllegalArgumentException("bucketBits must be 0 to 24");
        }
        if (shards < 1 || shards > ClusterSlots.SLOTS) {
            throw new IllegalArgumentException("shards must be 1 to " + ClusterSlots.SLOTS);
        }
        this.bucketBits = bucketBits;
        this.hexDigits = Math.max(1, (bucketBits + 3) / 4);
        this.shards = shards;
    }

    public int bucketBits() {
        return bucketBits;
    }

    public int shards() {
        return shards;
    }

    /** The shard of a product: its GTIN's FNV-1a hash modulo the shard count. */
    public int shardOf(String gtin) {
        return Integer.remainderUnsigned(fnv1a(gtin), shards);
    }

    /** The hash tag of a shard, braces included: {@code {007}}. */
    public static String hashTag(int shard) {
        return "{" + (shard < 10 ? "00" : shard < 100 ? "0" : "") + shard + "}";
    }

    public String metaKey(String gtin) {
        return "vp:" + hashTag(shardOf(gtin)) + ":" + gtin + ":m";
    }

    public String packKey(String gtin, String serial) {
        return bucketKey(gtin, bucketOf(serial));
    }

    public String bucketKey(String gtin, int bucket) {
        String hex = Integer.toHexString(bucket);
        return "vp:" + hashTag(shardOf(gtin)) + ":" + gtin + ":" + "0".repeat(hexDigits - hex.length()) + hex;
    }

    /** The stream of operation records of a shard. */
    public static String recordStreamKey(int shard) {
        return "vp:" + hashTag(shard) + ":ops";
    }

    /** The stream the records of this product's packs are appended to. */
    public String recordStreamKeyOf(String gtin) {
        return recordStreamKey(shardOf(gtin));
    }

    /** The bucket of a serial: the low bits of its 32-bit FNV-1a hash over UTF-8. */
    public int bucketOf(String serial) {
        return bucketBits == 0 ? 0 : fnv1a(serial) & ((1 << bucketBits) - 1);
    }

    private static int fnv1a(String text) {
        int hash = 0x811C9DC5;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return hash;
    }

    /** The meta field that holds the MAH's DSCSA policy for the product's recalled and expired packs. */
    public static String dscsaPolicyField() {
        return "d";
    }

    public static String productField() {
        return "p";
    }

    public static String batchOrdinalField(String batch) {
        return "b:" + batch;
    }

    public static String batchField(int ordinal) {
        return "o:" + ordinal;
    }

    private static String script(String name) {
        try (InputStream in = PackCacheLayout.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing script resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
