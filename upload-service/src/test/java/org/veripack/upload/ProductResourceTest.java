package org.veripack.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class ProductResourceTest {

    @Inject
    UploadFixtures fixtures;

    private final String mah = TestData.mah();
    private final String gtin = TestData.gtin();

    private static Map<String, Object> product(String name) {
        return Map.of("name", name, "markets", List.of("DE", "AT"));
    }

    @Test
    void registersThenUpdatesAndReadsBack() {
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON).body(product("Aspirin 100"))
                .when().put("/api/v1/products/" + gtin)
                .then().statusCode(201).body("gtin", equalTo(gtin)).body("status", equalTo("ACTIVE")).body("mah", equalTo(mah));
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON).body(product("Aspirin 100 mg"))
                .when().put("/api/v1/products/" + gtin)
                .then().statusCode(200).body("name", equalTo("Aspirin 100 mg")).body("markets[1]", equalTo("AT"));
        given().auth().oauth2(TestTokens.manufacturer(mah)).when().get("/api/v1/products/" + gtin)
                .then().statusCode(200).body("name", equalTo("Aspirin 100 mg"));
        given().auth().oauth2(TestTokens.surveillance()).when().get("/api/v1/products/" + gtin).then().statusCode(200);
        assertThat(fixtures.cachedMeta(gtin, "p")).isEqualTo("A|" + mah);
    }

    @Test
    void aGtin13IsPaddedTo14() {
        String gtin13 = gtin.substring(1);
        String padded = "0" + gtin13;
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON).body(product("Padded"))
                .when().put("/api/v1/products/" + gtin13)
                .then().statusCode(201).body("gtin", equalTo(padded));
    }

    @Test
    void anotherMahGets403OnPutAnd404OnGetAndWithdraw() {
        fixtures.registerProduct(mah, gtin);
        String other = TestTokens.manufacturer(TestData.mah());
        given().auth().oauth2(other).contentType(ContentType.JSON).body(product("Mine now"))
                .when().put("/api/v1/products/" + gtin)
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("another MAH"));
        given().auth().oauth2(other).when().get("/api/v1/products/" + gtin).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("reason", "x"))
                .when().post("/api/v1/products/" + gtin + "/withdraw").then().statusCode(404);
        given().auth().oauth2(TestTokens.manufacturer(mah)).when().get("/api/v1/products/" + gtin)
                .then().statusCode(200).body("name", equalTo("Test product " + gtin));
    }

    @Test
    void refusalsChangeNothing() {
        given().auth().oauth2(TestTokens.pharmacy(TestData.gln())).contentType(ContentType.JSON).body(product("x"))
                .when().put("/api/v1/products/" + gtin).then().statusCode(403);
        given().contentType(ContentType.JSON).body(product("x")).when().put("/api/v1/products/" + gtin).then().statusCode(401);
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON).body(product("x"))
                .when().put("/api/v1/products/" + gtin.substring(0, 13) + ((gtin.charAt(13) - '0' + 1) % 10))
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("check digit"));
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON).body(Map.of("markets", List.of("DE")))
                .when().put("/api/v1/products/" + gtin).then().statusCode(400).body("detail", containsString("name"));
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "markets", List.of("Germany")))
                .when().put("/api/v1/products/" + gtin).then().statusCode(400).body("detail", containsString("ISO 3166"));
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON).body("{\"name\": ")
                .when().put("/api/v1/products/" + gtin).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.manufacturer(TestData.mah())).contentType("application/json")
                .body(Map.of("name", "x")).when().get("/api/v1/products/" + gtin).then().statusCode(404);
        assertThat(fixtures.count("SELECT count(*) FROM registry.product WHERE gtin = ?", gtin)).isZero();
    }

    @Test
    void withdrawalIsForGood() {
        fixtures.registerProduct(mah, gtin);
        String token = TestTokens.manufacturer(mah);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/products/" + gtin + "/withdraw")
                .then().statusCode(400).body("detail", containsString("reason"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "marketing authorisation ended"))
                .when().post("/api/v1/products/" + gtin + "/withdraw")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN")).body("withdrawReason", equalTo("marketing authorisation ended"));
        assertThat(fixtures.cachedMeta(gtin, "p")).isEqualTo("W|" + mah);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post("/api/v1/products/" + gtin + "/withdraw").then().statusCode(409);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(product("revived"))
                .when().put("/api/v1/products/" + gtin).then().statusCode(409);
        fixtures.uploadJson(mah, gtin, "L1", "300630", List.of("S1"), null)
                .then().statusCode(409).body("type", equalTo("urn:veripack:problem:product-withdrawn"));
    }
}
