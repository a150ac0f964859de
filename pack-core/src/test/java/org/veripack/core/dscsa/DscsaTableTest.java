package org.veripack.core.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.dscsa.DscsaFixture.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.QuarantineLevel;

/**
 * One test per row of the DSCSA table of docs/http-contract.md ("GET /dscsa/verify/..."), in its
 * order. Each row's case is built so that no earlier row applies.
 */
@TestMethodOrder(MethodOrderer.MethodName.class)
class DscsaTableTest {

    private static final DscsaPolicy NOT_VERIFIED = new DscsaPolicy(PolicyAnswer.NOT_VERIFIED, PolicyAnswer.NOT_VERIFIED);

    private static DscsaAnswer decide(DscsaRequest request, DscsaView view) {
        return decide(request, view, DscsaPolicy.DEFAULT);
    }

    private static DscsaAnswer decide(DscsaRequest request, DscsaView view, DscsaPolicy policy) {
        return DscsaRules.decide(request, view, policy, TODAY);
    }

    private static DscsaAnswer notVerified(FailureReason reason, AdditionalInfo info) {
        return DscsaAnswer.notVerified(reason, info);
    }

    @Test
    @DisplayName("1. product, or GTIN + serial, unknown: false, No_match_GTIN_Serial")
    void row01_productOrGtinSerialUnknown() {
        assertThat(decide(matching(), DscsaView.unknownProduct()))
                .isEqualTo(notVerified(FailureReason.No_match_GTIN_Serial, null));
        assertThat(decide(matching(), DscsaView.unknownPack()))
                .isEqualTo(notVerified(FailureReason.No_match_GTIN_Serial, null));
    }

    @Test
    @DisplayName("2. lot and expiry both differ: false, No_match_GTIN_Serial_Lot_Expiry")
    void row02_lotAndExpiryBothDiffer() {
        assertThat(decide(request("L2", "270531"), activePack()))
                .isEqualTo(notVerified(FailureReason.No_match_GTIN_Serial_Lot_Expiry, null));
    }

    @Test
    @DisplayName("3. lot differs: false, No_match_GTIN_Serial_Lot")
    void row03_lotDiffers() {
        assertThat(decide(request("L2", EXPIRY), activePack()))
                .isEqualTo(notVerified(FailureReason.No_match_GTIN_Serial_Lot, null));
    }

    @Test
    @DisplayName("4. expiry differs: false, No_match_GTIN_Serial_Expiry")
    void row04_expiryDiffers() {
        assertThat(decide(request(LOT, "270531"), activePack()))
                .isEqualTo(notVerified(FailureReason.No_match_GTIN_Serial_Expiry, null));
    }

    @Test
    @DisplayName("5. pack quarantined ILLEGITIMATE: false, Not_for_re-distribution, Illegitimate")
    void row05_packQuarantinedIllegitimate() {
        assertThat(decide(matching(), pack(PackStatus.ACTIVE, QuarantineLevel.ILLEGITIMATE)))
                .isEqualTo(notVerified(FailureReason.Not_for_re_distribution, AdditionalInfo.Illegitimate));
    }

    @Test
    @DisplayName("6. pack quarantined SUSPECT, or STOLEN: false, Not_for_re-distribution, Suspect")
    void row06_packQuarantinedSuspectOrStolen() {
        DscsaAnswer suspect = notVerified(FailureReason.Not_for_re_distribution, AdditionalInfo.Suspect);

        assertThat(decide(matching(), pack(PackStatus.ACTIVE, QuarantineLevel.SUSPECT))).isEqualTo(suspect);
        assertThat(decide(matching(), pack(PackStatus.STOLEN, null))).isEqualTo(suspect);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = PackStatus.class, names = {"ACTIVE", "STOLEN"}, mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("7. pack decommissioned (any other inactive state): false, Not_for_re-distribution")
    void row07_packDecommissionedInAnyOtherInactiveState(PackStatus status) {
        assertThat(decide(matching(), pack(status, null)))
                .isEqualTo(notVerified(FailureReason.Not_for_re_distribution, null));
    }

    @Test
    @DisplayName("8. batch recalled or product withdrawn: per the MAH's policy, true or false with Manufacturer_policy; Recalled")
    void row08_batchRecalledOrProductWithdrawn() {
        DscsaView recalled = DscsaView.knownPack(false, LOT, expiry(EXPIRY), true, PackStatus.ACTIVE, null);
        DscsaView withdrawn = DscsaView.knownPack(true, LOT, expiry(EXPIRY), false, PackStatus.ACTIVE, null);

        for (DscsaView view : new DscsaView[] {recalled, withdrawn}) {
            assertThat(decide(matching(), view)).isEqualTo(DscsaAnswer.verified(AdditionalInfo.Recalled));
            assertThat(decide(matching(), view, NOT_VERIFIED))
                    .isEqualTo(notVerified(FailureReason.Manufacturer_policy, AdditionalInfo.Recalled));
        }
    }

    @Test
    @DisplayName("9. batch expired: per the MAH's policy, true or false with Manufacturer_policy; Expired")
    void row09_batchExpired() {
        DscsaView expired = DscsaView.knownPack(false, LOT, expiry("261123"), false, PackStatus.ACTIVE, null);

        assertThat(decide(request(LOT, "261123"), expired)).isEqualTo(DscsaAnswer.verified(AdditionalInfo.Expired));
        assertThat(decide(request(LOT, "261123"), expired, NOT_VERIFIED))
                .isEqualTo(notVerified(FailureReason.Manufacturer_policy, AdditionalInfo.Expired));
    }

    @Test
    @DisplayName("10. otherwise: true")
    void row10_otherwise() {
        DscsaAnswer answer = decide(matching(), activePack(), NOT_VERIFIED);

        assertThat(answer).isEqualTo(DscsaAnswer.verified(null));
        assertThat(answer.recordCode()).isEqualTo("VERIFIED");
    }
}
