package org.veripack.testsupport;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every Veripack service must do whatever its business: health, metrics, OpenAPI, and bearer tokens
 * checked with problem answers. Each service's test extends this with {@code @QuarkusTest}.
 */
public abstract class ServiceBasicsTests {

    private static final String ME = "/api/v1/me";

    /** Names of the readiness checks this service must report UP. */
    protected abstract List<String> readinessChecks();

    /** Names of checks this service must not make part of readiness. */
    protected List<String> checksNotInReadiness() {
        return List.of();
    }

    @Test
    void runsOnTheExpectedInfrastructure() {
        String expected = System.getProperty("veripack-test.expect-infrastructure");
        String actual = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("veripack-test.infrastructure", String.class);
        if (expected != null) {
            org.junit.jupiter.api.Assertions.assertEquals(expected, actual, "PostgreSQL/Redis kinds");
        }
    }

    @Test
    void readinessReportsItsChecksUp() {
        ValidatableResponse ready = given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        for (String check : readinessChecks()) {
            ready.body("checks.name", hasItem(check));
        }
        for (String check : checksNotInReadiness()) {
            ready.body("checks.name", not(hasItem(check)));
        }
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAndOpenApiNeedNoToken() {
        given().auth().oauth2(TestTokens.admin()).when().get(ME).then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"" + ME + "\""));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString(ME));
    }

    @Test
    void aValidTokenIsReadBackWithItsClaims() {
        given().auth().oauth2(TestTokens.pharmacy("4012345000009"))
                .when().get(ME)
                .then().statusCode(200)
                .body("roles", hasItem("pharmacy"))
                .body("location", equalTo("4012345000009"))
                .body("subject", startsWith("test-"));
        given().auth().oauth2(TestTokens.manufacturer("MAH-7"))
                .when().get(ME)
                .then().statusCode(200).body("mah", equalTo("MAH-7")).body("roles", hasItem("manufacturer"));
    }

    @Test
    void noTokenGets401Problem() {
        assertUnauthorized(given().when().get(ME).then());
    }

    @Test
    void badTokensGet401Problem() {
        for (String token : List.of(TestTokens.signedByAnotherKey(), TestTokens.wrongIssuer(), TestTokens.expired(), "garbage")) {
            assertUnauthorized(given().auth().oauth2(token).when().get(ME).then());
        }
    }

    @Test
    void aTokenWithoutAVeripackRoleGets403Problem() {
        given().auth().oauth2(TestTokens.withGroups("visitor"))
                .when().get(ME)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("type", equalTo("urn:veripack:problem:forbidden"));
    }

    private static void assertUnauthorized(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("title", equalTo("Unauthorized"))
                .body("detail", containsString("bearer token"));
    }
}
