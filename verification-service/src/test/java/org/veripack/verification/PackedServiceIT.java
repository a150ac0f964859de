package org.veripack.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.veripack.core.gs1.Expiry;
import org.veripack.testsupport.IntegrationTestInfrastructure;
import org.veripack.testsupport.Sql;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

/**
 * The packaged service (the jar a container runs) doing a pharmacy's work: verifies from the cache and after a
 * miss, decommissions, undos, a bulk request and a history. With -Paot this run trains the JDK 25 AOT cache.
 */
@QuarkusIntegrationTest
@WithTestResource(VeripackTestResource.class)
class PackedServiceIT {

    private static final int PACKS = 200;
    private final Sql sql = new Sql(IntegrationTestInfrastructure.dataSource());
    private final String here = TestData.gln();

    private String product(List<String> serials) {
        String gtin = TestData.gtin();
        sql.execute("INSERT INTO registry.product (gtin, mah_id, name, markets) VALUES (?, ?, 'packaged', '{DE}')", gtin, TestData.mah());
        sql.execute("INSERT INTO registry.batch (gtin, batch, ordinal, expiry, expiry_date) VALUES (?, 'L1', 1, '300630', ?)",
                gtin, Expiry.parse("300630", LocalDate.now().getYear()).lastDay());
        UUID upload = UUID.randomUUID();
        for (String serial : serials) {
            sql.execute("INSERT INTO registry.pack (gtin, serial, batch, upload_id) VALUES (?, ?, 'L1', ?)", gtin, serial, upload);
        }
        return gtin;
    }

    private ValidatableResponse post(String path, Map<String, Object> body) {
        return post(here, path, body);
    }

    private static ValidatableResponse post(String gln, String path, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.pharmacy(gln)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/packs/" + path).then();
    }

    private static Map<String, Object> pack(String gtin, String serial, String state) {
        Map<String, Object> body = new HashMap<>(Map.of("gtin", gtin, "serial", serial, "batch", "L1", "expiry", "300630"));
        if (state != null) {
            body.put("state", state);
        }
        return body;
    }

    @Test
    void verifiesDecommissionsAndUndoesThroughThePackagedJar() {
        List<String> serials = TestData.serials("P", PACKS);
        String gtin = product(serials);
        for (String serial : serials) {
            post("verify", pack(gtin, serial, null)).statusCode(200).body("code", equalTo("NMVS_OK")).body("state", equalTo("ACTIVE"));
        }
        for (String serial : serials.subList(0, PACKS / 2)) {
            post("decommission", pack(gtin, serial, "SUPPLIED")).statusCode(200).body("status", equalTo("SUPPLIED"));
            post("verify", pack(gtin, serial, null)).statusCode(200).body("state", equalTo("INACTIVE"));
        }
        for (String serial : serials.subList(0, PACKS / 4)) {
            post("undo", pack(gtin, serial, "SUPPLIED")).statusCode(200).body("state", equalTo("ACTIVE"));
        }
        // supplied here, then scanned for supply at another pharmacy: refused, with an alert
        post(TestData.gln(), "decommission", pack(gtin, serials.get(PACKS / 2 - 1), "SUPPLIED")).statusCode(409);
        post("verify", pack(gtin, "UNKNOWN-1", null)).statusCode(200).body("code", equalTo("NMVS_NC_PC_02"));
        post("verify", Map.of("gtin", "123")).statusCode(400).contentType("application/problem+json");

        List<Map<String, Object>> bulk = new ArrayList<>();
        serials.forEach(serial -> bulk.add(pack(gtin, serial, null)));
        post("bulk", Map.of("operation", "VERIFY", "packs", bulk)).statusCode(200);

        given().auth().oauth2(TestTokens.surveillance()).when().get("/api/v1/packs/" + gtin + "/" + serials.get(0) + "/history")
                .then().statusCode(200).body("chainValid", equalTo(true));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
