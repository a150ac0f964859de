package org.veripack.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

/** The trading-partner registry: PUT by admin, GET by every role, the history by admin and surveillance. */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class TradingPartnerTest {

    @Inject
    UploadFixtures fixtures;

    private final String gln = TestData.gln();

    private static Map<String, Object> body(String name, String status, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("status", status);
        body.put("reason", reason);
        return body;
    }

    private static ValidatableResponse put(String token, String gln, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/trading-partners/" + gln).then();
    }

    private static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).when().get("/api/v1/trading-partners/" + path).then();
    }

    private static String operator(String subject) {
        return TestTokens.sign(TestTokens.claims("admin").subject(subject));
    }

    private long stored(String gln) {
        return fixtures.count("SELECT count(*) FROM registry.trading_partner WHERE gln = ?", gln)
                + fixtures.count("SELECT count(*) FROM registry.trading_partner_change WHERE gln = ?", gln);
    }

    /** The partner row carries the seq of its newest change: verification-service polls for it. */
    private void changeSeqIsTheNewestChange(String gln) {
        assertThat(fixtures.count("SELECT count(*) FROM registry.trading_partner WHERE gln = ? AND change_seq = "
                + "(SELECT max(seq) FROM registry.trading_partner_change WHERE gln = ?)", gln, gln)).isOne();
    }

    @Test
    void newPartner201ThenChange200KeepsSinceOnANameChangeAndRenewsItOnAStatusChange() {
        String since = put(TestTokens.admin(), gln, body("Acme Wholesale", "AUTHORIZED", "ATP credential checked"))
                .statusCode(201).contentType(ContentType.JSON)
                .body("gln", equalTo(gln)).body("name", equalTo("Acme Wholesale")).body("status", equalTo("AUTHORIZED"))
                .body("since", notNullValue()).extract().path("since");
        changeSeqIsTheNewestChange(gln);

        put(TestTokens.admin(), gln, body("Acme Wholesale Inc.", "AUTHORIZED", "renamed after merger"))
                .statusCode(200).body("name", equalTo("Acme Wholesale Inc.")).body("status", equalTo("AUTHORIZED"))
                .body("since", equalTo(since));
        changeSeqIsTheNewestChange(gln);

        String blockedSince = put(TestTokens.admin(), gln, body("Acme Wholesale Inc.", "BLOCKED", "suspect products sold"))
                .statusCode(200).body("status", equalTo("BLOCKED")).extract().path("since");
        assertThat(Instant.parse(blockedSince)).isAfter(Instant.parse(since));
        changeSeqIsTheNewestChange(gln);

        get(TestTokens.surveillance(), gln).statusCode(200).body("status", equalTo("BLOCKED"))
                .body("since", equalTo(blockedSince)).body("name", equalTo("Acme Wholesale Inc."));
        assertThat(fixtures.count("SELECT count(*) FROM registry.trading_partner_change WHERE gln = ?", gln)).isEqualTo(3);
    }

    @Test
    void everyVeripackRoleReadsAPartner() {
        put(TestTokens.admin(), gln, body("Acme", "AUTHORIZED", "ATP credential checked")).statusCode(201);
        for (String token : List.of(TestTokens.pharmacy(TestData.gln()), TestTokens.wholesaler(TestData.gln()),
                TestTokens.manufacturer(TestData.mah()), TestTokens.surveillance(), TestTokens.admin(),
                TestTokens.requester(TestData.gln()))) {
            get(token, gln).statusCode(200).contentType(ContentType.JSON).body("gln", equalTo(gln))
                    .body("name", equalTo("Acme")).body("status", equalTo("AUTHORIZED")).body("since", notNullValue());
        }
        get(TestTokens.withGroups("visitor"), gln).statusCode(403).contentType("application/problem+json");
        given().when().get("/api/v1/trading-partners/" + gln).then().statusCode(401);
    }

    @Test
    void anUnknownPartnerIs404() {
        get(TestTokens.wholesaler(TestData.gln()), gln).statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:veripack:problem:trading-partner-not-found")).body("detail", containsString(gln));
        get(TestTokens.admin(), gln + "/history").statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:veripack:problem:trading-partner-not-found"));
    }

    @Test
    void historyNewestFirstWithWhoWhenAndWhyForAdminAndSurveillance() {
        put(operator("operator-ann"), gln, body("Acme", "AUTHORIZED", "ATP credential checked")).statusCode(201);
        String since = put(operator("operator-bob"), gln, body("Acme", "BLOCKED", "license revoked by the state board"))
                .statusCode(200).extract().path("since");

        for (String token : List.of(TestTokens.admin(), TestTokens.surveillance())) {
            get(token, gln + "/history").statusCode(200).contentType(ContentType.JSON)
                    .body("gln", equalTo(gln)).body("items", hasSize(2))
                    .body("items[0].status", equalTo("BLOCKED")).body("items[0].name", equalTo("Acme"))
                    .body("items[0].reason", equalTo("license revoked by the state board"))
                    .body("items[0].actor", equalTo("operator-bob")).body("items[0].role", equalTo("admin"))
                    .body("items[0].at", equalTo(since))
                    .body("items[1].status", equalTo("AUTHORIZED")).body("items[1].reason", equalTo("ATP credential checked"))
                    .body("items[1].actor", equalTo("operator-ann")).body("items[1].role", equalTo("admin"))
                    .body("items[1].at", notNullValue());
        }
        for (String token : List.of(TestTokens.pharmacy(TestData.gln()), TestTokens.wholesaler(TestData.gln()),
                TestTokens.manufacturer(TestData.mah()), TestTokens.requester(TestData.gln()))) {
            get(token, gln + "/history").statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:veripack:problem:forbidden"));
        }
    }

    @Test
    void onlyAdminChangesPartners() {
        for (String token : List.of(TestTokens.pharmacy(TestData.gln()), TestTokens.wholesaler(TestData.gln()),
                TestTokens.manufacturer(TestData.mah()), TestTokens.surveillance(), TestTokens.requester(gln))) {
            put(token, gln, body("Acme", "AUTHORIZED", "self-registration")).statusCode(403)
                    .contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(body("Acme", "AUTHORIZED", "x"))
                .when().put("/api/v1/trading-partners/" + gln).then().statusCode(401);
        assertThat(stored(gln)).isZero();
    }

    @Test
    void aBadGlnIs400NamingTheParameter() {
        String badCheckDigit = gln.substring(0, 12) + ((gln.charAt(12) - '0' + 1) % 10);
        for (String bad : List.of(badCheckDigit, gln.substring(0, 12), gln + "0", "061414100000A")) {
            put(TestTokens.admin(), bad, body("Acme", "AUTHORIZED", "x")).statusCode(400)
                    .contentType("application/problem+json").body("parameter", equalTo("gln"));
            get(TestTokens.wholesaler(TestData.gln()), bad).statusCode(400).contentType("application/problem+json")
                    .body("parameter", equalTo("gln"));
            get(TestTokens.admin(), bad + "/history").statusCode(400).body("parameter", equalTo("gln"));
            assertThat(stored(bad)).isZero();
        }
    }

    @Test
    void missingOrBadFieldsAre400AndChangeNothing() {
        List<Object[]> refused = List.of(
                new Object[] {"name", body(null, "AUTHORIZED", "x")},
                new Object[] {"name", body("   ", "AUTHORIZED", "x")},
                new Object[] {"name", body("n".repeat(201), "AUTHORIZED", "x")},
                new Object[] {"status", body("Acme", null, "x")},
                new Object[] {"status", body("Acme", "authorized", "x")},
                new Object[] {"status", body("Acme", "REVOKED", "x")},
                new Object[] {"reason", body("Acme", "BLOCKED", null)},
                new Object[] {"reason", body("Acme", "BLOCKED", "r".repeat(501))});
        for (Object[] refusal : refused) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) refusal[1];
            put(TestTokens.admin(), gln, body).statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:veripack:problem:invalid-request")).body("parameter", equalTo(refusal[0]));
        }
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body("{\"name\": ")
                .when().put("/api/v1/trading-partners/" + gln).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON)
                .when().put("/api/v1/trading-partners/" + gln).then().statusCode(400).contentType("application/problem+json");
        assertThat(stored(gln)).isZero();

        // refused on a registered partner: its standing and history stay as they were
        put(TestTokens.admin(), gln, body("Acme", "AUTHORIZED", "ATP credential checked")).statusCode(201);
        put(TestTokens.admin(), gln, body("Acme", "BLOCKED", "r".repeat(501))).statusCode(400);
        get(TestTokens.admin(), gln).statusCode(200).body("status", equalTo("AUTHORIZED"));
        assertThat(stored(gln)).isEqualTo(2);
    }
}
