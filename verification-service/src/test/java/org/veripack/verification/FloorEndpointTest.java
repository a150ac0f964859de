package org.veripack.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.VeripackTestResource;

/** The benchmark floor (one Redis GET): what it answers, and a key of the wrong type refused as bad input. */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
@TestProfile(FloorEndpointTest.FloorOn.class)
class FloorEndpointTest {

    public static class FloorOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("veripack.benchmark.floor-endpoint", "true");
        }
    }

    @Inject
    RedisDataSource redis;

    @Test
    void answersTheStringAtTheKey() {
        redis.value(String.class).set("floor-test", "42");
        given().queryParam("key", "floor-test").when().get("/internal/floor/redis-get").then().statusCode(200).body(equalTo("42"));
    }

    @Test
    void theFloorRefusesAKeyThatHoldsNoString() {
        redis.hash(String.class).hset("floor-test-hash", "a", "1");
        given().queryParam("key", "floor-test-hash").when().get("/internal/floor/redis-get").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("holds no string value"));
    }
}
