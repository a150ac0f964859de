package org.veripack.upload.repository;

import java.time.Instant;
import java.util.UUID;

/** A row of registry.upload, as far as uploads need it. */
public record UploadRecord(UUID id, String mahId, String gtin, String batch, String expiry, String idempotencyKey,
        String contentSha256, String status, Instant heartbeatAt) {

    public boolean isCompleted() {
        return "COMPLETED".equals(status);
    }
}
