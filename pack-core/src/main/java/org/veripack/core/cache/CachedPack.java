package org.veripack.core.cache;

import org.veripack.core.rules.PackStatus;

/**
 * A pack's hot-cache entry, packed into one integer so that Redis stores it in a few bytes inside a
 * listpack: {@code version * 2^24 + batchOrdinal * 16 + status}. Lua (whose numbers are doubles)
 * reads it exactly as long as it stays below 2^53, hence the bounds.
 *
 * @param version      the pack's last event number (0 right after upload); a write never replaces a newer version
 * @param batchOrdinal the batch's number within its product ({@link CachedBatch})
 */
public record CachedPack(PackStatus status, int batchOrdinal, long version) {

    public static final long VERSION_FACTOR = 1L << 24;
    public static final int MAX_BATCH_ORDINAL = (1 << 20) - 1;
    public static final long MAX_VERSION = (1L << 29) - 1;

    public CachedPack {
        if (batchOrdinal < 0 || batchOrdinal > MAX_BATCH_ORDINAL) {
            throw new IllegalArgumentException("batch ordinal out of range: " + batchOrdinal);
        }
        if (version < 0 || version > MAX_VERSION) {
            throw new IllegalArgumentException("version out of range: " + version);
        }
    }

    public long encode() {
        return version * VERSION_FACTOR + batchOrdinal * 16L + status.ordinal();
    }

    public static CachedPack decode(long value) {
        return new CachedPack(PackStatus.values()[(int) (value % 16)], (int) ((value % VERSION_FACTOR) / 16),
                value / VERSION_FACTOR);
    }

    public static CachedPack decode(String value) {
        return decode(Long.parseLong(value));
    }
}
