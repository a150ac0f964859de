package org.veripack.verification;

import static org.veripack.testsupport.fuzz.BadInputCases.request;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;
import org.veripack.testsupport.fuzz.BadInputCases;

/**
 * The bad requests an earlier fuzz run answered with 5xx or an empty 4xx, one by one: each is a problem that says
 * what was wrong, and nothing changes (no operation record, no alert, no cache entry).
 */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class BadInputTableTest {

    @Inject
    RegistryFixtures registry;

    @Test
    void mistypedAndMalformedJson() throws Exception {
        String gtin = registry.product("S1");
        String pharmacy = TestTokens.pharmacy(TestData.gln());
        BadInputCases cases = new BadInputCases();
        cases.refused(request("POST", "/api/v1/packs/verify", pharmacy, "application/json",
                "{\"gtin\":[\"x\"],\"serial\":\"S1\"}"), 400, "field 'gtin' has the wrong type");
        cases.refused(request("POST", "/api/v1/packs/verify", pharmacy, "application/json", "\"abc\""), 400, "JSON");
        cases.refused(request("POST", "/api/v1/packs/verify", pharmacy, "application/json", "{not json"), 400,
                "(line 1, column 2)");
        cases.refused(request("POST", "/api/v1/packs/decommission", pharmacy, "application/json",
                "{\"gtin\":\"" + gtin + "\",\"serial\":\"S1\",\"batch\":\"L1\",\"expiry\":\"300630\",\"state\":\"SUPPLIED\","
                        + "\"txId\":\"a\\u0000b\"}"), 400, "field 'txId'");
    }

    @Test
    void pathsAndLimits() throws Exception {
        String gtin = registry.product("S1");
        String pharmacy = TestTokens.pharmacy(TestData.gln());
        BadInputCases cases = new BadInputCases();
        cases.refused(request("GET", "/api/v1/packs/" + gtin + "/S%001/history", TestTokens.admin(), null, (String) null),
                400, "%00");
        cases.refused(request("GET", "/api/v1/packs/" + gtin + "/" + "S".repeat(5_000) + "/history", TestTokens.admin(), null,
                (String) null), 400, "serial");
        // a raw ';' would start matrix parameters and silently name another pack; %25 after it once failed a filter
        cases.refused(request("GET", "/api/v1/packs/" + gtin + "/S1;x=y/history", TestTokens.admin(), null, (String) null),
                400, "%3B");
        cases.refused(request("GET", "/api/v1/packs/" + gtin + "a;b=c/%25/history", TestTokens.admin(), null, (String) null),
                400, "%3B");
        // an 11 MiB body announced: refused on its Content-Length before a byte of it is read
        cases.refused(request("POST", "/api/v1/packs/verify", pharmacy, "application/json", (String) null)
                .withHeader("Content-Length", String.valueOf(11 * 1024 * 1024)), 413, "at most");
        cases.refused(request("POST", "/api/v1/packs/verify", pharmacy, "a/b/c", "{}"), 415, "Content-Type");
    }
}
