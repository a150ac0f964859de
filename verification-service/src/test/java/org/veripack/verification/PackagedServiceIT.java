package org.veripack.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.veripack.verification.RegistryFixtures.BATCH;
import static org.veripack.verification.RegistryFixtures.EXPIRY;
import static org.veripack.verification.RegistryFixtures.change;
import static org.veripack.verification.RegistryFixtures.pack;
import static org.veripack.verification.RegistryFixtures.post;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
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
class PackagedServiceIT {

    private static final int PACKS = 200;
    private final String here = TestData.gln();

    @Test
    void verifiesDecommissionsAndUndoesThroughThePackagedJar() {
        List<String> serials = TestData.serials("P", PACKS);
        String gtin = RegistryFixtures.product(new Sql(IntegrationTestInfrastructure.dataSource()), serials.toArray(String[]::new));
        for (String serial : serials) {
            post("verify", here, pack(gtin, serial, BATCH, EXPIRY)).statusCode(200)
                    .body("code", equalTo("NMVS_OK")).body("state", equalTo("ACTIVE"));
        }
        for (String serial : serials.subList(0, PACKS / 2)) {
            post("decommission", here, change(gtin, serial, "SUPPLIED")).statusCode(200).body("status", equalTo("SUPPLIED"));
            post("verify", here, pack(gtin, serial, BATCH, EXPIRY)).statusCode(200).body("state", equalTo("INACTIVE"));
        }
        for (String serial : serials.subList(0, PACKS / 4)) {
            post("undo", here, change(gtin, serial, "SUPPLIED")).statusCode(200).body("state", equalTo("ACTIVE"));
        }
        // supplied here, then scanned for supply at another pharmacy: refused, with an alert
        post("decommission", TestData.gln(), change(gtin, serials.get(PACKS / 2 - 1), "SUPPLIED")).statusCode(409);
        post("verify", here, pack(gtin, "UNKNOWN-1", BATCH, EXPIRY)).statusCode(200).body("code", equalTo("NMVS_NC_PC_02"));
        post("verify", here, Map.of("gtin", "123")).statusCode(400).contentType("application/problem+json");

        List<Map<String, Object>> bulk = new ArrayList<>();
        serials.forEach(serial -> bulk.add(pack(gtin, serial, BATCH, EXPIRY)));
        post("bulk", here, Map.of("operation", "VERIFY", "packs", bulk)).statusCode(200);

        given().auth().oauth2(TestTokens.surveillance()).when().get("/api/v1/packs/" + gtin + "/" + serials.get(0) + "/history")
                .then().statusCode(200).body("chainValid", equalTo(true));
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }
}
