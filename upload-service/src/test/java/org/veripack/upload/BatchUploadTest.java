package org.veripack.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.rules.PackStatus;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class BatchUploadTest {

    @Inject
    UploadFixtures fixtures;

    private final String mah = TestData.mah();
    private final String gtin = TestData.gtin();

    @BeforeEach
    void registerProduct() {
        fixtures.registerProduct(mah, gtin);
    }

    @Test
    void jsonUploadLandsInPostgresAndRedis() {
        List<String> serials = List.of("A/1", "B%2", "C?3", "d\"4", "x&y=z", "abc", "ABC");
        Response accepted = fixtures.uploadJson(mah, gtin, "L/1%", "300630", serials, null);
        accepted.then().statusCode(202).body("status", equalTo("COMPLETED")).header("Location", containsString("/api/v1/uploads/"));
        String uploadId = accepted.jsonPath().getString("uploadId");
        assertThat(accepted.header("Location")).endsWith(uploadId);

        given().auth().oauth2(TestTokens.manufacturer(mah)).when().get("/api/v1/uploads/" + uploadId)
                .then().statusCode(200)
                .body("status", equalTo("COMPLETED")).body("received", equalTo(7)).body("accepted", equalTo(7))
                .body("duplicates", equalTo(0)).body("invalid", equalTo(0)).body("gtin", equalTo(gtin))
                .body("batch", equalTo("L/1%"));
        assertThat(fixtures.packCount(gtin)).isEqualTo(7);
        assertThat(fixtures.count("SELECT count(*) FROM registry.pack WHERE gtin = ? AND status = 'ACTIVE' AND batch = 'L/1%'", gtin)).isEqualTo(7);
        for (String serial : serials) {
            CachedPack cached = fixtures.cachedPack(gtin, serial);
            assertThat(cached).as(serial).isNotNull();
            assertThat(cached.status()).isEqualTo(PackStatus.ACTIVE);
            assertThat(cached.version()).isZero();
            assertThat(cached.batchOrdinal()).isEqualTo(1);
        }
        assertThat(fixtures.cachedMeta(gtin, "o:1")).isEqualTo("A|300630|L/1%");
        assertThat(fixtures.cachedMeta(gtin, "b:L/1%")).isEqualTo("1");
    }

    @Test
    void csvUploadWithInvalidAndRepeatedLines() {
        String body = "S-1\nS-2\nbad serial\nS-1\n" + "X".repeat(21) + "\nS-3\nS-2\n";
        Response accepted = given().auth().oauth2(TestTokens.manufacturer(mah)).contentType("text/csv").body(body)
                .queryParam("gtin", gtin).queryParam("batch", "B7").queryParam("expiry", "291200")
                .when().post("/api/v1/batches");
        accepted.then().statusCode(202).body("status", equalTo("COMPLETED"));
        given().auth().oauth2(TestTokens.manufacturer(mah)).when().get("/api/v1/uploads/" + accepted.jsonPath().getString("uploadId"))
                .then().statusCode(200)
                .body("received", equalTo(7)).body("accepted", equalTo(3)).body("invalid", equalTo(4))
                .body("errors.line", equalTo(List.of(3, 4, 5, 7)))
                .body("errors[0].reason", containsString("set 82"))
                .body("errors[1].reason", containsString("repeated in this upload (first at line 1)"))
                .body("errors[2].reason", containsString("at most 20"))
                .body("errors[3].serial", equalTo("S-2"));
        assertThat(fixtures.packCount(gtin)).isEqualTo(3);
    }

    @Test
    void aPastExpiryIsValid() {
        fixtures.uploadJson(mah, gtin, "OLD", "200100", List.of("P1"), null).then().statusCode(202);
    }

    @Test
    void requestsWrongAsAWholeAreRefusedBefore202AndStoreNothing() {
        String otherGtin = TestData.gtin();
        expectRefusal(fixtures.uploadJson(mah, otherGtin, "L1", "300630", List.of("S1"), null), 404, "product-not-found");
        String foreign = TestData.gtin();
        fixtures.registerProduct(TestData.mah(), foreign);
        expectRefusal(fixtures.uploadJson(mah, foreign, "L1", "300630", List.of("S1"), null), 404, "product-not-found");
        expectRefusal(fixtures.uploadJson(mah, gtin, "L1", "300230", List.of("S1"), null), 400, "invalid-identifier");
        expectRefusal(fixtures.uploadJson(mah, gtin, "L1", "301330", List.of("S1"), null), 400, "invalid-identifier");
        expectRefusal(fixtures.uploadJson(mah, gtin, "bad batch", "300630", List.of("S1"), null), 400, "invalid-identifier");
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON)
                .body(Map.of("gtin", gtin, "serials", List.of("S1"))).when().post("/api/v1/batches")
                .then().statusCode(400).body("detail", containsString("\"batch\""));
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON)
                .body("{\"gtin\":\"" + gtin + "\",\"serials\":[\"S1\",").when().post("/api/v1/batches")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType("text/csv").body("S1\n")
                .when().post("/api/v1/batches").then().statusCode(400).body("detail", containsString("query parameters"));
        given().auth().oauth2(TestTokens.pharmacy(TestData.gln())).contentType(ContentType.JSON)
                .body(Map.of("gtin", gtin, "batch", "L1", "expiry", "300630", "serials", List.of("S1")))
                .when().post("/api/v1/batches").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("serials", List.of("S1"))).when().post("/api/v1/batches")
                .then().statusCode(401);
        assertThat(fixtures.packCount(gtin)).isZero();
        assertThat(fixtures.packCount(foreign)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM registry.upload WHERE mah_id = ?", mah)).isZero();
    }

    @Test
    void anotherMahCannotSeeTheUpload() {
        String uploadId = fixtures.uploadJson(mah, gtin, "L1", "300630", List.of("S1"), null).jsonPath().getString("uploadId");
        given().auth().oauth2(TestTokens.manufacturer(TestData.mah())).when().get("/api/v1/uploads/" + uploadId)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.manufacturer(mah)).when().get("/api/v1/uploads/not-a-uuid").then().statusCode(404);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/uploads/" + uploadId).then().statusCode(200);
        given().auth().oauth2(TestTokens.pharmacy(TestData.gln())).when().get("/api/v1/uploads/" + uploadId).then().statusCode(403);
    }

    @Test
    void aBodyOverTheLimitGets413() throws Exception {
        // A raw request that announces 65 MB: the service answers 413 from the headers, before any line is read.
        String path = "/api/v1/batches?gtin=" + gtin + "&batch=BIG&expiry=300630";
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + TestTokens.manufacturer(mah) + "\r\nContent-Type: text/csv\r\nContent-Length: "
                    + (65L * 1024 * 1024) + "\r\n\r\nS1\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();
            assertThat(status).startsWith("HTTP/1.1 413");
        }
        assertThat(fixtures.packCount(gtin)).isZero();
    }

    @Test
    void moreSerialsForAnExistingBatchNeedItsExpiry() {
        fixtures.uploadJson(mah, gtin, "L1", "300630", List.of("S1"), null).then().statusCode(202);
        expectRefusal(fixtures.uploadJson(mah, gtin, "L1", "300600", List.of("S2"), null), 409, "expiry-mismatch");
        fixtures.uploadJson(mah, gtin, "L1", "300630", List.of("S2"), null).then().statusCode(202);
        assertThat(fixtures.packCount(gtin)).isEqualTo(2);
    }

    private static void expectRefusal(Response response, int status, String slug) {
        response.then().statusCode(status).contentType("application/problem+json")
                .body("type", endsWith(slug)).body("status", equalTo(status));
    }
}
