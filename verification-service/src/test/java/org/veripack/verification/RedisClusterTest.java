package org.veripack.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.veripack.verification.RegistryFixtures.BATCH;
import static org.veripack.verification.RegistryFixtures.EXPIRY;
import static org.veripack.verification.RegistryFixtures.change;
import static org.veripack.verification.RegistryFixtures.pack;
import static org.veripack.verification.RegistryFixtures.post;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.veripack.core.cache.ClusterSlots;
import org.veripack.core.cache.PackCacheLayout;
import org.veripack.testsupport.RedisClusterProfile;
import org.veripack.testsupport.RedisClusterTestResource;
import org.veripack.testsupport.TestData;

/**
 * verification-service on a three-master Redis Cluster: single verifies (hit, miss and refill), decommission and
 * undo write-through, and bulk requests whose pipelines span products on different nodes. Redis answers CROSSSLOT
 * to a multi-key command across slots and the client refuses a pipeline across nodes, so these pass only if every
 * script call, pipeline and refill stays in one hash slot.
 */
@QuarkusTest
@TestProfile(RedisClusterProfile.class)
class RedisClusterTest {

    @Inject
    RegistryFixtures registry;

    @Inject
    PackCacheLayout layout;

    @Inject
    MeterRegistry meters;

    private final String here = TestData.gln();

    /** Reads Redis refused (CROSSSLOT, a pipeline across nodes) would be answered from PostgreSQL: count them. */
    private double cacheReadFailures() {
        return meters.counter("veripack.cache.read.failures").count();
    }

    /** A product in each third of the slots (one per master, as the embedded cluster splits them). */
    private List<String> productsOnEveryNode(String... serials) {
        Map<Integer, String> byThird = new TreeMap<>();
        while (byThird.size() < 3) {
            String gtin = registry.product(serials);
            byThird.putIfAbsent(ClusterSlots.slot(layout.metaKey(gtin)) * 3 / ClusterSlots.SLOTS, gtin);
        }
        return List.copyOf(byThird.values());
    }

    @Test
    void runsOnTheCluster() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.redis.client-type", String.class)).isEqualTo("cluster");
        assertThat(RedisClusterTestResource.startCluster()).hasSize(3);
    }

    @Test
    void singleRequestsRefillAndWriteThroughOnTheCluster() {
        List<String> gtins = productsOnEveryNode("S1", "S2", "S3");
        double failuresBefore = cacheReadFailures();
        for (String gtin : gtins) {
            // a miss: answered from PostgreSQL, then the product's meta and the pack are refilled (after the answer)
            post("verify", here, pack(gtin, "S1", BATCH, EXPIRY)).statusCode(200).body("state", equalTo("ACTIVE"));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(registry.cached(gtin, "S1")).as("refilled " + gtin).isNotNull());
            post("decommission", here, change(gtin, "S2", "SUPPLIED")).statusCode(200).body("status", equalTo("SUPPLIED"));
            post("verify", here, pack(gtin, "S2", BATCH, EXPIRY)).statusCode(200).body("state", equalTo("INACTIVE"));
            post("undo", here, change(gtin, "S2", "SUPPLIED")).statusCode(200).body("state", equalTo("ACTIVE"));
            post("verify", here, pack(gtin, "S2", BATCH, EXPIRY)).statusCode(200).body("state", equalTo("ACTIVE"));
        }
        assertThat(cacheReadFailures()).as("cache reads Redis refused").isEqualTo(failuresBefore);
    }

    @Test
    void bulkRequestsAcrossNodesAnswerEveryPack() {
        List<String> gtins = productsOnEveryNode("B1", "B2", "B3", "B4");
        double failuresBefore = cacheReadFailures();
        List<Map<String, Object>> packs = new ArrayList<>();
        for (String gtin : gtins) {
            for (String serial : List.of("B1", "B2", "B3", "B4")) {
                packs.add(pack(gtin, serial, BATCH, EXPIRY));
            }
        }
        JsonPath verified = post("bulk", here, Map.of("operation", "VERIFY", "packs", packs)).statusCode(200).extract().jsonPath();
        assertThat(verified.getList("results.state")).hasSize(packs.size()).containsOnly("ACTIVE");
        // a second time from the cache only, then supplied in bulk and checked one by one
        post("bulk", here, Map.of("operation", "VERIFY", "packs", packs)).statusCode(200);
        JsonPath supplied = post("bulk", here, Map.of("operation", "DECOMMISSION", "state", "SUPPLIED", "packs", packs))
                .statusCode(200).extract().jsonPath();
        assertThat(supplied.getList("results.status")).containsOnly("SUPPLIED");
        for (Map<String, Object> pack : packs) {
            post("verify", here, pack).statusCode(200).body("state", equalTo("INACTIVE"));
        }
        assertThat(cacheReadFailures()).as("cache reads Redis refused").isEqualTo(failuresBefore);
    }
}
