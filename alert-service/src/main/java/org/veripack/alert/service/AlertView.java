package org.veripack.alert.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/** An alert as the API shows it, with its investigation history. */
// native: written by Jackson outside a REST signature for the live stream
@RegisterForReflection
public record AlertView(String id, String code, String returnCode, String gtin, String serial, String batch,
        String expiry, String location, String actor, String mah, String source, Instant raisedAt, Instant storedAt,
        String status, JsonNode details, List<Change> history) {

    /** One status change. */
    @RegisterForReflection
    public record Change(String from, String to, String by, Instant at, String reason, String closeReason) {
    }
}
