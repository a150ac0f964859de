package org.veripack.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class LargeUploadTest {

    private static final int SERIALS = 200_000;

    @Inject
    UploadFixtures fixtures;

    @Test
    void twoHundredThousandSerialsAreCountedInPostgresAndInRedis() {
        String mah = TestData.mah();
        String gtin = TestData.gtin();
        fixtures.registerProduct(mah, gtin);
        StringBuilder csv = new StringBuilder(SERIALS * 12);
        for (int i = 0; i < SERIALS; i++) {
            csv.append("SN").append(Integer.toString(i, 36).toUpperCase()).append('\n');
        }
        long started = System.nanoTime();
        String uploadId = given().auth().oauth2(TestTokens.manufacturer(mah)).contentType("text/csv").body(csv.toString())
                .queryParam("gtin", gtin).queryParam("batch", "BIG").queryParam("expiry", "301231")
                .when().post("/api/v1/batches")
                .then().statusCode(202).body("status", equalTo("COMPLETED")).extract().path("uploadId");
        System.out.printf("upload of %d serials: %d ms to COMPLETED%n", SERIALS, (System.nanoTime() - started) / 1_000_000);
        fixtures.uploadReport(mah, uploadId).body("received", equalTo(SERIALS)).body("accepted", equalTo(SERIALS))
                .body("invalid", equalTo(0)).body("duplicates", equalTo(0));
        assertThat(fixtures.packCount(gtin)).isEqualTo(SERIALS);
        assertThat(fixtures.cachedPackCount(gtin)).isEqualTo(SERIALS);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("veripack_upload_serials_total{outcome=\"accepted\"}"))
                .body(org.hamcrest.Matchers.containsString("veripack_upload_processing_seconds_count"))
                .body(org.hamcrest.Matchers.containsString("veripack_upload_uploads_total{status=\"COMPLETED\"}"));
    }
}
