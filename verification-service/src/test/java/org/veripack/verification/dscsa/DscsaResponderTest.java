package org.veripack.verification.dscsa;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.veripack.verification.dscsa.DscsaFixtures.EXP;
import static org.veripack.verification.dscsa.DscsaFixtures.LOT;
import static org.veripack.verification.dscsa.DscsaFixtures.ask;
import static org.veripack.verification.dscsa.DscsaFixtures.path;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;
import org.veripack.verification.RegistryFixtures;

/**
 * The responder's status codes exactly as the contract writes them (400 malformed, 401 unknown requester, 403 blocked
 * requester or another role, 404 unknown GTIN for the connectivity check), the GS1US-Version header on every answer,
 * the operation record of every request, and how fast a block takes effect.
 */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class DscsaResponderTest {

    @Inject
    RegistryFixtures registry;

    @Inject
    DscsaFixtures dscsa;

    private String partner;
    private String gtin;

    @BeforeEach
    void partnerAndPack() {
        partner = dscsa.partner("AUTHORIZED");
        dscsa.refreshPartners();
        gtin = registry.product("S1");
    }

    private Map<String, String> query() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("exp", EXP);
        query.put("linkType", "verificationService");
        query.put("context", "dscsaSaleableReturn");
        query.put("reqGLN", partner);
        return query;
    }

    private RequestSpecification asRequester(Map<String, String> query) {
        return given().auth().oauth2(TestTokens.requester(partner)).queryParams(query);
    }

    @Test
    void status200_echoesTheCorrUuidAndKeepsTheOptionalVrs13Parameters() {
        Map<String, String> query = query();
        query.put("corrUUID", "3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        query.put("ctrlPossessAtt", "true");
        query.put("email", "returns@wholesaler.example");
        query.put("telephone", "+1 (609) 555-0100");
        query.put("context", "dscsaExceptionVerification");
        asRequester(query).when().get(path(gtin, LOT, "S1")).then().statusCode(200)
                .header("GS1US-Version", "1.3.0").body("corrUUID", equalTo("3f2504e0-4f89-11d3-9a0c-0305e82c3301"))
                .body("data.verified", equalTo(true));
    }

    @Test
    void status400_forEachMalformedParameter_namingIt() {
        String[][] cases = {
                {"gtin", "/dscsa/verify/gtin/1234/lot/L1/ser/S1", null, null},
                {"gtin", "/dscsa/verify/gtin/" + wrongCheckDigit(gtin) + "/lot/L1/ser/S1", null, null},
                {"lot", "/dscsa/verify/gtin/" + gtin + "/lot/L~1/ser/S1", null, null},
                {"ser", "/dscsa/verify/gtin/" + gtin + "/lot/L1/ser/" + "S".repeat(21), null, null},
                {"exp", null, "exp", "301399"},
                {"exp", null, "exp", "30-06-30"},
                {"linkType", null, "linkType", "pip"},
                {"context", null, "context", "dscsasaleablereturn"},
                {"reqGLN", null, "reqGLN", "1234567890123"},
                {"corrUUID", null, "corrUUID", "not-a-uuid"},
                {"ctrlPossessAtt", null, "ctrlPossessAtt", "yes"},
                {"email", null, "email", "nobody"},
                {"telephone", null, "telephone", "call me"},
        };
        for (String[] bad : cases) {
            Map<String, String> query = query();
            if (bad[2] != null) {
                query.put(bad[2], bad[3]);
            }
            asRequester(query).when().get(bad[1] != null ? bad[1] : path(gtin, LOT, "S1")).then()
                    .statusCode(400).contentType("application/problem+json").header("GS1US-Version", "1.3.0")
                    .body("detail", containsString(bad[0]));
        }
        Map<String, String> missing = query();
        missing.remove("exp");
        asRequester(missing).when().get(path(gtin, LOT, "S1")).then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("exp"));
        assertThat(dscsaRecords()).isZero();
    }

    /** The GTIN with its check digit changed (appending a fixed digit was right one time in ten). */
    private static String wrongCheckDigit(String gtin) {
        int check = gtin.charAt(13) - '0';
        return gtin.substring(0, 13) + (check + 1) % 10;
    }

    @Test
    void status400_forAPercentEncodedSlashInALotThatIsNotInGs1Set82OrAnEncodedNul() {
        given().auth().oauth2(TestTokens.requester(partner)).queryParams(query()).urlEncodingEnabled(false)
                .when().get("/dscsa/verify/gtin/" + gtin + "/lot/L%5C1/ser/S1").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.requester(partner)).queryParams(query()).urlEncodingEnabled(false)
                .when().get("/dscsa/verify/gtin/" + gtin + "/lot/L%001/ser/S1").then().statusCode(400)
                .contentType("application/problem+json");
        // a slash is in GS1 set 82: percent-encoded, it is part of the lot (which then does not match)
        given().auth().oauth2(TestTokens.requester(partner)).queryParams(query()).urlEncodingEnabled(false)
                .when().get("/dscsa/verify/gtin/" + gtin + "/lot/L%2F1/ser/S1").then().statusCode(
                        org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(404)))
                .header("GS1US-Version", "1.3.0");
    }

    @Test
    void status401_forAReqGlnTheTradingPartnerRegistryDoesNotKnow() {
        Map<String, String> query = query();
        query.put("reqGLN", TestData.gln());
        asRequester(query).when().get(path(gtin, LOT, "S1")).then().statusCode(401)
                .contentType("application/problem+json").header("GS1US-Version", "1.3.0")
                .body("type", equalTo("urn:veripack:problem:requester-unknown"));
        given().queryParams(query()).when().get(path(gtin, LOT, "S1")).then().statusCode(401)
                .contentType("application/problem+json");
        assertThat(dscsaRecords()).isZero();
    }

    @Test
    void status403_forABlockedReqGln_andForATokenWithoutRoleRequester() {
        String blocked = dscsa.partner("BLOCKED");
        dscsa.refreshPartners();
        Map<String, String> query = query();
        query.put("reqGLN", blocked);
        asRequester(query).when().get(path(gtin, LOT, "S1")).then().statusCode(403)
                .contentType("application/problem+json").header("GS1US-Version", "1.3.0")
                .body("type", equalTo("urn:veripack:problem:requester-blocked"));
        for (String token : new String[] {TestTokens.pharmacy(TestData.gln()), TestTokens.admin(),
                TestTokens.surveillance(), TestTokens.manufacturer(registry.mahOf(gtin))}) {
            given().auth().oauth2(token).queryParams(query()).when().get(path(gtin, LOT, "S1")).then().statusCode(403)
                    .contentType("application/problem+json");
        }
        assertThat(dscsaRecords()).isZero();
    }

    @Test
    void aBlockTakesEffectWithinTheDocumentedSecond() {
        ask(partner, gtin, LOT, "S1", EXP).statusCode(200);
        dscsa.setPartner(partner, "BLOCKED");
        long blockedAt = System.nanoTime();
        // no refresh: the poll (veripack.dscsa.partner-poll, 500 ms) must pick it up by itself
        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> ask(partner, gtin, LOT, "S1", EXP).extract().statusCode() == 403);
        long tookMillis = (System.nanoTime() - blockedAt) / 1_000_000;
        assertThat(tookMillis).isLessThan(1000);
        dscsa.setPartner(partner, "AUTHORIZED");
        Awaitility.await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> ask(partner, gtin, LOT, "S1", EXP).extract().statusCode() == 200);
    }

    @Test
    void checkConnectivity_200_401_403_404_400() {
        given().auth().oauth2(TestTokens.requester(partner)).queryParam("gtin", gtin).queryParam("reqGLN", partner)
                .when().get("/dscsa/checkConnectivity").then().statusCode(200).header("GS1US-Version", "1.3.0")
                .body("responderGLN", equalTo("4099999000005"));
        given().auth().oauth2(TestTokens.requester(partner)).queryParam("gtin", gtin).queryParam("reqGLN", TestData.gln())
                .when().get("/dscsa/checkConnectivity").then().statusCode(401).contentType("application/problem+json");
        String blocked = dscsa.partner("BLOCKED");
        dscsa.refreshPartners();
        given().auth().oauth2(TestTokens.requester(partner)).queryParam("gtin", gtin).queryParam("reqGLN", blocked)
                .when().get("/dscsa/checkConnectivity").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.requester(partner)).queryParam("gtin", TestData.gtin()).queryParam("reqGLN", partner)
                .when().get("/dscsa/checkConnectivity").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.requester(partner)).queryParam("gtin", gtin).queryParam("reqGLN", partner)
                .queryParam("context", "other").when().get("/dscsa/checkConnectivity").then().statusCode(400)
                .contentType("application/problem+json").body("parameter", equalTo("context"));
        given().auth().oauth2(TestTokens.requester(partner)).queryParam("reqGLN", partner)
                .when().get("/dscsa/checkConnectivity").then().statusCode(400).body("parameter", equalTo("gtin"));
        given().auth().oauth2(TestTokens.pharmacy(TestData.gln())).queryParam("gtin", gtin).queryParam("reqGLN", partner)
                .when().get("/dscsa/checkConnectivity").then().statusCode(403);
    }

    @Test
    void everyRequestIsRecorded_fromTheCacheAndFromPostgres_andListedForOperators() {
        registry.flushCache();
        ask(partner, gtin, LOT, "S1", EXP).statusCode(200);                      // PostgreSQL
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> registry.cached(gtin, "S1") != null);
        ask(partner, gtin, "WRONG", "S1", EXP).statusCode(200);                  // the cache, moved by the drainer
        ask(partner, gtin, LOT, "NOPE", EXP).statusCode(200);                    // PostgreSQL (unknown serial)
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> registry.count(
                "SELECT count(*) FROM registry.operation_record WHERE gtin = ? AND channel = 'DSCSA'", gtin) == 3);
        var listed = given().auth().oauth2(TestTokens.surveillance()).queryParam("gtin", gtin)
                .when().get("/api/v1/dscsa/requests").then().statusCode(200).body("total", equalTo(3))
                .extract().jsonPath();
        assertThat(listed.getList("items.answer.verificationFailureReason"))
                .containsExactly("No_match_GTIN_Serial", "No_match_GTIN_Serial_Lot", null);
        assertThat(listed.getList("items.reqGLN")).containsOnly(partner);
        assertThat(listed.getList("items.context")).containsOnly("dscsaSaleableReturn");
        assertThat(listed.getList("items.corrUUID", String.class)).allMatch(id -> id.length() == 36);
        given().auth().oauth2(TestTokens.admin()).queryParam("gtin", gtin).queryParam("failedOnly", "true")
                .when().get("/api/v1/dscsa/requests").then().statusCode(200).body("total", equalTo(2));
        given().auth().oauth2(TestTokens.admin()).queryParam("gtin", gtin).queryParam("serial", "S1")
                .queryParam("reqGLN", partner).queryParam("size", "1")
                .when().get("/api/v1/dscsa/requests").then().statusCode(200).body("total", equalTo(2))
                .body("items.size()", equalTo(1));
        given().auth().oauth2(TestTokens.manufacturer(registry.mahOf(gtin))).queryParam("gtin", gtin)
                .when().get("/api/v1/dscsa/requests").then().statusCode(200).body("total", equalTo(3));
        given().auth().oauth2(TestTokens.manufacturer(TestData.mah())).queryParam("gtin", gtin)
                .when().get("/api/v1/dscsa/requests").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(TestTokens.pharmacy(TestData.gln())).when().get("/api/v1/dscsa/requests").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.requester(partner)).when().get("/api/v1/dscsa/requests").then()
                .statusCode(403).contentType("application/problem+json");
        for (String bad : new String[] {"gtin=12", "reqGLN=abc", "failedOnly=maybe", "from=yesterday", "size=0", "page=-1"}) {
            given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/dscsa/requests?" + bad).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        var record = given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/packs/" + gtin + "/S1/operations")
                .then().statusCode(200).extract().jsonPath();
        assertThat(record.getList("items.channel")).containsOnly("DSCSA");
        assertThat(record.getList("items.location")).containsOnly(partner);
        assertThat(record.getList("items.role")).containsOnly("requester");
    }

    private long dscsaRecords() {
        return registry.count("SELECT count(*) FROM registry.operation_record WHERE gtin = ? AND channel = 'DSCSA'", gtin);
    }
}
