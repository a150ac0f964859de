package org.veripack.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.veripack.core.rules.PackStatus;
import org.veripack.testsupport.RedisClusterProfile;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;

/**
 * upload-service on a three-master Redis Cluster: an upload's write-through (pipelined put-packs scripts, each on
 * the meta hash and a bucket of one product), a recall's meta update and a withdrawal all reach the cache.
 */
@QuarkusTest
@TestProfile(RedisClusterProfile.class)
class RedisClusterTest {

    @Inject
    UploadFixtures fixtures;

    @Test
    void uploadsRecallsAndWithdrawalsReachTheClusterCache() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.redis.client-type", String.class)).isEqualTo("cluster");
        String mah = TestData.mah();
        for (int product = 0; product < 3; product++) {
            String gtin = TestData.gtin();
            fixtures.registerProduct(mah, gtin);
            fixtures.uploadJson(mah, gtin, "L1", "300630", TestData.serials("S", 5_000), null).then()
                    .statusCode(202).body("status", equalTo("COMPLETED"));
            assertThat(fixtures.cachedPackCount(gtin)).as("packs of " + gtin + " in the cache").isEqualTo(5_000);
            assertThat(fixtures.cachedPack(gtin, "S1").status()).isEqualTo(PackStatus.ACTIVE);

            given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON)
                    .body(Map.of("reason", "contamination")).when().post("/api/v1/batches/" + gtin + "/L1/recall")
                    .then().statusCode(200);
            assertThat(fixtures.cachedMeta(gtin, "o:1")).startsWith("R|");
            given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON)
                    .body(Map.of("reason", "market exit")).when().post("/api/v1/products/" + gtin + "/withdraw")
                    .then().statusCode(200);
            assertThat(fixtures.cachedMeta(gtin, "p")).isEqualTo("W|" + mah);
        }
    }
}
