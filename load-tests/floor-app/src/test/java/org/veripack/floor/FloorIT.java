package org.veripack.floor;

import static io.restassured.RestAssured.given;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.junit.jupiter.api.RepeatedTest;
import org.veripack.testsupport.VeripackTestResource;

/** Drives the packaged floor (and, with -Paot, trains its AOT cache the way the services' integration tests do). */
@QuarkusIntegrationTest
@WithTestResource(VeripackTestResource.class)
class FloorIT {

    @RepeatedTest(20)
    void answersFromPostgresAndRedis() {
        given().when().get("/floor").then().statusCode(200);
    }
}
