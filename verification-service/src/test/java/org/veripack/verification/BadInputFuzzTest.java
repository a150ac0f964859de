package org.veripack.verification;

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
import org.veripack.verification.dscsa.DscsaFixtures;

/**
 * Invariant 8 for every endpoint of verification-service: mutated bodies, paths, queries, headers and methods get a
 * 4xx problem (never a 5xx, never an empty answer) and change nothing. See docs/fuzzing.md.
 */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class BadInputFuzzTest {

    @Inject
    RegistryFixtures registry;

    @Inject
    DscsaFixtures dscsa;

    @Test
    void badInputGetsAProblemAndChangesNothing() throws Exception {
        fuzzer().assertRefusesBadInput("verification-service");
    }

    private BadInputFuzzer fuzzer() {
        String gtin = registry.product("S1", "S2", "S3");
        String mah = registry.mahOf(gtin);
        String pharmacy = TestTokens.pharmacy(TestData.gln());
        String owner = TestTokens.manufacturer(mah);
        String partner = dscsa.partner("AUTHORIZED");
        dscsa.refreshPartners();
        String pack = "{\"gtin\":\"" + gtin + "\",\"serial\":\"S1\",\"batch\":\"L1\",\"expiry\":\"300630\"}";
        String decommission = "{\"gtin\":\"" + gtin + "\",\"serial\":\"S2\",\"batch\":\"L1\",\"expiry\":\"300630\","
                + "\"state\":\"SUPPLIED\",\"txId\":\"tx-1\"}";
        String undo = "{\"gtin\":\"" + gtin + "\",\"serial\":\"S2\",\"batch\":\"L1\",\"expiry\":\"300630\",\"state\":\"SUPPLIED\"}";
        String bulk = "{\"operation\":\"VERIFY\",\"packs\":[" + pack + "]}";
        List<Seed> seeds = List.of(
                Seed.get("/api/v1/me", pharmacy),
                Seed.json("POST", "/api/v1/packs/verify", pharmacy, pack),
                Seed.json("POST", "/api/v1/packs/decommission", pharmacy, decommission),
                Seed.json("POST", "/api/v1/packs/undo", pharmacy, undo),
                Seed.json("POST", "/api/v1/packs/bulk", pharmacy, bulk),
                Seed.get("/api/v1/packs/" + gtin + "/S1/history", owner),
                Seed.get("/api/v1/packs/" + gtin + "/S1/operations?page=0&size=20", TestTokens.surveillance()),
                Seed.json("PUT", "/api/v1/packs/" + gtin + "/S3/quarantine", TestTokens.surveillance(),
                        "{\"level\":\"SUSPECT\",\"reason\":\"seen twice\"}"),
                Seed.json("POST", "/api/v1/packs/" + gtin + "/S3/quarantine/release", owner, "{\"reason\":\"genuine\"}"),
                Seed.get("/api/v1/dscsa/requests?gtin=" + gtin + "&page=0&size=20", TestTokens.admin()),
                Seed.get("/dscsa/checkConnectivity", TestTokens.requester(partner)),
                Seed.get(DscsaFixtures.path(gtin, "L1", "S1") + "?exp=300630&linkType=verificationService"
                        + "&context=dscsaSaleableReturn&reqGLN=" + partner, TestTokens.requester(partner)));
        List<String> otherTokens = List.of(TestTokens.wholesaler(TestData.gln()), TestTokens.manufacturer(TestData.mah()),
                TestTokens.requester(TestData.gln()), TestTokens.admin(), TestTokens.expired(), TestTokens.withGroups("nobody"));
        return new BadInputFuzzer(seeds, otherTokens, BadInputFuzzTest::recordedRefusal);
    }

    /**
     * A pack operation refused with an NMVS code (404, 409) is still an operation the regulation records (an
     * operation record, perhaps an alert), and the DSCSA responder logs every request it answers.
     */
    private static boolean recordedRefusal(org.veripack.testsupport.fuzz.FuzzRequest request, int status) {
        String target = request.target();
        return target.startsWith("/dscsa/verify")
                || (status == 404 || status == 409) && target.startsWith("/api/v1/packs/");
    }
}
