package org.veripack.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.veripack.verification.RegistryFixtures.change;
import static org.veripack.verification.RegistryFixtures.pack;
import static org.veripack.verification.RegistryFixtures.post;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

/**
 * Quarantine and release (contract v1.1): events of the pack's hash chain, the pack not dispensable meanwhile, the
 * decommissions that would distribute it refused with 409 pack-quarantined (DESTROYED and LOCKED allowed), for
 * surveillance, admin and the owning MAH only; every refusal changes nothing.
 */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class QuarantineTest {

    @Inject
    RegistryFixtures registry;

    private final String here = TestData.gln();

    @Test
    void quarantineThenRelease_areChainedEvents_andTheVerifyAnswerFollows() {
        String gtin = registry.product("S1");
        post("verify", here, pack(gtin, "S1", null, null)).statusCode(200).body("dispensable", equalTo(true))
                .body("quarantine", nullValue());
        quarantine(TestTokens.surveillance(), gtin, "S1", "SUSPECT", "seen twice in two countries").statusCode(200)
                .body("quarantine", equalTo("SUSPECT")).body("changed", equalTo(true)).body("status", equalTo("ACTIVE"));
        post("verify", here, pack(gtin, "S1", null, null)).statusCode(200).body("dispensable", equalTo(false))
                .body("quarantine", equalTo("SUSPECT")).body("code", equalTo("NMVS_OK"));
        // the same level again changes nothing; a higher one is a new event
        quarantine(TestTokens.admin(), gtin, "S1", "SUSPECT", "again").statusCode(200).body("changed", equalTo(false));
        quarantine(TestTokens.manufacturer(registry.mahOf(gtin)), gtin, "S1", "ILLEGITIMATE", "lab: counterfeit")
                .statusCode(200).body("quarantine", equalTo("ILLEGITIMATE"));
        release(TestTokens.surveillance(), gtin, "S1", "lab: a mix-up, genuine after all").statusCode(200)
                .body("quarantine", nullValue()).body("changed", equalTo(true));
        post("verify", here, pack(gtin, "S1", null, null)).statusCode(200).body("dispensable", equalTo(true))
                .body("quarantine", nullValue());

        var history = given().auth().oauth2(TestTokens.surveillance()).when().get("/api/v1/packs/" + gtin + "/S1/history")
                .then().statusCode(200).body("chainValid", equalTo(true)).extract().jsonPath();
        assertThat(history.getList("events.kind")).containsExactly("UPLOAD", "QUARANTINE", "QUARANTINE", "RELEASE");
        assertThat(history.getList("events.quarantine")).containsExactly(null, "SUSPECT", "ILLEGITIMATE", null);
        assertThat(history.getList("events.reason")).containsExactly(null, "seen twice in two countries",
                "lab: counterfeit", "lab: a mix-up, genuine after all");
        assertThat(history.getList("events.role")).containsExactly(null, "surveillance", "manufacturer", "surveillance");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> registry.count(
                "SELECT count(*) FROM registry.operation_record WHERE gtin = ? AND operation IN ('QUARANTINE', 'RELEASE')", gtin) == 3);
    }

    @Test
    void aQuarantinedPackRefusesTheDecommissionsThatDistributeIt() {
        String gtin = registry.product("S1", "S2", "S3", "S4", "S5", "S6");
        for (String serial : List.of("S1", "S2", "S3", "S4", "S5", "S6")) {
            quarantine(TestTokens.surveillance(), gtin, serial, "SUSPECT", "investigation 42").statusCode(200);
        }
        String[][] refused = {{"S1", "SUPPLIED"}, {"S2", "SAMPLE"}, {"S3", "FREE_SAMPLE"}, {"S4", "EXPORTED"}};
        for (String[] attempt : refused) {
            post("decommission", here, change(gtin, attempt[0], attempt[1])).statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:veripack:problem:pack-quarantined"))
                    .body("quarantine", equalTo("SUSPECT")).body("packStatus", equalTo("ACTIVE"))
                    .body("alertCode", equalTo("A24"));
            assertThat(registry.count("SELECT count(*) FROM registry.pack WHERE gtin = ? AND serial = ? AND status = 'ACTIVE'",
                    gtin, attempt[0])).isEqualTo(1);
        }
        post("decommission", here, change(gtin, "S5", "DESTROYED")).statusCode(200);
        post("decommission", here, change(gtin, "S6", "LOCKED")).statusCode(200);
        post("verify", here, pack(gtin, "S5", null, null)).statusCode(200).body("quarantine", equalTo("SUSPECT"))
                .body("dispensable", equalTo(false));
    }

    @Test
    void refusals_wrongRole_otherMah_unknownPack_badInput_notQuarantined_changeNothing() {
        String gtin = registry.product("S1");
        long events = events(gtin);
        quarantine(TestTokens.pharmacy(here), gtin, "S1", "SUSPECT", "x").statusCode(403).contentType("application/problem+json");
        quarantine(TestTokens.requester(TestData.gln()), gtin, "S1", "SUSPECT", "x").statusCode(403);
        quarantine(TestTokens.manufacturer(TestData.mah()), gtin, "S1", "SUSPECT", "x").statusCode(404)
                .body("type", equalTo("urn:veripack:problem:pack-not-found"));
        quarantine(TestTokens.surveillance(), gtin, "NOPE", "SUSPECT", "x").statusCode(404);
        quarantine(TestTokens.surveillance(), TestData.gtin(), "S1", "SUSPECT", "x").statusCode(404);
        quarantine(TestTokens.surveillance(), gtin, "S1", "suspect", "x").statusCode(400).body("parameter", equalTo("level"));
        quarantine(TestTokens.surveillance(), gtin, "S1", null, "x").statusCode(400).body("parameter", equalTo("level"));
        quarantine(TestTokens.surveillance(), gtin, "S1", "SUSPECT", " ").statusCode(400).body("parameter", equalTo("reason"));
        quarantine(TestTokens.surveillance(), gtin, "S1", "SUSPECT", "x".repeat(501)).statusCode(400);
        quarantine(TestTokens.surveillance(), gtin, "S1", "SUSPECT", "a\u0007b").statusCode(400);
        quarantine(TestTokens.surveillance(), "123", "S1", "SUSPECT", "x").statusCode(400);
        given().auth().oauth2(TestTokens.surveillance()).contentType(ContentType.JSON).body("{\"level\":[1]}")
                .when().put("/api/v1/packs/" + gtin + "/S1/quarantine").then().statusCode(400)
                .contentType("application/problem+json");
        given().when().put("/api/v1/packs/" + gtin + "/S1/quarantine").then().statusCode(401);
        release(TestTokens.surveillance(), gtin, "S1", "nothing to release").statusCode(409)
                .body("type", equalTo("urn:veripack:problem:pack-not-quarantined"));
        release(TestTokens.surveillance(), gtin, "S1", null).statusCode(400);
        assertThat(events(gtin)).isEqualTo(events);
        assertThat(registry.count("SELECT count(*) FROM registry.pack WHERE gtin = ? AND quarantine IS NOT NULL", gtin)).isZero();
    }

    private long events(String gtin) {
        return registry.count("SELECT count(*) FROM registry.pack_event WHERE gtin = ?", gtin);
    }

    static ValidatableResponse quarantine(String token, String gtin, String serial, String level, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("level", level);
        body.put("reason", reason);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/packs/" + gtin + "/" + serial + "/quarantine").then();
    }

    static ValidatableResponse release(String token, String gtin, String serial, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/packs/" + gtin + "/" + serial + "/quarantine/release").then();
    }
}
