package org.veripack.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.veripack.verification.RegistryFixtures.change;
import static org.veripack.verification.RegistryFixtures.pack;
import static org.veripack.verification.RegistryFixtures.post;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.gs1.Gs1Formatter;
import org.veripack.core.gs1.PackIdentifier;
import org.veripack.core.rules.PackStatus;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class ConcurrencyCacheAndReplayTest {

    @Inject
    RegistryFixtures registry;

    @Inject
    PackCacheWriter cacheWriter;

    private final String here = TestData.gln();

    @Test
    void twentyConcurrentDecommissionsFromTwentyLocationsExactlyOneWins() throws Exception {
        String gtin = registry.product("S1");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String location = TestData.gln();
            calls.add(() -> post("decommission", location, change(gtin, "S1", "SUPPLIED")).extract());
        }
        List<Integer> statuses = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        for (Future<ExtractableResponse<Response>> result : pool.invokeAll(calls)) {
            ExtractableResponse<Response> response = result.get();
            statuses.add(response.statusCode());
            if (response.statusCode() == 409) {
                assertThat(response.<String>path("code")).isEqualTo("NMVS_NC_PCK_22");
                alerts.add(response.path("alertCode"));
            }
        }
        pool.shutdown();
        assertThat(statuses).containsOnlyOnce(200).hasSize(20);
        assertThat(alerts).hasSize(19).containsOnly("A24");
        assertThat(registry.count("SELECT count(*) FROM registry.pack_event WHERE gtin = ?", gtin)).isEqualTo(1);
        assertThat(registry.alertsFor(gtin)).isEqualTo(19);
    }

    @Test
    void flushingRedisChangesNoAnswerAndRaisesNoAlert() {
        String gtin = registry.product("S1", "S2");
        post("decommission", here, change(gtin, "S2", "SUPPLIED")).statusCode(200);
        post("verify", here, pack(gtin, "S1", null, null)).body("status", equalTo("ACTIVE"));
        assertThat(registry.cached(gtin, "S1")).isNotNull();
        registry.flushCache();
        post("verify", here, pack(gtin, "S1", null, null)).statusCode(200).body("code", equalTo("NMVS_OK"))
                .body("status", equalTo("ACTIVE")).body("alertCode", equalTo(null));
        post("verify", here, pack(gtin, "S2", null, null)).statusCode(200).body("status", equalTo("SUPPLIED"));
        assertThat(registry.alertsFor(gtin)).isZero();
        // the refill is an effect after the answer: it lands shortly after, not necessarily before the next line
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                .until(() -> registry.cached(gtin, "S2") != null);
        CachedPack refilled = registry.cached(gtin, "S2");
        assertThat(refilled.status()).isEqualTo(PackStatus.SUPPLIED);
        assertThat(refilled.version()).isEqualTo(1);
    }

    @Test
    void aStaleRefillNeverOverwritesANewerState() {
        String gtin = registry.product("S1");
        post("decommission", here, change(gtin, "S1", "SUPPLIED")).statusCode(200);
        // A verify that read the pack before the decommission refills version 0 late:
        cacheWriter.putPacks(gtin, List.of(new PackCacheWriter.Entry("S1", new CachedPack(PackStatus.ACTIVE, 1, 0))))
                .await().atMost(Duration.ofSeconds(5));
        assertThat(registry.cached(gtin, "S1").status()).isEqualTo(PackStatus.SUPPLIED);
        post("verify", here, pack(gtin, "S1", null, null)).body("status", equalTo("SUPPLIED"));
    }

    @Test
    void aReplayedTxIdReturnsTheFirstAnswerAndRaisesNothingNew() {
        String gtin = registry.product("S1");
        String other = TestData.gln();
        post("decommission", other, change(gtin, "S1", "SUPPLIED")).statusCode(200);
        Map<String, Object> request = new HashMap<>(change(gtin, "S1", "SUPPLIED"));
        request.put("txId", "pos-42");
        String alertId = post("decommission", here, request).statusCode(409).body("alertCode", equalTo("A24"))
                .extract().path("alertId");
        post("decommission", here, request).statusCode(409).body("alertId", equalTo(alertId)).body("code", equalTo("NMVS_NC_PCK_22"));
        assertThat(registry.alertsFor(gtin)).isEqualTo(1);

        String fresh = registry.product("S9");
        Map<String, Object> supply = new HashMap<>(change(fresh, "S9", "SUPPLIED"));
        supply.put("txId", "pos-43");
        post("decommission", here, supply).statusCode(200);
        post("decommission", here, supply).statusCode(200).body("code", equalTo("NMVS_OK")).body("status", equalTo("SUPPLIED"));
        assertThat(registry.count("SELECT repeat_count FROM registry.pack WHERE gtin = ?", fresh)).isZero();
        Map<String, Object> reused = new HashMap<>(change(gtin, "S1", "SUPPLIED"));
        reused.put("txId", "pos-43");
        post("decommission", here, reused).statusCode(409).body("type", containsString("txid-reused"));
    }

    @Test
    void scansAreParsedByPackCore() {
        String gtin = registry.product("A/1%");
        PackIdentifier id = new PackIdentifier(gtin, "A/1%", RegistryFixtures.BATCH, Expiry.parse(RegistryFixtures.EXPIRY, 2026));
        post("verify", here, Map.of("scan", Gs1Formatter.elementString(id, true))).statusCode(200)
                .body("code", equalTo("NMVS_OK")).body("batch", equalTo("L1")).body("expiry", equalTo("300630"));
        post("verify", here, Map.of("scan", Gs1Formatter.digitalLink(id, "https://id.gs1.org"))).statusCode(200)
                .body("serial", equalTo("A/1%"));
        Map<String, Object> decommission = Map.of("scan", Gs1Formatter.elementString(id, false), "state", "SUPPLIED");
        post("decommission", here, decommission).statusCode(200).body("status", equalTo("SUPPLIED"));
    }

    @Test
    void refusalsAnswerProblemsAndChangeNothing() {
        String gtin = registry.product("S1");
        given().contentType(ContentType.JSON).body(change(gtin, "S1", "SUPPLIED")).when().post("/api/v1/packs/decommission")
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.manufacturer("M")).contentType(ContentType.JSON).body(change(gtin, "S1", "SUPPLIED"))
                .when().post("/api/v1/packs/decommission").then().statusCode(403);
        given().auth().oauth2(TestTokens.withGroups("pharmacy")).contentType(ContentType.JSON).body(change(gtin, "S1", "SUPPLIED"))
                .when().post("/api/v1/packs/decommission").then().statusCode(403).body("detail", containsString("loc"));
        post("verify", here, Map.of("scan", "]d201" + gtin + "21S1\u001D10")).statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("AI 10")).body("ai", equalTo("10"));
        String wrongCheckDigit = gtin.substring(0, 13) + (gtin.charAt(13) - '0' + 1) % 10;
        post("verify", here, Map.of("scan", "]d201" + wrongCheckDigit + "21S1")).statusCode(400)
                .body("detail", containsString("check digit"));
        post("decommission", here, Map.of("gtin", gtin, "serial", "S1", "state", "SUPPLIED")).statusCode(400)
                .body("detail", containsString("batch"));
        post("decommission", here, change(gtin, "S1", "ACTIVE")).statusCode(400);
        post("decommission", here, change(gtin, "S1", "GIVEN_AWAY")).statusCode(400).body("detail", containsString("SUPPLIED"));
        post("verify", here, Map.of("gtin", gtin, "serial", "S 1")).statusCode(400).body("detail", containsString("set 82"));
        given().auth().oauth2(TestTokens.pharmacy(here)).contentType(ContentType.JSON).body("{\"gtin\":")
                .when().post("/api/v1/packs/verify").then().statusCode(400).contentType("application/problem+json");
        assertThat(registry.count("SELECT count(*) FROM registry.pack WHERE gtin = ? AND status = 'ACTIVE'", gtin)).isEqualTo(1);
        assertThat(registry.alertsFor(gtin)).isZero();
    }

    @Test
    void metricsCountAnswersAndTimeOperations() {
        String gtin = registry.product("S1");
        post("verify", here, pack(gtin, "S1", null, null)).statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("veripack_pack_request_seconds_bucket{operation=\"VERIFY\""))
                .body(containsString("veripack_pack_answers_total{code=\"NMVS_OK\",operation=\"VERIFY\"}"));
    }
}
