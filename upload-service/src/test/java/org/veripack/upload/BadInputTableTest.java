package org.veripack.upload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.veripack.testsupport.fuzz.BadInputCases.request;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;
import org.veripack.testsupport.fuzz.BadInputCases;
import org.veripack.testsupport.fuzz.RawHttpClient;

/**
 * The bad requests an earlier fuzz run answered with 5xx or an empty 4xx, one by one: each is a problem that says
 * what was wrong, and nothing changes; a serial holding NUL is an invalid line of its upload, not a failed upload.
 */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class BadInputTableTest {

    @Inject
    UploadFixtures fixtures;

    private final String mah = TestData.mah();
    private final String gtin = TestData.gtin();

    private BadInputCases cases() {
        fixtures.registerProduct(mah, gtin);
        fixtures.uploadJson(mah, gtin, "L1", "300630", List.of("S1"), null).then().statusCode(202);
        return new BadInputCases();
    }

    @Test
    void pathsQueriesAndContentTypes() throws Exception {
        BadInputCases cases = cases();
        String owner = TestTokens.manufacturer(mah);
        cases.refused(request("POST", "/api/v1/products/%zz/withdraw", owner, "application/json", "{\"reason\":\"x\"}"),
                400, "two hexadecimal digits");
        cases.refused(request("GET", "/api/v1/products/" + "9".repeat(5_000), owner, null, (String) null), 400, "GTIN");
        cases.refused(request("POST", "/api/v1/batches/" + gtin + "/L1%00/recall", owner, "application/json", "{\"reason\":\"x\"}"),
                400, "%00");
        for (String type : List.of("a/b/c", "application/", "application/json, text/csv")) {
            cases.refused(request("POST", "/api/v1/batches", owner, type, "{}"), 415, "Content-Type");
        }
    }

    @Test
    void textPostgresqlCannotStore() throws Exception {
        BadInputCases cases = cases();
        String owner = TestTokens.manufacturer(mah);
        cases.refused(request("PUT", "/api/v1/products/" + gtin, owner, "application/json",
                "{\"name\":\"a\\u0000b\",\"markets\":[\"DE\"]}"), 400, "U+0000");
        cases.refused(request("POST", "/api/v1/products/" + gtin + "/withdraw", owner, "application/json",
                "{\"reason\":\"a\\u0000b\"}"), 400, "U+0000");
        cases.refused(request("POST", "/api/v1/batches/" + gtin + "/L1/recall", owner, "application/json",
                "{\"reason\":\"a\\u0000b\"}"), 400, "U+0000");
        cases.refused(request("POST", "/api/v1/batches", owner, "application/json",
                "{\"gtin\":\"" + gtin + "\",\"batch\":\"\\u0000\",\"expiry\":\"300630\",\"serials\":[\"A1\"]}"), 400, "batch");
    }

    @Test
    void aSerialWithNulIsAnInvalidLineOfItsUpload() throws Exception {
        BadInputCases cases = cases();
        String owner = TestTokens.manufacturer(mah);
        RawHttpClient.Answer json = cases.send(request("POST", "/api/v1/batches", owner, "application/json",
                "{\"gtin\":\"" + gtin + "\",\"batch\":\"L2\",\"expiry\":\"300630\",\"serials\":[\"A1\",\"A\\u00002\",\"A3\"]}"));
        org.assertj.core.api.Assertions.assertThat(json.status()).as(json.text()).isEqualTo(202);
        String jsonUpload = io.restassured.path.json.JsonPath.from(json.text()).getString("uploadId");
        fixtures.uploadReport(mah, jsonUpload).body("accepted", equalTo(2)).body("invalid", equalTo(1))
                .body("errors[0].line", equalTo(2));

        RawHttpClient.Answer csv = cases.send(request("POST", "/api/v1/batches?gtin=" + gtin + "&batch=L3&expiry=300630",
                owner, "text/csv", "C1\nC\u00002\nC3\n"));
        org.assertj.core.api.Assertions.assertThat(csv.status()).as(csv.text()).isEqualTo(202);
        String csvUpload = io.restassured.path.json.JsonPath.from(csv.text()).getString("uploadId");
        fixtures.uploadReport(mah, csvUpload).body("accepted", equalTo(2)).body("invalid", equalTo(1))
                .body("errors[0].line", equalTo(2));
        given().auth().oauth2(owner).when().get("/api/v1/products/" + gtin).then().statusCode(200)
                .body("gtin", containsString(gtin));
    }
}
