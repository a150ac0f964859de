package org.veripack.core.cache;

import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.QuarantineLevel;

/**
 * A pack's hot-cache entry, packed into one integer so that Redis stores it in a few bytes inside a listpack:
 * {@code version * 2^26 + quarantine * 2^24 + batchOrdinal * 16 + status} (quarantine 0 none, 1 SUSPECT,
 * 2 ILLEGITIMATE). Lua, whose numbers are doubles, reads it exactly while it stays below 2^53, hence the bounds.
 *
 * @param version      the pack's last event number (0 right after upload); a write never replaces a newer version
 * @param batchOrdinal the batch's number within its product ({@link CachedBatch})
 * @param quarantine   the pack's quarantine, or null
 */
public record CachedPack(PackStatus status, int batchOrdinal, long version, QuarantineLevel quarantine) {

    /** Values at or above this are versions; Lua compares {@code floor(value / VERSION_FACTOR)}. */
    public static final long VERSION_FACTOR = 1L << 26;
    private static final long QUARANTINE_FACTOR = 1L << 24;
    public static final int MAX_BATCH_ORDINAL = (1 << 20) - 1;
    public static final long MAX_VERSION = (1L << 27) - 1;

    public CachedPack {
        if (batchOrdinal < 0 || batchOrdinal > MAX_BATCH_ORDINAL) {
            throw new IllegalArgumentException("batch ordinal out of range: " + batchOrdinal);
        }
        if (version < 0 || version > MAX_VERSION) {
            throw new IllegalArgumentException("version out of range: " + version);
        }
    }

    public CachedPack(PackStatus status, int batchOrdinal, long version) {
        this(status, batchOrdinal, version, null);
    }

    public long encode() {
        long q = quarantine == null ? 0 : quarantine.ordinal() + 1;
        return version * VERSION_FACTOR + q * QUARANTINE_FACTOR + batchOrdinal * 16L + status.ordinal();
    }

    public static CachedPack decode(long value) {
        int q = (int) ((value % VERSION_FACTOR) / QUARANTINE_FACTOR);
        return new CachedPack(PackStatus.values()[(int) (value % 16)], (int) ((value % QUARANTINE_FACTOR) / 16),
                value / VERSION_FACTOR, q == 0 ? null : QuarantineLevel.values()[q - 1]);
    }

    public static CachedPack decode(String value) {
        return decode(Long.parseLong(value));
    }
}
