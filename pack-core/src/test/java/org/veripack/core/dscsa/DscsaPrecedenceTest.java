package org.veripack.core.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.dscsa.DscsaFixture.*;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.QuarantineLevel;

/** Which row wins when several apply, how lot and expiry are compared, and what the policy switches change. */
class DscsaPrecedenceTest {

    private static DscsaAnswer decide(DscsaRequest request, DscsaView view, DscsaPolicy policy) {
        return DscsaRules.decide(request, view, policy, TODAY);
    }

    private static DscsaAnswer decide(DscsaRequest request, DscsaView view) {
        return decide(request, view, DscsaPolicy.DEFAULT);
    }

    /** Everything bad at once: withdrawn, recalled, expired, STOLEN, quarantined ILLEGITIMATE. */
    private static DscsaView everythingWrong() {
        return DscsaView.knownPack(true, LOT, expiry("200101"), true, PackStatus.STOLEN, QuarantineLevel.ILLEGITIMATE);
    }

    @Test
    @DisplayName("an unknown serial answers No_match_GTIN_Serial whatever lot and expiry were sent")
    void unknownSerialBeforeMismatch() {
        assertThat(decide(request("L2", "270531"), DscsaView.unknownPack()).failureReason())
                .isEqualTo(FailureReason.No_match_GTIN_Serial);
    }

    @Test
    @DisplayName("a lot mismatch on a stolen pack answers the lot mismatch")
    void lotMismatchBeforeStolen() {
        assertThat(decide(request("L2", EXPIRY), pack(PackStatus.STOLEN, null)))
                .isEqualTo(DscsaAnswer.notVerified(FailureReason.No_match_GTIN_Serial_Lot, null));
    }

    @Test
    @DisplayName("a mismatch answers the mismatch alone, even on a pack where every later row applies")
    void mismatchBeforeEverythingElse() {
        assertThat(decide(request("L2", "270531"), everythingWrong()))
                .isEqualTo(DscsaAnswer.notVerified(FailureReason.No_match_GTIN_Serial_Lot_Expiry, null));
        assertThat(decide(request("L2", "200101"), everythingWrong()))
                .isEqualTo(DscsaAnswer.notVerified(FailureReason.No_match_GTIN_Serial_Lot, null));
        assertThat(decide(request(LOT, "270531"), everythingWrong()))
                .isEqualTo(DscsaAnswer.notVerified(FailureReason.No_match_GTIN_Serial_Expiry, null));
    }

    @Test
    @DisplayName("ILLEGITIMATE before STOLEN, recalled and expired")
    void illegitimateBeforeStolen() {
        assertThat(decide(request(LOT, "200101"), everythingWrong()))
                .isEqualTo(DscsaAnswer.notVerified(FailureReason.Not_for_re_distribution, AdditionalInfo.Illegitimate));
    }

    @Test
    @DisplayName("a SUSPECT quarantine on a decommissioned pack answers Suspect, not the bare decommissioned row")
    void suspectBeforeDecommissioned() {
        assertThat(decide(matching(), pack(PackStatus.SUPPLIED, QuarantineLevel.SUSPECT)))
                .isEqualTo(DscsaAnswer.notVerified(FailureReason.Not_for_re_distribution, AdditionalInfo.Suspect));
    }

    @Test
    @DisplayName("a decommissioned pack of a recalled batch answers Not_for_re-distribution without Recalled, whatever the policy")
    void decommissionedBeforeRecalled() {
        DscsaView view = DscsaView.knownPack(true, LOT, expiry(EXPIRY), true, PackStatus.DESTROYED, null);

        assertThat(decide(matching(), view))
                .isEqualTo(DscsaAnswer.notVerified(FailureReason.Not_for_re_distribution, null));
    }

    @Test
    @DisplayName("a quarantined pack of a recalled batch answers Suspect, even when the policy verifies recalled packs")
    void quarantineBeforeRecalled() {
        DscsaView view = DscsaView.knownPack(false, LOT, expiry(EXPIRY), true, PackStatus.ACTIVE, QuarantineLevel.SUSPECT);

        assertThat(decide(matching(), view).verified()).isFalse();
        assertThat(decide(matching(), view).additionalInfo()).isEqualTo(AdditionalInfo.Suspect);
    }

    @Test
    @DisplayName("a recalled batch that has also expired answers Recalled, by the recalled policy")
    void recalledBeforeExpired() {
        DscsaView view = DscsaView.knownPack(false, LOT, expiry("200101"), true, PackStatus.ACTIVE, null);
        DscsaPolicy policy = new DscsaPolicy(PolicyAnswer.VERIFIED, PolicyAnswer.NOT_VERIFIED);

        assertThat(decide(request(LOT, "200101"), view, policy)).isEqualTo(DscsaAnswer.verified(AdditionalInfo.Recalled));
    }

