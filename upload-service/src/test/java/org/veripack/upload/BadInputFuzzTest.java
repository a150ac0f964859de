package org.veripack.upload;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;
import org.veripack.testsupport.fuzz.BadInputFuzzer;
import org.veripack.testsupport.fuzz.Seed;

/**
 * Invariant 8 for every endpoint of upload-service: mutated bodies (JSON and CSV), paths, queries, headers and
 * methods get a 4xx problem (never a 5xx, never an empty answer) and change nothing. See docs/fuzzing.md.
 */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class BadInputFuzzTest {

    @Inject
    UploadFixtures fixtures;

    @Test
    void badInputGetsAProblemAndChangesNothing() throws Exception {
        fuzzer().assertRefusesBadInput("upload-service");
    }

    private BadInputFuzzer fuzzer() {
        String mah = TestData.mah();
        String gtin = TestData.gtin();
        fixtures.registerProduct(mah, gtin);
        String uploadId = fixtures.uploadJson(mah, gtin, "L1", "300630", List.of("S1", "S2"), null)
                .then().statusCode(202).extract().path("uploadId");
        String owner = TestTokens.manufacturer(mah);
        String partner = TestData.gln();
        List<Seed> seeds = List.of(
                Seed.get("/api/v1/me", owner),
                Seed.json("PUT", "/api/v1/products/" + gtin, owner, "{\"name\":\"Fuzzed\",\"markets\":[\"DE\",\"FR\"]}"),
                Seed.get("/api/v1/products/" + gtin, owner),
                Seed.json("POST", "/api/v1/products/" + gtin + "/withdraw", owner, "{\"reason\":\"quality defect\"}"),
                Seed.json("POST", "/api/v1/batches", owner,
                        "{\"gtin\":\"" + gtin + "\",\"batch\":\"L2\",\"expiry\":\"300630\",\"serials\":[\"A1\",\"A2\"]}"),
                Seed.text("POST", "/api/v1/batches?gtin=" + gtin + "&batch=L3&expiry=300630", owner, "text/csv", "C1\nC2\nC3\n"),
                Seed.get("/api/v1/uploads/" + uploadId, owner),
                Seed.json("POST", "/api/v1/batches/" + gtin + "/L1/recall", owner, "{\"reason\":\"contamination\"}"),
                Seed.json("PUT", "/api/v1/trading-partners/" + partner, TestTokens.admin(),
                        "{\"name\":\"Acme\",\"status\":\"AUTHORIZED\",\"reason\":\"ATP credential checked\"}"),
                Seed.get("/api/v1/trading-partners/" + partner, TestTokens.admin()),
                Seed.get("/api/v1/trading-partners/" + partner + "/history", TestTokens.admin()),
                Seed.json("PUT", "/api/v1/dscsa/policy", owner, "{\"recalled\":\"VERIFIED\",\"expired\":\"NOT_VERIFIED\"}"),
                Seed.get("/api/v1/dscsa/policy", owner));
        List<String> otherTokens = List.of(TestTokens.manufacturer(TestData.mah()), TestTokens.pharmacy(TestData.gln()),
                TestTokens.surveillance(), TestTokens.admin(), TestTokens.expired(), TestTokens.withGroups("nobody"));
        return new BadInputFuzzer(seeds, otherTokens, (request, status) -> false);
    }
}
