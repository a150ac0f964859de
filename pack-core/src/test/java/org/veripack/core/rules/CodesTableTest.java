package org.veripack.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.rules.RulesFixture.*;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test per row of the Codes table of docs/invariants.md, in its order, through decommission. */
class CodesTableTest {

    private static Decision decommission(RegistryView view, String batch, String expiry, Caller caller) {
        return RULES.decide(PackRequest.decommission(batch, expiry, PackStatus.SUPPLIED), view, caller);
    }

    private static void assertAnswer(Decision decision, int http, ReturnCode code, AlertCode alert) {
        assertThat(http(decision)).as("HTTP status").isEqualTo(http);
        assertThat(decision.code()).as("return code").isEqualTo(code);
        assertThat(decision.alertCode()).as("alert code").isEqualTo(alert);
    }

    @Test
    @DisplayName("product unknown: 404 NMVS_NC_PC_01, no alert")
    void productUnknown() {
        Decision decision = decommission(RegistryView.unknownProduct(), BATCH, EXPIRY, PHARMACY_HERE);
        assertAnswer(decision, 404, ReturnCode.NMVS_NC_PC_01, null);
        assertThat(decision.status()).isEqualTo(ReportedStatus.UNKNOWN);
        assertThat(decision.state()).isEqualTo(ReportedStatus.State.UNKNOWN);
        assertThat(decision.change()).isEqualTo(Decision.Change.NONE);
    }

    @Test
    @DisplayName("serial unknown and the batch unknown for the product: 404 NMVS_FE_LOT_03, A2")
    void serialUnknownAndBatchUnknown() {
        RegistryView view = RegistryView.unknownPack(product(ProductStatus.ACTIVE), false);
        assertAnswer(decommission(view, "NOPE", EXPIRY, PHARMACY_HERE), 404, ReturnCode.NMVS_FE_LOT_03, AlertCode.A2);
    }

    @Test
    @DisplayName("serial unknown, batch known: 404 NMVS_NC_PC_02, A3")
    void serialUnknownBatchKnown() {
        RegistryView view = RegistryView.unknownPack(product(ProductStatus.ACTIVE), true);
        Decision decision = decommission(view, BATCH, EXPIRY, PHARMACY_HERE);
        assertAnswer(decision, 404, ReturnCode.NMVS_NC_PC_02, AlertCode.A3);
        assertThat(decision.dispensable()).isFalse();
    }

    @Test
    @DisplayName("batch given and different from the pack's: 409 NMVS_FE_LOT_13, A68")
    void batchMismatch() {
        assertAnswer(decommission(view(activePack()), "L2", EXPIRY, PHARMACY_HERE), 409, ReturnCode.NMVS_FE_LOT_13, AlertCode.A68);
    }

    @Test
    @DisplayName("batch comparison is case-sensitive: l1 is not L1")
    void batchMismatchIsCaseSensitive() {
        assertAnswer(decommission(view(activePack()), "l1", EXPIRY, PHARMACY_HERE), 409, ReturnCode.NMVS_FE_LOT_13, AlertCode.A68);
    }

    @Test
    @DisplayName("expiry given and different from the pack's batch: 409 NMVS_FE_LOT_12, A52")
    void expiryMismatch() {
        assertAnswer(decommission(view(activePack()), BATCH, "270531", PHARMACY_HERE),
                409, ReturnCode.NMVS_FE_LOT_12, AlertCode.A52);
    }

    @Test
    @DisplayName("expiry is compared as uploaded: 270600 is not 270630 though both mean the end of June")
    void expiryComparedAsUploaded() {
        assertAnswer(decommission(view(activePack()), BATCH, "270600", PHARMACY_HERE),
                409, ReturnCode.NMVS_FE_LOT_12, AlertCode.A52);
    }

    @Test
    @DisplayName("product withdrawn: 409 NMVS_FE_LOT_08, no alert")
    void productWithdrawn() {
        Decision decision = decommission(view(ProductStatus.WITHDRAWN, BatchStatus.ACTIVE, EXPIRY, activePack()), BATCH, EXPIRY, PHARMACY_HERE);
        assertAnswer(decision, 409, ReturnCode.NMVS_FE_LOT_08, null);
        assertThat(decision.status()).isEqualTo(ReportedStatus.WITHDRAWN);
    }

    @Test
    @DisplayName("batch recalled: 409 NMVS_FE_LOT_08, no alert")
    void batchRecalled() {
        Decision decision = decommission(view(ProductStatus.ACTIVE, BatchStatus.RECALLED, EXPIRY, activePack()), BATCH, EXPIRY, PHARMACY_HERE);
        assertAnswer(decision, 409, ReturnCode.NMVS_FE_LOT_08, null);
        assertThat(decision.status()).isEqualTo(ReportedStatus.RECALLED);
    }

    @Test
    @DisplayName("batch expired: 409 NMVS_NC_PCK_02, no alert")
    void batchExpired() {
        Decision decision = decommission(view(ProductStatus.ACTIVE, BatchStatus.ACTIVE, "261123", activePack()), BATCH, "261123", PHARMACY_HERE);
        assertAnswer(decision, 409, ReturnCode.NMVS_NC_PCK_02, null);
        assertThat(decision.status()).isEqualTo(ReportedStatus.EXPIRED);
    }

