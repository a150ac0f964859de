package org.veripack.core.record;

import java.time.Instant;
import java.util.UUID;

/**
 * The record of one operation on one pack: who asked what, when, through which channel, and what was answered.
 *
 * @param location  the GLN of the location that asked (for DSCSA the requester's reqGLN); null for surveillance
 * @param code      the NMVS return code answered (for DSCSA the verificationFailureReason, or VERIFIED)
 * @param requestId unique per answered pack and request (time-ordered): a record moved twice is stored once
 * @param details   channel-specific facts as a JSON object text (DSCSA: corrUUID, context, answer), or null
 */
public record OperationRecord(Instant at, RecordedOperation operation, Channel channel, String gtin, String serial,
        String batch, String expiry, String location, String role, String actor, String code, UUID alertId,
        String txId, UUID requestId, String details) {

    public OperationRecord {
        if (at == null || operation == null || channel == null || gtin == null || serial == null || role == null
                || code == null || requestId == null) {
            throw new IllegalArgumentException("a record needs at, operation, channel, gtin, serial, role, code and requestId");
        }
    }
}
