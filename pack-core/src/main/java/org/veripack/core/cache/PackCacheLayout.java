package org.veripack.core.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Redis key layout every service shares. All keys of a product carry its GTIN as hash tag, so
 * every multi-key operation stays in one Redis Cluster slot:
 * <ul>
 *   <li>{@code vp:{gtin}:m} — the product's meta hash: {@code p} → {@link CachedProduct},
 *       {@code b:<batch>} → batch ordinal, {@code o:<ordinal>} → {@link CachedBatch};</li>
 *   <li>{@code vp:{gtin}:<bucket>} — packs bucketed by a hash of the serial: serial → {@link CachedPack}
 *       as an integer. Small hashes stay in Redis's compact listpack encoding, which is what keeps a
 *       pack under 48 bytes; {@link #bucketBits()} sets how many buckets a product has.</li>
 * </ul>
 * The cache holds nothing that PostgreSQL cannot rebuild: a serial missing from its bucket, or a
 * missing meta entry, means "ask PostgreSQL", never "unknown".
 */
public final class PackCacheLayout {

    /** 2^12 buckets a product; with hash-max-listpack-entries 512 a product stays compact up to about 1.5 M packs. */
    public static final int DEFAULT_BUCKET_BITS = 12;
    public static final PackCacheLayout DEFAULT = new PackCacheLayout(DEFAULT_BUCKET_BITS);

    /** Reads product, pack and pack batch in one round trip. KEYS: meta, bucket. ARGV: serial. */
    public static final String VERIFY_SCRIPT = script("verify.lua");
    /** Writes packs of one bucket only where newer. KEYS: bucket. ARGV: serial, value, serial, value, ... */
    public static final String PUT_PACKS_SCRIPT = script("put-packs.lua");
    /** Writes meta fields, never turning WITHDRAWN or RECALLED back to ACTIVE. KEYS: meta. ARGV: field, value, ... */
    public static final String PUT_META_SCRIPT = script("put-meta.lua");

    private final int bucketBits;
    private final int hexDigits;

    public PackCacheLayout(int bucketBits) {
        if (bucketBits < 0 || bucketBits > 24) {
            throw new IllegalArgumentException("bucketBits must be 0 to 24");
        }
        this.bucketBits = bucketBits;
        this.hexDigits = Math.max(1, (bucketBits + 3) / 4);
    }

    public int bucketBits() {
        return bucketBits;
    }

    public static String hashTag(String gtin) {
        return "{" + gtin + "}";
    }

    public String metaKey(String gtin) {
        return "vp:{" + gtin + "}:m";
    }

    public String packKey(String gtin, String serial) {
        return bucketKey(gtin, bucketOf(serial));
    }

    public String bucketKey(String gtin, int bucket) {
        String hex = Integer.toHexString(bucket);
        return "vp:{" + gtin + "}:" + "0".repeat(hexDigits - hex.length()) + hex;
    }

    /** The bucket of a serial: the low bits of its 32-bit FNV-1a hash over UTF-8. */
    public int bucketOf(String serial) {
        int hash = 0x811C9DC5;
        for (byte b : serial.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return bucketBits == 0 ? 0 : hash & ((1 << bucketBits) - 1);
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