    @Test
    @DisplayName("state change on an inactive pack, from another location: 409 NMVS_NC_PCK_22, A24")
    void inactivePackFromAnotherLocation() {
        PackState supplied = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), 0);
        Decision decision = decommission(view(supplied), BATCH, EXPIRY, PHARMACY_ELSEWHERE);
        assertAnswer(decision, 409, ReturnCode.NMVS_NC_PCK_22, AlertCode.A24);
        assertThat(decision.change()).isEqualTo(Decision.Change.NONE);
    }

    @Test
    @DisplayName("same state again at the same location, repeats 1 to 3: 409 NMVS_NC_PCK_30, no alert")
    void sameStateSameLocationRepeatsOneToThree() {
        for (int previousRepeats = 0; previousRepeats < 3; previousRepeats++) {
            PackState supplied = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), previousRepeats);
            Decision decision = decommission(view(supplied), BATCH, EXPIRY, PHARMACY_HERE);
            assertAnswer(decision, 409, ReturnCode.NMVS_NC_PCK_30, null);
            assertThat(decision.change()).isEqualTo(Decision.Change.COUNT_REPEAT);
        }
    }

    @Test
    @DisplayName("same state again at the same location, from the 4th repeat: 409 NMVS_NC_PCK_22, A24")
    void sameStateSameLocationFromFourthRepeat() {
        PackState supplied = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), 3);
        assertAnswer(decommission(view(supplied), BATCH, EXPIRY, PHARMACY_HERE), 409, ReturnCode.NMVS_NC_PCK_22, AlertCode.A24);
    }

    @Test
    @DisplayName("the repeat limit is configurable")
    void repeatLimitIsConfigurable() {
        PackRules strict = new PackRules(new RulesConfig(1, Duration.ofHours(240)), CLOCK);
        PackState once = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), 0);
        PackState twice = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), 1);
        PackRequest request = PackRequest.decommission(BATCH, EXPIRY, PackStatus.SUPPLIED);
        assertThat(strict.decide(request, view(once), PHARMACY_HERE).code()).isEqualTo(ReturnCode.NMVS_NC_PCK_30);
        assertThat(strict.decide(request, view(twice), PHARMACY_HERE).alertCode()).isEqualTo(AlertCode.A24);
    }

    @Test
    @DisplayName("another state at the same location: 409 NMVS_NC_PCK_22, A24")
    void anotherStateSameLocation() {
        PackState supplied = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), 0);
        Decision decision = RULES.decide(PackRequest.decommission(BATCH, EXPIRY, PackStatus.DESTROYED), view(supplied), PHARMACY_HERE);
        assertAnswer(decision, 409, ReturnCode.NMVS_NC_PCK_22, AlertCode.A24);
    }

    @Test
    @DisplayName("undo naming a decommissioned state other than the pack's: 409 NMVS_NC_PCK_06, A24")
    void undoNamingAnotherState() {
        PackState supplied = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), 0);
        Decision decision = RULES.decide(PackRequest.undo(BATCH, EXPIRY, PackStatus.EXPORTED), view(supplied), PHARMACY_HERE);
        assertAnswer(decision, 409, ReturnCode.NMVS_NC_PCK_06, AlertCode.A24);
    }

    @Test
    @DisplayName("undo on an ACTIVE pack: 409 NMVS_NC_PCK_29, no alert")
    void undoOnActivePack() {
        Decision decision = RULES.decide(PackRequest.undo(BATCH, EXPIRY, PackStatus.SUPPLIED), view(activePack()), PHARMACY_HERE);
        assertAnswer(decision, 409, ReturnCode.NMVS_NC_PCK_29, null);
    }

    @Test
    @DisplayName("undo from another location or role: 403 NMVS_NC_PCK_21, no alert")
    void undoFromAnotherLocationOrRole() {
        PackState supplied = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(1), 0);
        PackRequest undo = PackRequest.undo(BATCH, EXPIRY, PackStatus.SUPPLIED);
        assertAnswer(RULES.decide(undo, view(supplied), PHARMACY_ELSEWHERE), 403, ReturnCode.NMVS_NC_PCK_21, null);
        assertAnswer(RULES.decide(undo, view(supplied), WHOLESALER_HERE), 403, ReturnCode.NMVS_NC_PCK_21, null);
    }

    @Test
    @DisplayName("undo past 240 hours: 409 NMVS_NC_PCK_20, no alert")
    void undoPast240Hours() {
        PackState supplied = decommissioned(PackStatus.SUPPLIED, PHARMACY_HERE, Duration.ofHours(240).plusSeconds(1), 0);
        Decision decision = RULES.decide(PackRequest.undo(BATCH, EXPIRY, PackStatus.SUPPLIED), view(supplied), PHARMACY_HERE);
        assertAnswer(decision, 409, ReturnCode.NMVS_NC_PCK_20, null);
    }

    @Test
    @DisplayName("undo from STOLEN or DESTROYED: 409 NMVS_NC_PCK_06, no alert")
    void undoFromStolenOrDestroyed() {
        for (PackStatus status : new PackStatus[] {PackStatus.STOLEN, PackStatus.DESTROYED}) {
            PackState pack = decommissioned(status, PHARMACY_HERE, Duration.ofHours(1), 0);
            Decision decision = RULES.decide(PackRequest.undo(BATCH, EXPIRY, status), view(pack), PHARMACY_HERE);
            assertAnswer(decision, 409, ReturnCode.NMVS_NC_PCK_06, null);
            assertThat(decision.change()).isEqualTo(Decision.Change.NONE);
        }
    }

    @Test
    @DisplayName("all checks pass: 200 NMVS_OK")
    void allChecksPass() {
        Decision decision = decommission(view(activePack()), BATCH, EXPIRY, PHARMACY_HERE);
        assertAnswer(decision, 200, ReturnCode.NMVS_OK, null);
        assertThat(decision.change()).isEqualTo(Decision.Change.SET_STATUS);
        assertThat(decision.newPackStatus()).isEqualTo(PackStatus.SUPPLIED);
        assertThat(decision.status()).isEqualTo(ReportedStatus.SUPPLIED);
        assertThat(decision.state()).isEqualTo(ReportedStatus.State.INACTIVE);
    }
}
