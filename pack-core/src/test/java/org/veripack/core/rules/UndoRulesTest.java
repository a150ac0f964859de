package org.veripack.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.rules.RulesFixture.*;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The undo rules of docs/invariants.md "States and moves", one by one. */
class UndoRulesTest {

    private static Decision undo(PackStatus named, RegistryView view, Caller caller) {
        return RULES.decide(PackRequest.undo(BATCH, EXPIRY, named), view, caller);
    }

    @ParameterizedTest
    @EnumSource(value = PackStatus.class, names = {"SUPPLIED", "EXPORTED", "SAMPLE", "FREE_SAMPLE", "LOCKED", "CHECKED_OUT"})
    @DisplayName("undo by the same location and role, naming the pack's state, within 240 hours: back to ACTIVE")
    void undoWithinWindowReactivates(PackStatus status) {
        PackState pack = decommissioned(status, PHARMACY_HERE, Duration.ofHours(1), 0);
        Decision decision = undo(status, view(pack), PHARMACY_HERE);
        assertThat(decision.code()).isEqualTo(ReturnCode.NMVS_OK);
        assertThat(http(decision)).isEqualTo(200);
        assertThat(decision.newPackStatus()).isEqualTo(PackStatus.ACTIVE);
        assertThat(decision.dispensable()).isTrue();
    }

    @Test
    @DisplayName("undo exactly 240 hours after the decommission is still allowed")
    void undoAtExactly240Hours() {
        PackState pack = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(240), 0);
        assertThat(undo(PackStatus.SUPPLIED, view(pack), PHARMACY_HERE).code()).isEqualTo(ReturnCode.NMVS_OK);
    }

    @Test
    @DisplayName("LOCKED has no undo time limit")
    void lockedHasNoTimeLimit() {
        PackState pack = decommissioned(PackStatus.LOCKED, PHARMACY_HERE, Duration.ofDays(400), 0);
        assertThat(undo(PackStatus.LOCKED, view(pack), PHARMACY_HERE).code()).isEqualTo(ReturnCode.NMVS_OK);
    }

    @Test
    @DisplayName("the undo window is configurable")
    void undoWindowIsConfigurable() {
        PackRules rules = new PackRules(new RulesConfig(3, Duration.ofHours(1)), CLOCK);
        PackState pack = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(2), 0);
        assertThat(rules.decide(PackRequest.undo(BATCH, EXPIRY, PackStatus.SUPPLIED), view(pack), PHARMACY_HERE).code())
                .isEqualTo(ReturnCode.NMVS_NC_PCK_20);
    }

    @Test
    @DisplayName("undo needs the same role: a wholesaler at the pharmacy's GLN may not undo it")
    void undoNeedsSameRole() {
        PackState pack = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), 0);
        assertThat(undo(PackStatus.SUPPLIED, view(pack), WHOLESALER_HERE).code()).isEqualTo(ReturnCode.NMVS_NC_PCK_21);
    }

    @Test
    @DisplayName("undo is refused when the batch is recalled, the batch expired or the product withdrawn")
    void undoRefusedForBatchOrProductReasons() {
        PackState pack = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), 0);
        assertThat(undo(PackStatus.SUPPLIED, view(ProductStatus.ACTIVE, BatchStatus.RECALLED, EXPIRY, pack), PHARMACY_HERE))
                .extracting(Decision::code, Decision::alertCode).containsExactly(ReturnCode.NMVS_FE_LOT_08, null);
        assertThat(undo(PackStatus.SUPPLIED, view(ProductStatus.WITHDRAWN, BatchStatus.ACTIVE, EXPIRY, pack), PHARMACY_HERE))
                .extracting(Decision::code, Decision::alertCode).containsExactly(ReturnCode.NMVS_FE_LOT_08, null);
        RegistryView expired = view(ProductStatus.ACTIVE, BatchStatus.ACTIVE, "261000", pack);
        assertThat(RULES.decide(PackRequest.undo(BATCH, "261000", PackStatus.SUPPLIED), expired, PHARMACY_HERE))
                .extracting(Decision::code, Decision::alertCode).containsExactly(ReturnCode.NMVS_NC_PCK_02, null);
    }

    @Test
    @DisplayName("undo checks run in table order: another location outranks the time limit and STOLEN")
    void undoCheckOrder() {
        PackState oldStolen = decommissioned(PackStatus.STOLEN, PHARMACY_HERE, Duration.ofDays(30), 0);
        assertThat(undo(PackStatus.STOLEN, view(oldStolen), PHARMACY_ELSEWHERE).code()).isEqualTo(ReturnCode.NMVS_NC_PCK_21);
        assertThat(undo(PackStatus.STOLEN, view(oldStolen), PHARMACY_HERE).code()).isEqualTo(ReturnCode.NMVS_NC_PCK_20);
        PackState freshDestroyed = decommissioned(PackStatus.DESTROYED, PHARMACY_HERE, Duration.ofHours(1), 0);
        assertThat(undo(PackStatus.DESTROYED, view(freshDestroyed), PHARMACY_HERE).code()).isEqualTo(ReturnCode.NMVS_NC_PCK_06);
    }

    @Test
    @DisplayName("undo naming another state outranks the location check (A24, the pack is not what the caller thinks)")
    void mismatchOutranksLocation() {
        PackState pack = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), 0);
        assertThat(undo(PackStatus.LOCKED, view(pack), PHARMACY_ELSEWHERE))
                .extracting(Decision::code, Decision::alertCode).containsExactly(ReturnCode.NMVS_NC_PCK_06, AlertCode.A24);
    }
}
