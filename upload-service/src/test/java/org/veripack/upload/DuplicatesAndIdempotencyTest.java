package org.veripack.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertEventJson;
import org.veripack.core.alert.AlertIds;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.alert.AlertStream;
import org.veripack.core.rules.AlertCode;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.VeripackTestResource;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class DuplicatesAndIdempotencyTest {

    @Inject
    UploadFixtures fixtures;

    @Inject
    RedisDataSource redis;

    private final String mah = TestData.mah();
    private final String gtin = TestData.gtin();

    @BeforeEach
    void registerProduct() {
        fixtures.registerProduct(mah, gtin);
    }

    @Test
    void serialsAlreadyRegisteredAreDuplicatesWithOneU1AlertInTheOutboxAndOnTheStream() throws Exception {
        fixtures.uploadJson(mah, gtin, "L1", "300630", List.of("S1", "S2", "S3"), null).then().statusCode(202);
        String second = fixtures.uploadJson(mah, gtin, "L2", "310630", List.of("S2", "S3", "S4"), null)
                .then().statusCode(202).extract().path("uploadId");

        fixtures.uploadReport(mah, second).body("accepted", equalTo(1)).body("duplicates", equalTo(2));
        assertThat(fixtures.count("SELECT count(*) FROM registry.pack WHERE gtin = ? AND serial = 'S2' AND batch = 'L1'", gtin))
                .as("a duplicate is not inserted").isEqualTo(1);

        UUID alertId = AlertIds.forUpload(UUID.fromString(second));
        List<List<String>> outbox = fixtures.rows("SELECT code, source, payload::text FROM registry.alert_outbox WHERE id = ?", alertId);
        assertThat(outbox).hasSize(1);
        assertThat(outbox.get(0).subList(0, 2)).containsExactly("U1", "UPLOAD");
        AlertEvent event = AlertEventJson.read(outbox.get(0).get(2));
        assertThat(event.code()).isEqualTo(AlertCode.U1);
        assertThat(event.gtin()).isEqualTo(gtin);
        assertThat(event.batch()).isEqualTo("L2");
        assertThat(event.mah()).isEqualTo(mah);
        assertThat(event.source()).isEqualTo(AlertSource.UPLOAD);
        assertThat(event.details()).containsEntry("duplicateCount", 2).containsEntry("duplicates", List.of("S2", "S3"))
                .containsEntry("uploadId", second);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> onStream(alertId) != null);
        JsonNode entry = new ObjectMapper().readTree(onStream(alertId));
        assertThat(entry.get("code").asText()).isEqualTo("U1");
        assertThat(fixtures.count("SELECT count(*) FROM registry.alert_outbox WHERE id = ? AND relayed_at IS NOT NULL", alertId))
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithTheSameContentReturnsTheFirstUploadAndRaisesNothingNew() {
        fixtures.uploadJson(mah, gtin, "L1", "300630", List.of("S1"), null).then().statusCode(202);
        List<String> serials = List.of("S1", "S9");
        String first = fixtures.uploadJson(mah, gtin, "L1", "300630", serials, "key-1").then().statusCode(202)
                .extract().path("uploadId");
        String again = fixtures.uploadJson(mah, gtin, "L1", "300630", serials, "key-1").then().statusCode(202)
                .body("status", equalTo("COMPLETED")).extract().path("uploadId");
        assertThat(again).isEqualTo(first);
        assertThat(fixtures.count("SELECT count(*) FROM registry.upload WHERE mah_id = ?", mah)).isEqualTo(2);
        assertThat(fixtures.count("SELECT count(*) FROM registry.alert_outbox WHERE gtin = ?", gtin)).isEqualTo(1);
        fixtures.uploadReport(mah, first).body("duplicates", equalTo(1)).body("accepted", equalTo(1));
    }

    @Test
    void theSameKeyWithOtherContentGets409() {
        fixtures.uploadJson(mah, gtin, "L1", "300630", List.of("S1"), "key-2").then().statusCode(202);
        fixtures.uploadJson(mah, gtin, "L1", "300630", List.of("S1", "S2"), "key-2").then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("idempotency-key-reused"));
        assertThat(fixtures.packCount(gtin)).isEqualTo(1);
    }

    private String onStream(UUID alertId) {
        List<StreamMessage<String, String, String>> entries = redis.stream(String.class).xrange(AlertStream.STREAM_KEY,
                io.quarkus.redis.datasource.stream.StreamRange.of("-", "+"));
        return entries.stream().filter(m -> alertId.toString().equals(m.payload().get(AlertStream.FIELD_ID)))
                .map(m -> m.payload().get(AlertStream.FIELD_EVENT)).findFirst().orElse(null);
    }
}