    @Test
    @DisplayName("a withdrawn product whose batch has expired answers Recalled")
    void withdrawnBeforeExpired() {
        DscsaView view = DscsaView.knownPack(true, LOT, expiry("200101"), false, PackStatus.ACTIVE, null);

        assertThat(decide(request(LOT, "200101"), view).additionalInfo()).isEqualTo(AdditionalInfo.Recalled);
    }

    @Test
    @DisplayName("lot comparison is case-sensitive: l1 is not L1")
    void lotComparedCaseSensitively() {
        assertThat(decide(request("l1", EXPIRY), activePack()).failureReason())
                .isEqualTo(FailureReason.No_match_GTIN_Serial_Lot);
    }

    @Test
    @DisplayName("expiry is compared as uploaded: 270600 is not 270630 though both mean the end of June")
    void expiryComparedAsUploaded() {
        assertThat(decide(request(LOT, "270600"), activePack()).failureReason())
                .isEqualTo(FailureReason.No_match_GTIN_Serial_Expiry);
    }

    @Test
    @DisplayName("a batch is expired from the day after its last day, and DD=00 means the month's last day")
    void expiredFromTheDayAfter() {
        DscsaView lastDayToday = DscsaView.knownPack(false, LOT, expiry("261124"), false, PackStatus.ACTIVE, null);
        DscsaView endOfMonth = DscsaView.knownPack(false, LOT, expiry("261100"), false, PackStatus.ACTIVE, null);

        assertThat(decide(request(LOT, "261124"), lastDayToday)).isEqualTo(DscsaAnswer.verified(null));
        assertThat(DscsaRules.decide(request(LOT, "261124"), lastDayToday, DscsaPolicy.DEFAULT, TODAY.plusDays(1)))
                .isEqualTo(DscsaAnswer.verified(AdditionalInfo.Expired));
        assertThat(DscsaRules.decide(request(LOT, "261100"), endOfMonth, DscsaPolicy.DEFAULT, TODAY.withDayOfMonth(30)))
                .isEqualTo(DscsaAnswer.verified(null));
        assertThat(DscsaRules.decide(request(LOT, "261100"), endOfMonth, DscsaPolicy.DEFAULT, TODAY.withDayOfMonth(30).plusDays(1)))
                .isEqualTo(DscsaAnswer.verified(AdditionalInfo.Expired));
    }

    @Test
    @DisplayName("the recalled switch changes only the recalled row, the expired switch only the expired row")
    void policySwitchesAreIndependent() {
        DscsaView recalled = DscsaView.knownPack(false, LOT, expiry(EXPIRY), true, PackStatus.ACTIVE, null);
        DscsaView expired = DscsaView.knownPack(false, LOT, expiry("200101"), false, PackStatus.ACTIVE, null);
        DscsaPolicy recalledRefused = new DscsaPolicy(PolicyAnswer.NOT_VERIFIED, PolicyAnswer.VERIFIED);
        DscsaPolicy expiredRefused = new DscsaPolicy(PolicyAnswer.VERIFIED, PolicyAnswer.NOT_VERIFIED);

        assertThat(decide(matching(), recalled, recalledRefused))
                .isEqualTo(DscsaAnswer.notVerified(FailureReason.Manufacturer_policy, AdditionalInfo.Recalled));
        assertThat(decide(request(LOT, "200101"), expired, recalledRefused))
                .isEqualTo(DscsaAnswer.verified(AdditionalInfo.Expired));
        assertThat(decide(matching(), recalled, expiredRefused)).isEqualTo(DscsaAnswer.verified(AdditionalInfo.Recalled));
        assertThat(decide(request(LOT, "200101"), expired, expiredRefused))
                .isEqualTo(DscsaAnswer.notVerified(FailureReason.Manufacturer_policy, AdditionalInfo.Expired));
    }

    @Test
    @DisplayName("the policy never changes a mismatch, a quarantine, a decommission or a verified active pack")
    void policyOnlyForRecalledAndExpired() {
        DscsaPolicy strict = new DscsaPolicy(PolicyAnswer.NOT_VERIFIED, PolicyAnswer.NOT_VERIFIED);

        assertThat(decide(request("L2", EXPIRY), activePack(), strict)).isEqualTo(decide(request("L2", EXPIRY), activePack()));
        assertThat(decide(matching(), pack(PackStatus.ACTIVE, QuarantineLevel.SUSPECT), strict))
                .isEqualTo(decide(matching(), pack(PackStatus.ACTIVE, QuarantineLevel.SUSPECT)));
        assertThat(decide(matching(), pack(PackStatus.SUPPLIED, null), strict)).isEqualTo(decide(matching(), pack(PackStatus.SUPPLIED, null)));
        assertThat(decide(matching(), activePack(), strict)).isEqualTo(DscsaAnswer.verified(null));
    }
}
