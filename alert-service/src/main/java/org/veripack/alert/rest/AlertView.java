package org.veripack.alert.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.veripack.alert.repository.AlertEntity;
import org.veripack.alert.repository.AlertStatusChangeEntity;

/** An alert as the API shows it, with its investigation history. */
// native: written by hand for the live stream
@RegisterForReflection
public record AlertView(String id, String code, String returnCode, String gtin, String serial, String batch, String expiry,
        String location, String actor, String mah, String source, Instant raisedAt, Instant storedAt, String status,
        JsonNode details, List<Change> history) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One status change. */
    public record Change(String from, String to, String by, Instant at, String reason, String closeReason) {
    }

    public static AlertView of(AlertEntity alert, List<AlertStatusChangeEntity> changes) {
        List<Change> history = changes.stream().map(change -> new Change(change.fromStatus, change.toStatus,
                change.changedBy, change.changedAt, change.reason, change.closeReason)).toList();
        return new AlertView(alert.id.toString(), alert.code, alert.returnCode, alert.gtin, alert.serial, alert.batch,
                alert.expiry, alert.location, alert.actor, alert.mah, alert.source, alert.raisedAt, alert.storedAt,
                alert.status, details(alert.details), history);
    }

    private static JsonNode details(String json) {
        try {
            return json == null ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return JSON.createObjectNode();
        }
    }
}
