package org.veripack.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.rules.RulesFixture.*;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A verify answers 200 in every row; batch and expiry are optional and checked when given. */
class VerifyRulesTest {

    private static Decision verify(RegistryView view, String batch, String expiry) {
        return RULES.decide(PackRequest.verify(batch, expiry), view, PHARMACY_HERE);
    }

    @Test
    @DisplayName("an active pack of an active, unexpired batch and product is dispensable: NMVS_OK")
    void activePackIsDispensable() {
        Decision decision = verify(view(activePack()), BATCH, EXPIRY);
        assertThat(http(decision)).isEqualTo(200);
        assertThat(decision.code()).isEqualTo(ReturnCode.NMVS_OK);
        assertThat(decision.dispensable()).isTrue();
        assertThat(decision.status()).isEqualTo(ReportedStatus.ACTIVE);
        assertThat(decision.state()).isEqualTo(ReportedStatus.State.ACTIVE);
        assertThat(decision.change()).isEqualTo(Decision.Change.NONE);
    }

    @Test
    @DisplayName("batch and expiry are optional on a verify (manual entry of GTIN and serial)")
    void batchAndExpiryOptional() {
        Decision decision = verify(view(activePack()), null, null);
        assertThat(decision.code()).isEqualTo(ReturnCode.NMVS_OK);
        assertThat(decision.dispensable()).isTrue();
    }

    @Test
    @DisplayName("a decommissioned pack verifies 200 INACTIVE with its status, not dispensable, no alert")
    void decommissionedPackIsNotDispensable() {
        PackState supplied = decommissioned(PackStatus.SUPPLIED, PHARMACY_ELSEWHERE, Duration.ofHours(2), 0);
        Decision decision = verify(view(supplied), BATCH, EXPIRY);
        assertThat(http(decision)).isEqualTo(200);
        assertThat(decision.status()).isEqualTo(ReportedStatus.SUPPLIED);
        assertThat(decision.state()).isEqualTo(ReportedStatus.State.INACTIVE);
        assertThat(decision.dispensable()).isFalse();
        assertThat(decision.alertCode()).isNull();
    }

    @Test
    @DisplayName("every refusal row answers 200 on a verify, with its code and alert")
    void refusalsAnswer200() {
        assertThat(verify(RegistryView.unknownProduct(), null, null))
                .extracting(RulesFixture::http, Decision::code, Decision::alertCode)
                .containsExactly(200, ReturnCode.NMVS_NC_PC_01, null);
        assertThat(verify(RegistryView.unknownPack(product(ProductStatus.ACTIVE), false), "X", null))
                .extracting(RulesFixture::http, Decision::code, Decision::alertCode)
                .containsExactly(200, ReturnCode.NMVS_FE_LOT_03, AlertCode.A2);
        assertThat(verify(view(activePack()), "L9", null))
                .extracting(RulesFixture::http, Decision::code, Decision::alertCode, Decision::dispensable)
                .containsExactly(200, ReturnCode.NMVS_FE_LOT_13, AlertCode.A68, false);
        assertThat(verify(view(activePack()), null, "280101"))
                .extracting(RulesFixture::http, Decision::code, Decision::alertCode)
                .containsExactly(200, ReturnCode.NMVS_FE_LOT_12, AlertCode.A52);
    }

    @Test
    @DisplayName("serial unknown without a batch given: NMVS_NC_PC_02, A3 (the batch cannot be judged)")
    void serialUnknownWithoutBatch() {
        Decision decision = verify(RegistryView.unknownPack(product(ProductStatus.ACTIVE), false), null, null);
        assertThat(decision.code()).isEqualTo(ReturnCode.NMVS_NC_PC_02);
        assertThat(decision.alertCode()).isEqualTo(AlertCode.A3);
        assertThat(decision.status()).isEqualTo(ReportedStatus.UNKNOWN);
    }

    @Test
    @DisplayName("withdrawn outranks recalled outranks expired outranks the pack's own status")
    void statusPrecedence() {
        PackState supplied = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), 0);
        assertThat(verify(view(ProductStatus.WITHDRAWN, BatchStatus.RECALLED, "200100", supplied), null, null).status())
                .isEqualTo(ReportedStatus.WITHDRAWN);
        assertThat(verify(view(ProductStatus.ACTIVE, BatchStatus.RECALLED, "200100", supplied), null, null).status())
                .isEqualTo(ReportedStatus.RECALLED);
        assertThat(verify(view(ProductStatus.ACTIVE, BatchStatus.ACTIVE, "200100", supplied), null, null).status())
                .isEqualTo(ReportedStatus.EXPIRED);
    }

    @Test
    @DisplayName("a batch is expired from the day after its expiry day; DD=00 means the month's last day")
    void expiryBoundary() {
        // The clock says 2026-11-24.
        assertThat(verify(view(ProductStatus.ACTIVE, BatchStatus.ACTIVE, "261124", activePack()), null, null).code())
                .isEqualTo(ReturnCode.NMVS_OK);
        assertThat(verify(view(ProductStatus.ACTIVE, BatchStatus.ACTIVE, "261123", activePack()), null, null).code())
                .isEqualTo(ReturnCode.NMVS_NC_PCK_02);
        assertThat(verify(view(ProductStatus.ACTIVE, BatchStatus.ACTIVE, "261100", activePack()), null, null).code())
                .isEqualTo(ReturnCode.NMVS_OK);
        assertThat(verify(view(ProductStatus.ACTIVE, BatchStatus.ACTIVE, "261000", activePack()), null, null).code())
                .isEqualTo(ReturnCode.NMVS_NC_PCK_02);
    }

    @Test
    @DisplayName("the first row that applies decides: a mismatch outranks a recall, an unknown product outranks all")
    void firstRowDecides() {
        RegistryView recalled = view(ProductStatus.ACTIVE, BatchStatus.RECALLED, EXPIRY, activePack());
        assertThat(verify(recalled, "L2", null).code()).isEqualTo(ReturnCode.NMVS_FE_LOT_13);
        assertThat(verify(recalled, BATCH, "270101").code()).isEqualTo(ReturnCode.NMVS_FE_LOT_12);
        assertThat(verify(view(activePack()), "L2", "270101").code()).isEqualTo(ReturnCode.NMVS_FE_LOT_13);
    }
}
