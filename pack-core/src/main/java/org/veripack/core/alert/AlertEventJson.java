package org.veripack.core.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.veripack.core.rules.AlertCode;
import org.veripack.core.rules.ReturnCode;

/**
 * The JSON form of an {@link AlertEvent}, written field by field so that it needs no reflection
 * (native-image friendly) and its shape is explicit:
 * {@code {"id","code","returnCode","gtin","serial","batch","expiry","location","actor","role","mah",
 * "source","raisedAt","details":{...}}}, times as ISO-8601 instants.
 */
public final class AlertEventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private AlertEventJson() {
    }

    public static String write(AlertEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", event.id().toString());
        node.put("code", event.code().name());
        node.put("returnCode", event.returnCode() == null ? null : event.returnCode().name());
        node.put("gtin", event.gtin());
        node.put("serial", event.serial());
        node.put("batch", event.batch());
        node.put("expiry", event.expiry());
        node.put("location", event.location());
        node.put("actor", event.actor());
        node.put("role", event.role());
        node.put("mah", event.mah());
        node.put("source", event.source().name());
        node.put("raisedAt", event.raisedAt().toString());
        node.set("details", MAPPER.valueToTree(event.details()));
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alert event cannot be written as JSON", e);
        }
    }

    /** Reads an alert event; any malformed input fails with {@link MalformedAlertException} saying why. */
    public static AlertEvent read(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedAlertException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new MalformedAlertException("not a JSON object");
        }
        try {
            JsonNode details = node.get("details");
            @SuppressWarnings("unchecked")
            Map<String, Object> detailMap = details == null || details.isNull()
                    ? Map.of()
                    : MAPPER.convertValue(details, Map.class);
            String returnCode = text(node, "returnCode", false);
            return new AlertEvent(
                    UUID.fromString(text(node, "id", true)),
                    AlertCode.valueOf(text(node, "code", true)),
                    returnCode == null ? null : ReturnCode.valueOf(returnCode),
                    text(node, "gtin", true),
                    text(node, "serial", false),
                    text(node, "batch", false),
                    text(node, "expiry", false),
                    text(node, "location", false),
                    text(node, "actor", false),
                    text(node, "role", false),
                    text(node, "mah", false),
                    AlertSource.valueOf(text(node, "source", true)),
                    Instant.parse(text(node, "raisedAt", true)),
                    detailMap);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedAlertException(e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new MalformedAlertException("field '" + field + "' is missing");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new MalformedAlertException("field '" + field + "' must be a string");
        }
        return value.asText();
    }

    /** An alert event that cannot be read. */
    public static final class MalformedAlertException extends IllegalArgumentException {
        public MalformedAlertException(String message) {
            super("malformed alert event: " + message);
        }
    }
}
