package org.veripack.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;
import org.veripack.upload.stream.UploadRecovery;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class RecallAndRecoveryTest {

    @Inject
    UploadFixtures fixtures;

    @Inject
    UploadRecovery recovery;

    private final String mah = TestData.mah();
    private final String gtin = TestData.gtin();

    @BeforeEach
    void registerProduct() {
        fixtures.registerProduct(mah, gtin);
    }

    @Test
    void aRecallIsOnceForGoodAndInTheCacheAtOnce() {
        fixtures.uploadJson(mah, gtin, "L/7?%", "300630", List.of("S1", "S2"), null).then().statusCode(202);
        String path = "/api/v1/batches/" + gtin + "/L%2F7%3F%25/recall";
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON).body(Map.of())
                .when().post(path).then().statusCode(400).body("detail", containsString("reason"));
        given().auth().oauth2(TestTokens.manufacturer(TestData.mah())).contentType(ContentType.JSON)
                .body(Map.of("reason", "contamination")).when().post(path).then().statusCode(404);
        given().auth().oauth2(TestTokens.pharmacy(TestData.gln())).contentType(ContentType.JSON)
                .body(Map.of("reason", "contamination")).when().post(path).then().statusCode(403);
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON)
                .body(Map.of("reason", "contamination")).when().post("/api/v1/batches/" + gtin + "/NOPE/recall")
                .then().statusCode(404).body("type", endsWith("batch-not-found"));
        assertThat(fixtures.cachedMeta(gtin, "o:1")).startsWith("A|");

        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON)
                .body(Map.of("reason", "contamination")).urlEncodingEnabled(false)
                .when().post(path)
                .then().statusCode(200).body("status", equalTo("RECALLED")).body("batch", equalTo("L/7?%"));
        assertThat(fixtures.cachedMeta(gtin, "o:1")).isEqualTo("R|300630|L/7?%");
        assertThat(fixtures.count("SELECT count(*) FROM registry.batch WHERE gtin = ? AND status = 'RECALLED'", gtin)).isEqualTo(1);

        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON)
                .body(Map.of("reason", "again")).urlEncodingEnabled(false)
                .when().post(path).then().statusCode(409).body("type", endsWith("batch-recalled"));
        fixtures.uploadJson(mah, gtin, "L/7?%", "300630", List.of("S3"), null).then().statusCode(409)
                .body("type", endsWith("batch-recalled"));
    }

    @Test
    void anInterruptedUploadBecomesFailedAndCompletesWhenSentAgainWithoutNewDuplicates() {
        List<String> serials = TestData.serials("R", 1000);
        String uploadId = fixtures.uploadJson(mah, gtin, "L1", "300630", serials, "resume-key").then().statusCode(202)
                .extract().path("uploadId");
        // Turn it into what a crash after the first half leaves: PROCESSING, no beat for a while, half the packs.
        UUID id = UUID.fromString(uploadId);
        fixtures.execute("UPDATE registry.upload SET status = 'PROCESSING', received = 0, accepted = 0, "
                + "heartbeat_at = now() - interval '1 hour', completed_at = NULL WHERE id = ?", id);
        fixtures.execute("DELETE FROM registry.pack WHERE gtin = ? AND serial >= 'R5'", gtin);
        long left = fixtures.packCount(gtin);
        assertThat(left).isBetween(1L, 999L);

        assertThat(recovery.failStaleUploads()).isGreaterThanOrEqualTo(1);
        fixtures.uploadReport(mah, uploadId).body("status", equalTo("FAILED")).body("failureReason", containsString("interrupted"));

        String again = fixtures.uploadJson(mah, gtin, "L1", "300630", serials, "resume-key").then().statusCode(202)
                .body("status", equalTo("COMPLETED")).extract().path("uploadId");
        assertThat(again).isEqualTo(uploadId);
        fixtures.uploadReport(mah, uploadId).body("accepted", equalTo(1000)).body("duplicates", equalTo(0))
                .body("received", equalTo(1000));
        assertThat(fixtures.packCount(gtin)).isEqualTo(1000);
        assertThat(fixtures.count("SELECT count(*) FROM registry.alert_outbox WHERE gtin = ?", gtin)).isZero();
        assertThat(fixtures.count("SELECT attempts FROM registry.upload WHERE id = ?", id)).isEqualTo(2);
    }

    @Test
    void aFreshUploadInProgressIsNotFailed() {
        String uploadId = fixtures.uploadJson(mah, gtin, "L1", "300630", List.of("S1"), null).then().statusCode(202)
                .extract().path("uploadId");
        fixtures.execute("UPDATE registry.upload SET status = 'PROCESSING', heartbeat_at = now() WHERE id = ?", UUID.fromString(uploadId));
        recovery.failStaleUploads();
        fixtures.uploadReport(mah, uploadId).body("status", equalTo("PROCESSING"));
        fixtures.execute("UPDATE registry.upload SET status = 'COMPLETED' WHERE id = ?", UUID.fromString(uploadId));
    }
}
