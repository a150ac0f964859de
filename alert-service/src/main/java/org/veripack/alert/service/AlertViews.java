package org.veripack.alert.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.veripack.alert.repository.AlertChangeRow;
import org.veripack.alert.repository.AlertRow;

/** Alert rows and their history as the API shows them. */
@ApplicationScoped
public class AlertViews {

    private final ObjectMapper json;

    public AlertViews(ObjectMapper json) {
        this.json = json;
    }

    public List<AlertView> of(List<AlertRow> alerts, List<AlertChangeRow> changes) {
        Map<UUID, List<AlertChangeRow>> byAlert = changes.stream().collect(Collectors.groupingBy(AlertChangeRow::alertId));
        return alerts.stream().map(alert -> of(alert, byAlert.getOrDefault(alert.id(), List.of()))).toList();
    }

    public AlertView of(AlertRow alert, List<AlertChangeRow> changes) {
        List<AlertView.Change> history = changes.stream().map(change -> new AlertView.Change(change.from(), change.to(),
                change.by(), change.at(), change.reason(), change.closeReason())).toList();
        return new AlertView(alert.id().toString(), alert.code(), alert.returnCode(), alert.gtin(), alert.serial(),
                alert.batch(), alert.expiry(), alert.location(), alert.actor(), alert.mah(), alert.source(),
                alert.raisedAt(), alert.storedAt(), alert.status(), details(alert.details()), history);
    }

    private JsonNode details(String text) {
        try {
            return text == null ? json.createObjectNode() : json.readTree(text);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}
