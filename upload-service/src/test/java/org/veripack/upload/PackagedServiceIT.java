package org.veripack.upload;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

/**
 * The packaged service (the jar a container runs) doing a manufacturer's work: a product, JSON and CSV uploads,
 * their reports, a recall and a withdrawal. With -Paot this run trains the JDK 25 AOT cache.
 */
@QuarkusIntegrationTest
@WithTestResource(VeripackTestResource.class)
class PackagedServiceIT {

    private final String mah = TestData.mah();

    private io.restassured.specification.RequestSpecification asManufacturer() {
        return given().auth().oauth2(TestTokens.manufacturer(mah));
    }

    @Test
    void registersUploadsRecallsAndWithdrawsThroughThePackagedJar() {
        String gtin = TestData.gtin();
        asManufacturer().contentType(ContentType.JSON).body(Map.of("name", "Packaged " + gtin, "markets", List.of("DE")))
                .when().put("/api/v1/products/" + gtin).then().statusCode(201);
        for (int batch = 1; batch <= 5; batch++) {
            Response json = asManufacturer().contentType(ContentType.JSON)
                    .body(Map.of("gtin", gtin, "batch", "J" + batch, "expiry", "300630", "serials", TestData.serials("J" + batch + "-", 2_000)))
                    .when().post("/api/v1/batches");
            json.then().statusCode(202).body("status", equalTo("COMPLETED"));
            asManufacturer().when().get("/api/v1/uploads/" + json.jsonPath().getString("uploadId"))
                    .then().statusCode(200).body("accepted", equalTo(2_000));

            String csv = String.join("\n", TestData.serials("C" + batch + "-", 2_000)) + "\nbad serial\n";
            asManufacturer().contentType("text/csv").body(csv)
                    .queryParam("gtin", gtin).queryParam("batch", "C" + batch).queryParam("expiry", "291200")
                    .when().post("/api/v1/batches").then().statusCode(202).body("status", equalTo("COMPLETED"));
        }
        asManufacturer().contentType(ContentType.JSON).body(Map.of("reason", "contamination"))
                .when().post("/api/v1/batches/" + gtin + "/J1/recall").then().statusCode(200);
        asManufacturer().contentType(ContentType.JSON).body(Map.of("reason", "market exit"))
                .when().post("/api/v1/products/" + gtin + "/withdraw").then().statusCode(200);
        asManufacturer().when().get("/api/v1/products/" + gtin).then().statusCode(200);
        given().auth().oauth2(TestTokens.manufacturer(TestData.mah())).when().get("/api/v1/products/" + gtin).then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
