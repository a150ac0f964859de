package org.veripack.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.veripack.verification.RegistryFixtures.change;
import static org.veripack.verification.RegistryFixtures.pack;
import static org.veripack.verification.RegistryFixtures.post;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

/**
 * Every operation on a pack is recorded (DR 2016/161 Art. 35(1)(g)): verifies answered from the cache (moved from
 * the Redis stream), verifies answered from PostgreSQL, decommissions, refusals, bulk items; read back newest first
 * by surveillance, admin and the owning MAH only.
 */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class OperationRecordsTest {

    @Inject
    RegistryFixtures registry;

    private final String here = TestData.gln();

    @Test
    void everyAnswerLeavesItsRecordAndOnlyTheScopeReadsThem() {
        String gtin = registry.product("S1", "S2");
        registry.flushCache();
        post("verify", here, pack(gtin, "S1", null, null)).statusCode(200);            // a miss: PostgreSQL
        post("verify", here, pack(gtin, "S1", "L1", "300630")).statusCode(200);        // a hit: the Redis stream
        post("verify", here, pack(gtin, "S1", "L9", null)).statusCode(200).body("alertCode", equalTo("A68"));
        Map<String, Object> withTx = new java.util.HashMap<>(change(gtin, "S1", "SUPPLIED"));
        withTx.put("txId", "till-7");
        post("decommission", here, withTx).statusCode(200);
        post("decommission", TestData.gln(), change(gtin, "S1", "SUPPLIED")).statusCode(409);
        given().auth().oauth2(TestTokens.pharmacy(here)).contentType(ContentType.JSON)
                .body(Map.of("operation", "VERIFY", "packs", List.of(pack(gtin, "S2", null, null))))
                .when().post("/api/v1/packs/bulk").then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> operations(gtin, "S1").size() == 5);
        var records = given().auth().oauth2(TestTokens.surveillance())
                .when().get("/api/v1/packs/" + gtin + "/S1/operations").then().statusCode(200)
                .body("total", equalTo(5)).body("page", equalTo(0)).body("size", equalTo(50))
                .extract().jsonPath();
        assertThat(records.getList("items.operation")).containsExactly("DECOMMISSION", "DECOMMISSION", "VERIFY", "VERIFY", "VERIFY");
        assertThat(records.getList("items.code")).containsExactly("NMVS_NC_PCK_22", "NMVS_OK", "NMVS_FE_LOT_13", "NMVS_OK", "NMVS_OK");
        assertThat(records.getList("items.channel")).containsOnly("SINGLE");
        assertThat(records.getString("items[2].alertId")).isNotNull();
        assertThat(records.getString("items[1].txId")).isEqualTo("till-7");
        assertThat(records.getString("items[1].location")).isEqualTo(here);
        assertThat(records.getString("items[1].role")).isEqualTo("pharmacy");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> operations(gtin, "S2").size() == 1);
        given().auth().oauth2(TestTokens.admin()).when().get("/api/v1/packs/" + gtin + "/S2/operations")
                .then().statusCode(200).body("items.channel", hasItems("BULK"));

        given().auth().oauth2(TestTokens.manufacturer(registry.mahOf(gtin)))
                .when().get("/api/v1/packs/" + gtin + "/S1/operations?size=2&page=1").then().statusCode(200)
                .body("items.size()", equalTo(2)).body("total", equalTo(5));
        for (String outsider : List.of(TestTokens.manufacturer(TestData.mah()), TestTokens.pharmacy(here))) {
            given().auth().oauth2(outsider).when().get("/api/v1/packs/" + gtin + "/S1/operations")
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:veripack:problem:pack-not-found"));
        }
        given().auth().oauth2(TestTokens.surveillance()).when().get("/api/v1/packs/" + gtin + "/S1/operations?size=0")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.surveillance()).when().get("/api/v1/packs/" + gtin + "/S1/operations?from=yesterday")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/packs/" + gtin + "/S1/operations").then().statusCode(401);
    }

    private static List<Object> operations(String gtin, String serial) {
        return given().auth().oauth2(TestTokens.surveillance()).when().get("/api/v1/packs/" + gtin + "/" + serial + "/operations")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
