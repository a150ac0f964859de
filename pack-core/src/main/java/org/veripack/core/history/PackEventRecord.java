package org.veripack.core.history;

import java.time.Instant;

/**
 * One row of {@code registry.pack_event} as it enters the hash chain. {@code at} is truncated to
 * microseconds, the precision PostgreSQL keeps, so the hash computed before the insert equals the
 * one recomputed from the stored row.
 */
public record PackEventRecord(String gtin, String serial, long seq, String from, String to, String location,
        String actor, String role, Instant at, String txId) {

    public PackEventRecord {
        at = at == null ? null : at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
