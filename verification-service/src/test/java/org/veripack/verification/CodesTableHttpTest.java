package org.veripack.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.veripack.verification.RegistryFixtures.BATCH;
import static org.veripack.verification.RegistryFixtures.EXPIRY;
import static org.veripack.verification.RegistryFixtures.change;
import static org.veripack.verification.RegistryFixtures.pack;
import static org.veripack.verification.RegistryFixtures.post;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.VeripackTestResource;

/** Every row of the Codes table (docs/invariants.md, section 3) through HTTP, in its order. */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class CodesTableHttpTest {

    @Inject
    RegistryFixtures registry;

    private final String here = TestData.gln();
    private final String elsewhere = TestData.gln();

    private static void expect(ValidatableResponse response, int http, String code, String alertCode) {
        response.statusCode(http).body("code", equalTo(code)).body("alertCode", equalTo(alertCode))
                .body("alertId", alertCode == null ? nullValue() : notNullValue());
        if (http != 200) {
            response.contentType("application/problem+json").body("status", equalTo(http)).body("type", equalTo("urn:veripack:problem:" + code.toLowerCase()));
        }
    }

    @Test
    @DisplayName("product unknown: 404 NMVS_NC_PC_01, no alert")
    void productUnknown() {
        String gtin = TestData.gtin();
        expect(post("decommission", here, change(gtin, "S1", "SUPPLIED")), 404, "NMVS_NC_PC_01", null);
        expect(post("verify", here, pack(gtin, "S1", null, null)), 200, "NMVS_NC_PC_01", null);
        assertThat(registry.alertsFor(gtin)).isZero();
    }

    @Test
    @DisplayName("serial unknown and the batch unknown for the product: 404 NMVS_FE_LOT_03, A2")
    void serialAndBatchUnknown() {
        String gtin = registry.product("S1");
        expect(post("decommission", here, Map.of("gtin", gtin, "serial", "NOPE", "batch", "X9", "expiry", EXPIRY, "state", "SUPPLIED")),
                404, "NMVS_FE_LOT_03", "A2");
        assertThat(registry.alertsFor(gtin)).isEqualTo(1);
    }

    @Test
    @DisplayName("serial unknown, batch known: 404 NMVS_NC_PC_02, A3")
    void serialUnknownBatchKnown() {
        String gtin = registry.product("S1");
        ValidatableResponse response = post("decommission", here, change(gtin, "NOPE", "SUPPLIED"));
        expect(response, 404, "NMVS_NC_PC_02", "A3");
        String alertId = response.extract().path("alertId");
        assertThat(registry.count("SELECT count(*) FROM registry.alert_outbox WHERE id = ?::uuid AND code = 'A3' "
                + "AND payload->>'code' = 'A3' AND payload->>'location' = ? AND payload->>'role' = 'pharmacy'", alertId, here))
                .as("the outbox row holds the alert event as a JSON object").isEqualTo(1);
        expect(post("verify", here, pack(gtin, "NOPE", null, null)), 200, "NMVS_NC_PC_02", "A3");
    }

    @Test
    @DisplayName("batch given and different from the pack's: 409 NMVS_FE_LOT_13, A68")
    void batchMismatch() {
        String gtin = registry.product("S1");
        registry.batch(gtin, "L2", EXPIRY, 2);
        expect(post("decommission", here, Map.of("gtin", gtin, "serial", "S1", "batch", "L2", "expiry", EXPIRY, "state", "SUPPLIED")),
                409, "NMVS_FE_LOT_13", "A68");
        expect(post("verify", here, pack(gtin, "S1", "L2", null)), 200, "NMVS_FE_LOT_13", "A68");
    }

    @Test
    @DisplayName("expiry given and different from the pack's batch: 409 NMVS_FE_LOT_12, A52")
    void expiryMismatch() {
        String gtin = registry.product("S1");
        expect(post("decommission", here, Map.of("gtin", gtin, "serial", "S1", "batch", BATCH, "expiry", "300600", "state", "SUPPLIED")),
                409, "NMVS_FE_LOT_12", "A52");
    }

    @Test
    @DisplayName("product withdrawn, batch recalled, batch expired: 409 with the state's code, no alert")
    void withdrawnRecalledExpired() {
        String withdrawn = registry.product("S1");
        registry.execute("UPDATE registry.product SET status = 'WITHDRAWN' WHERE gtin = ?", withdrawn);
        expect(post("decommission", here, change(withdrawn, "S1", "SUPPLIED")), 409, "NMVS_FE_LOT_08", null);
        post("verify", here, pack(withdrawn, "S1", null, null)).statusCode(200).body("status", equalTo("WITHDRAWN"))
                .body("dispensable", equalTo(false));

        String recalled = registry.product("S1");
        registry.execute("UPDATE registry.batch SET status = 'RECALLED' WHERE gtin = ?", recalled);
        expect(post("decommission", here, change(recalled, "S1", "SUPPLIED")), 409, "NMVS_FE_LOT_08", null);
        post("verify", here, pack(recalled, "S1", null, null)).body("status", equalTo("RECALLED"));

        String expired = TestData.gtin();
        registry.execute("INSERT INTO registry.product (gtin, mah_id, name) VALUES (?, 'M', 'x')", expired);
        registry.batch(expired, "OLD", "200100", 1);
        registry.packs(expired, "OLD", "S1");
        expect(post("decommission", here, Map.of("gtin", expired, "serial", "S1", "batch", "OLD", "expiry", "200100", "state", "SUPPLIED")),
                409, "NMVS_NC_PCK_02", null);
        post("verify", here, pack(expired, "S1", null, null)).body("status", equalTo("EXPIRED")).body("state", equalTo("INACTIVE"));
    }

    @Test
    @DisplayName("state change on an inactive pack, from another location: 409 NMVS_NC_PCK_22, A24")
    void inactivePackFromAnotherLocation() {
        String gtin = registry.product("S1");
        expect(post("decommission", here, change(gtin, "S1", "SUPPLIED")), 200, "NMVS_OK", null);
        expect(post("decommission", elsewhere, change(gtin, "S1", "SUPPLIED")), 409, "NMVS_NC_PCK_22", "A24");
    }

    @Test
    @DisplayName("same state again at the same location: NMVS_NC_PCK_30 for repeats 1 to 3, then NMVS_NC_PCK_22 with A24")
    void sameStateSameLocationRepeats() {
        String gtin = registry.product("S1");
        expect(post("decommission", here, change(gtin, "S1", "SUPPLIED")), 200, "NMVS_OK", null);
        for (int repeat = 1; repeat <= 3; repeat++) {
            expect(post("decommission", here, change(gtin, "S1", "SUPPLIED")), 409, "NMVS_NC_PCK_30", null);
        }
        expect(post("decommission", here, change(gtin, "S1", "SUPPLIED")), 409, "NMVS_NC_PCK_22", "A24");
        assertThat(registry.count("SELECT repeat_count FROM registry.pack WHERE gtin = ?", gtin)).isEqualTo(4);
    }

    @Test
    @DisplayName("another state at the same location: 409 NMVS_NC_PCK_22, A24")
    void anotherStateSameLocation() {
        String gtin = registry.product("S1");
        post("decommission", here, change(gtin, "S1", "SUPPLIED")).statusCode(200);
        expect(post("decommission", here, change(gtin, "S1", "DESTROYED")), 409, "NMVS_NC_PCK_22", "A24");
    }

    @Test
    @DisplayName("undo naming another state: 409 NMVS_NC_PCK_06 A24; undo on an ACTIVE pack: 409 NMVS_NC_PCK_29")
    void undoMismatchAndActive() {
        String gtin = registry.product("S1", "S2");
        expect(post("undo", here, change(gtin, "S2", "SUPPLIED")), 409, "NMVS_NC_PCK_29", null);
        post("decommission", here, change(gtin, "S1", "SUPPLIED")).statusCode(200);
        expect(post("undo", here, change(gtin, "S1", "EXPORTED")), 409, "NMVS_NC_PCK_06", "A24");
    }

    @Test
    @DisplayName("undo from another location or role: 403 NMVS_NC_PCK_21; past 240 hours: 409 NMVS_NC_PCK_20")
    void undoOtherLocationAndTooLate() {
        String gtin = registry.product("S1");
        post("decommission", here, change(gtin, "S1", "SUPPLIED")).statusCode(200);
        expect(post("undo", elsewhere, change(gtin, "S1", "SUPPLIED")), 403, "NMVS_NC_PCK_21", null);
        registry.execute("UPDATE registry.pack SET last_changed_at = now() - interval '241 hours' WHERE gtin = ?", gtin);
        expect(post("undo", here, change(gtin, "S1", "SUPPLIED")), 409, "NMVS_NC_PCK_20", null);
    }

    @Test
    @DisplayName("undo from STOLEN or DESTROYED: 409 NMVS_NC_PCK_06, no alert")
    void undoFromStolen() {
        String gtin = registry.product("S1");
        post("decommission", here, change(gtin, "S1", "STOLEN")).statusCode(200);
        expect(post("undo", here, change(gtin, "S1", "STOLEN")), 409, "NMVS_NC_PCK_06", null);
    }

    @Test
    @DisplayName("all checks pass: 200 NMVS_OK, and an undo brings the pack back")
    void allChecksPass() {
        String gtin = registry.product("S1");
        post("verify", here, pack(gtin, "S1", BATCH, EXPIRY)).statusCode(200).body("code", equalTo("NMVS_OK"))
                .body("state", equalTo("ACTIVE")).body("status", equalTo("ACTIVE")).body("dispensable", equalTo(true));
        post("decommission", here, change(gtin, "S1", "SUPPLIED")).statusCode(200).body("status", equalTo("SUPPLIED"))
                .body("state", equalTo("INACTIVE")).body("code", equalTo("NMVS_OK")).body("alertId", nullValue());
        post("verify", here, pack(gtin, "S1", null, null)).body("status", equalTo("SUPPLIED")).body("dispensable", equalTo(false));
        post("undo", here, change(gtin, "S1", "SUPPLIED")).statusCode(200).body("status", equalTo("ACTIVE"));
        post("verify", here, pack(gtin, "S1", null, null)).body("status", equalTo("ACTIVE")).body("dispensable", equalTo(true));
        assertThat(registry.count("SELECT count(*) FROM registry.pack_event WHERE gtin = ?", gtin)).isEqualTo(2);
        assertThat(registry.alertsFor(gtin)).isZero();
    }
}
