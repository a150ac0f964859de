package org.veripack.core.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veripack.core.rules.AlertCode;
import org.veripack.core.rules.ReturnCode;

class AlertEventJsonTest {

    private static final AlertEvent EVENT = new AlertEvent(UUID.fromString("1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
            AlertCode.A24, ReturnCode.NMVS_NC_PCK_22, "09506000134352", "S/1%?", "L1", "270630", "4012345000009",
            "pos-1", "pharmacy", "MAH-1", AlertSource.DECOMMISSION, Instant.parse("2026-11-24T12:00:00.123456Z"),
            Map.of("requestedState", "SUPPLIED", "previousLocation", "4098765000003"));

    @Test
    void writesEveryFieldAndReadsItBack() {
        String json = AlertEventJson.write(EVENT);
        assertThat(json).contains("\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\"", "\"code\":\"A24\"",
                "\"returnCode\":\"NMVS_NC_PCK_22\"", "\"source\":\"DECOMMISSION\"",
                "\"raisedAt\":\"2026-11-24T12:00:00.123456Z\"", "\"mah\":\"MAH-1\"", "\"serial\":\"S/1%?\"");
        assertThat(AlertEventJson.read(json)).isEqualTo(EVENT);
    }

    @Test
    void uploadAlertWithoutLocationAndReturnCodeRoundTrips() {
        AlertEvent u1 = new AlertEvent(AlertIds.forUpload(UUID.randomUUID()), AlertCode.U1, null, "09506000134352",
                null, "L1", "270630", null, "erp", "manufacturer", "MAH-1", AlertSource.UPLOAD, Instant.now(),
                Map.of("duplicateCount", 2, "duplicates", List.of("A", "B")));
        assertThat(AlertEventJson.read(AlertEventJson.write(u1))).isEqualTo(u1);
    }

    @Test
    void malformedEventsFailWithTheirReason() {
        assertThatThrownBy(() -> AlertEventJson.read("{not json"))
                .isInstanceOf(AlertEventJson.MalformedAlertException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> AlertEventJson.read("[1]"))
                .isInstanceOf(AlertEventJson.MalformedAlertException.class).hasMessageContaining("not a JSON object");
        String noId = AlertEventJson.write(EVENT).replace("\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",", "");
        assertThatThrownBy(() -> AlertEventJson.read(noId)).hasMessageContaining("'id' is missing");
        String badCode = AlertEventJson.write(EVENT).replace("\"A24\"", "\"A99\"");
        assertThatThrownBy(() -> AlertEventJson.read(badCode)).isInstanceOf(AlertEventJson.MalformedAlertException.class);
        String badTime = AlertEventJson.write(EVENT).replace("2026-11-24T12:00:00.123456Z", "yesterday");
        assertThatThrownBy(() -> AlertEventJson.read(badTime)).isInstanceOf(AlertEventJson.MalformedAlertException.class);
    }

    @Test
    void alertIdsAreStablePerRequest() {
        UUID first = AlertIds.forRequest("4012345000009", "tx-1", AlertSource.DECOMMISSION, "09506000134352", "S1");
        assertThat(AlertIds.forRequest("4012345000009", "tx-1", AlertSource.DECOMMISSION, "09506000134352", "S1")).isEqualTo(first);
        assertThat(AlertIds.forRequest("4098765000003", "tx-1", AlertSource.DECOMMISSION, "09506000134352", "S1")).isNotEqualTo(first);
        assertThat(AlertIds.forRequest("4012345000009", "tx-2", AlertSource.DECOMMISSION, "09506000134352", "S1")).isNotEqualTo(first);
        UUID upload = UUID.randomUUID();
        assertThat(AlertIds.forUpload(upload)).isEqualTo(AlertIds.forUpload(upload));
    }
}
