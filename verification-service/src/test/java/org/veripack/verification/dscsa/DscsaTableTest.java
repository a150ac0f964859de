package org.veripack.verification.dscsa;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasKey;
import static org.veripack.verification.dscsa.DscsaFixtures.EXP;
import static org.veripack.verification.dscsa.DscsaFixtures.LOT;
import static org.veripack.verification.dscsa.DscsaFixtures.ask;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import org.awaitility.Awaitility;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;
import org.veripack.verification.RegistryFixtures;

/**
 * The DSCSA verification table, one test per row in the table's order (the first row that applies decides), each
 * asked twice: once from PostgreSQL (the cache emptied) and once from the hot cache (the first answer refilled it).
 */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class DscsaTableTest {

    @Inject
    RegistryFixtures registry;

    @Inject
    DscsaFixtures dscsa;

    private String partner;

    @BeforeEach
    void partner() {
        partner = dscsa.partner("AUTHORIZED");
        dscsa.refreshPartners();
    }

    @Test
    void row1_unknownProduct_isNo_match_GTIN_Serial() {
        twice(TestData.gtin(), LOT, "S1", EXP).body("data.verified", equalTo(false))
                .body("data.verificationFailureReason", equalTo("No_match_GTIN_Serial"))
                .body("data", not(hasKey("additionalInfo")));
    }

    @Test
    void row1_unknownSerial_isNo_match_GTIN_Serial() {
        String gtin = registry.product("S1");
        twice(gtin, LOT, "NOPE", EXP).body("data.verified", equalTo(false))
                .body("data.verificationFailureReason", equalTo("No_match_GTIN_Serial"));
    }

    @Test
    void row2_lotAndExpiryDiffer_isNo_match_GTIN_Serial_Lot_Expiry() {
        String gtin = registry.product("S1");
        twice(gtin, "OTHER", "S1", "290101").body("data.verified", equalTo(false))
                .body("data.verificationFailureReason", equalTo("No_match_GTIN_Serial_Lot_Expiry"));
    }

    @Test
    void row3_lotDiffers_isNo_match_GTIN_Serial_Lot() {
        String gtin = registry.product("S1");
        twice(gtin, "l1", "S1", EXP).body("data.verified", equalTo(false))
                .body("data.verificationFailureReason", equalTo("No_match_GTIN_Serial_Lot"));
    }

    @Test
    void row4_expiryDiffers_isNo_match_GTIN_Serial_Expiry() {
        String gtin = registry.product("S1");
        twice(gtin, LOT, "S1", "300600").body("data.verified", equalTo(false))
                .body("data.verificationFailureReason", equalTo("No_match_GTIN_Serial_Expiry"));
    }

    @Test
    void row5_quarantinedIllegitimate_isNot_for_re_distribution_Illegitimate() {
        String gtin = registry.product("S1");
        quarantine(gtin, "S1", "ILLEGITIMATE");
        twice(gtin, LOT, "S1", EXP).body("data.verified", equalTo(false))
                .body("data.verificationFailureReason", equalTo("Not_for_re-distribution"))
                .body("data.additionalInfo", equalTo("Illegitimate"));
    }

    @Test
    void row6_quarantinedSuspect_isNot_for_re_distribution_Suspect() {
        String gtin = registry.product("S1");
        quarantine(gtin, "S1", "SUSPECT");
        twice(gtin, LOT, "S1", EXP).body("data.verified", equalTo(false))
                .body("data.verificationFailureReason", equalTo("Not_for_re-distribution"))
                .body("data.additionalInfo", equalTo("Suspect"));
    }

    @Test
    void row6_stolen_isNot_for_re_distribution_Suspect() {
        String gtin = registry.product("S1");
        decommission(gtin, "S1", "STOLEN");
        twice(gtin, LOT, "S1", EXP).body("data.verified", equalTo(false))
                .body("data.verificationFailureReason", equalTo("Not_for_re-distribution"))
                .body("data.additionalInfo", equalTo("Suspect"));
    }

    @Test
    void row7_decommissioned_isNot_for_re_distribution() {
        String gtin = registry.product("S1");
        decommission(gtin, "S1", "SUPPLIED");
        twice(gtin, LOT, "S1", EXP).body("data.verified", equalTo(false))
                .body("data.verificationFailureReason", equalTo("Not_for_re-distribution"))
                .body("data", not(hasKey("additionalInfo")));
    }

    @Test
    void row8_recalledBatch_isVerifiedRecalled_underTheDefaultPolicy() {
        String gtin = registry.product("S1");
        registry.execute("UPDATE registry.batch SET status = 'RECALLED' WHERE gtin = ?", gtin);
        twice(gtin, LOT, "S1", EXP).body("data.verified", equalTo(true))
                .body("data", not(hasKey("verificationFailureReason")))
                .body("data.additionalInfo", equalTo("Recalled"));
    }

    @Test
    void row8_withdrawnProduct_isManufacturer_policy_whenTheMahSaysNotVerified() {
        String gtin = registry.product("S1");
        registry.execute("UPDATE registry.product SET status = 'WITHDRAWN' WHERE gtin = ?", gtin);
        dscsa.policy(registry.mahOf(gtin), "NOT_VERIFIED", "VERIFIED");
        twice(gtin, LOT, "S1", EXP).body("data.verified", equalTo(false))
                .body("data.verificationFailureReason", equalTo("Manufacturer_policy"))
                .body("data.additionalInfo", equalTo("Recalled"));
    }

    @Test
    void row9_expiredBatch_isVerifiedExpired_orManufacturer_policy() {
        String gtin = registry.product();
        registry.batch(gtin, "OLD", "200131", 2);
        registry.packs(gtin, "OLD", "E1");
        twice(gtin, "OLD", "E1", "200131").body("data.verified", equalTo(true))
                .body("data.additionalInfo", equalTo("Expired"));
        dscsa.policy(registry.mahOf(gtin), "VERIFIED", "NOT_VERIFIED");
        twice(gtin, "OLD", "E1", "200131").body("data.verified", equalTo(false))
                .body("data.verificationFailureReason", equalTo("Manufacturer_policy"))
                .body("data.additionalInfo", equalTo("Expired"));
    }

    @Test
    void row10_otherwise_isVerified() {
        String gtin = registry.product("S1");
        twice(gtin, LOT, "S1", EXP).body("data.verified", equalTo(true))
                .body("data", not(hasKey("verificationFailureReason"))).body("data", not(hasKey("additionalInfo")))
                .body("responderGLN", equalTo("4099999000005"))
                .body("corrUUID", matchesPattern("[0-9a-f-]{36}"))
                .body("verificationTimestamp", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z"));
    }

    /** Asks with an empty cache (PostgreSQL answers and refills it), then again (the cache answers); both alike. */
    private ValidatableResponse twice(String gtin, String lot, String serial, String exp) {
        registry.flushCache();
        Object fromRegistry = ask(partner, gtin, lot, serial, exp).statusCode(200).header("GS1US-Version", "1.3.0")
                .extract().path("data");
        boolean packKnown = registry.count("SELECT count(*) FROM registry.pack WHERE gtin = ? AND serial = ?", gtin, serial) > 0;
        if (packKnown) {
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> registry.cached(gtin, serial) != null);
        }
        ValidatableResponse fromCache = ask(partner, gtin, lot, serial, exp).statusCode(200)
                .header("GS1US-Version", "1.3.0");
        assertThat((Object) fromCache.extract().path("data")).isEqualTo(fromRegistry);
        return fromCache;
    }

    private static void quarantine(String gtin, String serial, String level) {
        given().auth().oauth2(TestTokens.surveillance()).contentType(ContentType.JSON)
                .body(Map.of("level", level, "reason", "test")).when().put("/api/v1/packs/" + gtin + "/" + serial + "/quarantine")
                .then().statusCode(200);
    }

    private static void decommission(String gtin, String serial, String state) {
        RegistryFixtures.post("decommission", TestData.gln(), RegistryFixtures.change(gtin, serial, state)).statusCode(200);
    }
}
