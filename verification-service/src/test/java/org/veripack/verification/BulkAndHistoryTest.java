package org.veripack.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.veripack.verification.RegistryFixtures.BATCH;
import static org.veripack.verification.RegistryFixtures.EXPIRY;
import static org.veripack.verification.RegistryFixtures.pack;
import static org.veripack.verification.RegistryFixtures.post;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class BulkAndHistoryTest {

    @Inject
    RegistryFixtures registry;

    private final String here = TestData.gln();

    private JsonPath bulk(String operation, String state, List<Map<String, Object>> packs) {
        Map<String, Object> body = new HashMap<>();
        body.put("operation", operation);
        body.put("state", state);
        body.put("packs", packs);
        return post("bulk", here, body).statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> withTx(Map<String, Object> pack, String txId) {
        Map<String, Object> copy = new HashMap<>(pack);
        copy.put("txId", txId);
        return copy;
    }

    private static void expectItem(JsonPath result, int index, int http, String code, String alertCode) {
        assertThat(result.getInt("results[" + index + "].httpStatus")).as("httpStatus of pack " + index).isEqualTo(http);
        assertThat(result.getString("results[" + index + "].code")).as("code of pack " + index).isEqualTo(code);
        assertThat(result.getString("results[" + index + "].alertCode")).as("alertCode of pack " + index).isEqualTo(alertCode);
    }

    @Test
    void bulkVerifyAnswersEachPackAsItsSingleRequest() {
        String gtin = registry.product("S1", "S2");
        registry.batch(gtin, "L9", EXPIRY, 2);
        List<Map<String, Object>> packs = List.of(pack(gtin, "S1", BATCH, EXPIRY), pack(gtin, "NOPE", BATCH, null),
                pack(gtin, "S2", "L9", null), Map.of("scan", "]d2garbage"), pack(TestData.gtin(), "S1", null, null));
        JsonPath result = bulk("VERIFY", null, packs);
        for (int i = 0; i < packs.size(); i++) {
            if (i == 3) {
                continue;
            }
            JsonPath single = post("verify", here, packs.get(i)).extract().jsonPath();
            expectItem(result, i, 200, single.getString("code"), single.getString("alertCode"));
            assertThat(result.getString("results[" + i + "].status")).isEqualTo(single.getString("status"));
        }
        expectItem(result, 3, 400, null, null);
        assertThat(result.getString("results[3].detail")).contains("no known application identifier");
        assertThat(result.getString("results[1].alertId")).isNotNull();
    }

    @Test
    void bulkDecommissionAndUndoWithMixedOutcomes() {
        String gtin = registry.product("S1", "S2", "S3", "S4");
        registry.batch(gtin, "L9", EXPIRY, 2);
        JsonPath decommissioned = bulk("DECOMMISSION", "SUPPLIED", List.of(pack(gtin, "S1", BATCH, EXPIRY),
                pack(gtin, "S1", BATCH, EXPIRY), pack(gtin, "S3", BATCH, EXPIRY), pack(gtin, "NOPE", BATCH, EXPIRY),
                pack(gtin, "S2", "L9", EXPIRY), pack(gtin, "S4", BATCH, null)));
        expectItem(decommissioned, 0, 200, "NMVS_OK", null);
        expectItem(decommissioned, 1, 409, "NMVS_NC_PCK_30", null);
        expectItem(decommissioned, 2, 200, "NMVS_OK", null);
        expectItem(decommissioned, 3, 404, "NMVS_NC_PC_02", "A3");
        expectItem(decommissioned, 4, 409, "NMVS_FE_LOT_13", "A68");
        expectItem(decommissioned, 5, 400, null, null);

        JsonPath undone = bulk("UNDO", "SUPPLIED", List.of(pack(gtin, "S1", BATCH, EXPIRY), pack(gtin, "S4", BATCH, EXPIRY)));
        expectItem(undone, 0, 200, "NMVS_OK", null);
        expectItem(undone, 1, 409, "NMVS_NC_PCK_29", null);

        post("verify", here, pack(gtin, "S1", null, null)).body("status", equalTo("ACTIVE"));
        post("verify", here, pack(gtin, "S3", null, null)).body("status", equalTo("SUPPLIED"));
        assertThat(registry.alertsFor(gtin)).isEqualTo(2);
    }

    @Test
    void txIdsPerPackAreHonouredInABulk() {
        String gtin = registry.product("S1");
        post("decommission", TestData.gln(), RegistryFixtures.change(gtin, "S1", "SUPPLIED")).statusCode(200);
        List<Map<String, Object>> packs = List.of(withTx(pack(gtin, "S1", BATCH, EXPIRY), "bulk-tx-1"));
        JsonPath first = bulk("DECOMMISSION", "SUPPLIED", packs);
        JsonPath again = bulk("DECOMMISSION", "SUPPLIED", packs);
        expectItem(first, 0, 409, "NMVS_NC_PCK_22", "A24");
        assertThat(again.getString("results[0].alertId")).isEqualTo(first.getString("results[0].alertId"));
        assertThat(registry.alertsFor(gtin)).isEqualTo(1);
    }

    @Test
    void moreThan10000PacksGet413() {
        List<Map<String, Object>> packs = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            packs.add(Map.of("gtin", "09506000134352", "serial", "S" + i));
        }
        given().auth().oauth2(TestTokens.pharmacy(here)).contentType(ContentType.JSON)
                .body(Map.of("operation", "VERIFY", "packs", packs))
                .when().post("/api/v1/packs/bulk").then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aBulkOf10000VerifiesInOneRequest() {
        String gtin = registry.product();
        registry.execute("INSERT INTO registry.pack (gtin, serial, batch, upload_id) "
                + "SELECT ?, 'P' || g, 'L1', ? FROM generate_series(1, 10000) g", gtin, UUID.randomUUID());
        List<Map<String, Object>> packs = new ArrayList<>();
        for (int i = 1; i <= 10_000; i++) {
            packs.add(pack(gtin, "P" + i, BATCH, EXPIRY));
        }
        for (String pass : List.of("cache empty (PostgreSQL)", "cache warm")) {
            long started = System.nanoTime();
            JsonPath result = bulk("VERIFY", null, packs);
            System.out.printf("bulk verify of 10 000 packs, %s: %d ms%n", pass, (System.nanoTime() - started) / 1_000_000);
            assertThat(result.getList("results.code", String.class)).hasSize(10_000).containsOnly("NMVS_OK");
        }
    }

    @Test
    void historyForEachRoleAndNotFoundOutsideScope() {
        String gtin = registry.product("H/1");
        post("decommission", here, RegistryFixtures.change(gtin, "H/1", "SUPPLIED")).statusCode(200);
        post("undo", here, withTx(RegistryFixtures.change(gtin, "H/1", "SUPPLIED"), "u-1")).statusCode(200);
        String path = "/api/v1/packs/" + gtin + "/H%2F1/history";
        for (String token : List.of(TestTokens.surveillance(), TestTokens.admin(), TestTokens.manufacturer(registry.mahOf(gtin)))) {
            given().auth().oauth2(token).urlEncodingEnabled(false).when().get(path).then().statusCode(200)
                    .body("gtin", equalTo(gtin)).body("serial", equalTo("H/1")).body("batch", equalTo(BATCH))
                    .body("events.size()", equalTo(3)).body("events[0].to", equalTo("ACTIVE"))
                    .body("events[1].from", equalTo("ACTIVE")).body("events[1].to", equalTo("SUPPLIED"))
                    .body("events[1].location", equalTo(here)).body("events[2].txId", equalTo("u-1"))
                    .body("events[2].prevHash", equalTo(given().auth().oauth2(token).urlEncodingEnabled(false).get(path)
                            .jsonPath().getString("events[1].hash")))
                    .body("chainValid", equalTo(true));
        }
        for (String token : List.of(TestTokens.manufacturer(TestData.mah()), TestTokens.pharmacy(here))) {
            given().auth().oauth2(token).urlEncodingEnabled(false).when().get(path).then().statusCode(404)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/packs/" + gtin + "/NOPE/history").then().statusCode(404);
        given().when().get(path).then().statusCode(401);
    }

    @Test
    void tamperingWithAPackEventIsDetected() {
        String gtin = registry.product("T1");
        post("decommission", here, RegistryFixtures.change(gtin, "T1", "SUPPLIED")).statusCode(200);
        post("undo", here, RegistryFixtures.change(gtin, "T1", "SUPPLIED")).statusCode(200);
        post("decommission", here, RegistryFixtures.change(gtin, "T1", "DESTROYED")).statusCode(200);
        String path = "/api/v1/packs/" + gtin + "/T1/history";
        given().auth().oauth2(TestTokens.admin()).get(path).then().body("chainValid", equalTo(true));

        assertThatThrownBy(() -> registry.execute("UPDATE registry.pack_event SET location = ? WHERE gtin = ?", TestData.gln(), gtin))
                .hasMessageContaining("append-only");
        registry.tamper("UPDATE registry.pack_event SET location = ? WHERE gtin = ? AND seq = 2", TestData.gln(), gtin);
        given().auth().oauth2(TestTokens.admin()).get(path).then().body("chainValid", equalTo(false)).body("firstBrokenSeq", equalTo(2));

        String removed = registry.product("T2");
        post("decommission", here, RegistryFixtures.change(removed, "T2", "SUPPLIED")).statusCode(200);
        post("undo", here, RegistryFixtures.change(removed, "T2", "SUPPLIED")).statusCode(200);
        registry.tamper("DELETE FROM registry.pack_event WHERE gtin = ? AND seq = 1", removed);
        given().auth().oauth2(TestTokens.admin()).get("/api/v1/packs/" + removed + "/T2/history").then()
                .body("chainValid", equalTo(false)).body("firstBrokenSeq", equalTo(2));
    }
}
