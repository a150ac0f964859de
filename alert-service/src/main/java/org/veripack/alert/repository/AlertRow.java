package org.veripack.alert.repository;

import java.time.Instant;
import java.util.UUID;

/** A row of alert.alert; {@code details} as the JSON text stored. */
public record AlertRow(UUID id, String code, String returnCode, String gtin, String serial, String batch,
        String expiry, String location, String actor, String mah, String source, Instant raisedAt, Instant storedAt,
        String status, String details, long position) {
}
