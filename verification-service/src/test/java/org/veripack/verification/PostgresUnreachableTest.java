package org.veripack.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.veripack.verification.RegistryFixtures.change;
import static org.veripack.verification.RegistryFixtures.pack;
import static org.veripack.verification.RegistryFixtures.post;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veripack.core.cache.CachedBatch;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.cache.CachedProduct;
import org.veripack.core.rules.BatchStatus;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.ProductStatus;
import org.veripack.service.cache.PackCacheWriter;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.VeripackTestResource;

/** PostgreSQL away from the request path: cached verifies keep answering, state changes answer 503. */
@QuarkusTest
@WithTestResource(value = VeripackTestResource.class,
        initArgs = @ResourceArg(name = VeripackTestResource.POSTGRES_UNREACHABLE, value = "true"))
class PostgresUnreachableTest {

    @Inject
    PackCacheWriter cache;

    @Test
    void cachedVerifiesAnswerStateChangesGet503AndTheServiceStaysReady() {
        String gtin = TestData.gtin();
        String here = TestData.gln();
        cache.putProduct(gtin, new CachedProduct(ProductStatus.ACTIVE, "MAH-1"))
                .chain(() -> cache.putBatch(gtin, new CachedBatch(1, "L1", "300630", BatchStatus.ACTIVE)))
                .chain(() -> cache.putPacks(gtin, List.of(new PackCacheWriter.Entry("S1", new CachedPack(PackStatus.ACTIVE, 1, 0)))))
                .await().atMost(Duration.ofSeconds(5));

        post("verify", here, pack(gtin, "S1", "L1", "300630")).statusCode(200).body("code", equalTo("NMVS_OK"))
                .body("dispensable", equalTo(true));
        post("decommission", here, change(gtin, "S1", "SUPPLIED")).statusCode(503)
                .contentType("application/problem+json").body("type", equalTo("urn:veripack:problem:registry-unavailable"));
        post("verify", here, pack(gtin, "NOT-CACHED", null, null)).statusCode(503);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
