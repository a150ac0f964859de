package org.veripack.core.history;

import java.time.Instant;

/**
 * One row of {@code registry.pack_event} as it enters the hash chain. {@code at} is truncated to
 * microseconds, the precision PostgreSQL keeps, so the hash computed before the insert equals the
 * one recomputed from the stored row.
 *
 * @param kind       a status change, or a quarantine or its release (which keep the status: from equals to)
 * @param quarantine the level a QUARANTINE event sets, else null
 * @param reason     why a pack was quarantined or released, else null
 */
public record PackEventRecord(String gtin, String serial, long seq, String from, String to, String location,
        String actor, String role, Instant at, String txId, PackEventKind kind, String quarantine, String reason) {

    public PackEventRecord {
        at = at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        kind = kind == null ? PackEventKind.STATUS : kind;
    }

    /** A status change. */
    public PackEventRecord(String gtin, String serial, long seq, String from, String to, String location,
            String actor, String role, Instant at, String txId) {
        this(gtin, serial, seq, from, to, location, actor, role, at, txId, PackEventKind.STATUS, null, null);
    }
}
