package org.veripack.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.veripack.core.rules.RulesFixture.*;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/** Quarantine: a mark on the pack that keeps its status, makes it not dispensable and stops its distribution. */
class QuarantineRulesTest {

    static PackState quarantined(PackState pack, QuarantineLevel level) {
        return new PackState(pack.serial(), pack.batch(), pack.status(), pack.lastLocation(), pack.lastRole(),
                pack.lastChangedAt(), pack.repeatCount(), level);
    }

    @Test
    @DisplayName("a quarantined active pack verifies NMVS_OK, ACTIVE, but not dispensable, saying why")
    void quarantinedPackIsNotDispensable() {
        Decision decision = RULES.decide(PackRequest.verify(BATCH, EXPIRY),
                view(quarantined(activePack(), QuarantineLevel.SUSPECT)), PHARMACY_HERE);
        assertThat(decision.code()).isEqualTo(ReturnCode.NMVS_OK);
        assertThat(decision.status()).isEqualTo(ReportedStatus.ACTIVE);
        assertThat(decision.dispensable()).isFalse();
        assertThat(decision.alertCode()).isNull();
        assertThat(decision.detail()).contains("quarantined (SUSPECT)");
    }

    @Test
    @DisplayName("SUPPLIED, SAMPLE, FREE_SAMPLE and EXPORTED distribute a pack; DESTROYED and LOCKED do not")
    void distributingStates() {
        assertThat(java.util.Arrays.stream(PackStatus.values()).filter(PackStatus::distributesThePack))
                .containsExactlyInAnyOrder(PackStatus.SUPPLIED, PackStatus.SAMPLE, PackStatus.FREE_SAMPLE, PackStatus.EXPORTED);
    }

    @Test
    @DisplayName("a quarantined decommissioned pack still verifies with its status, not dispensable")
    void quarantinedSuppliedPack() {
        PackState supplied = decommissioned(PackStatus.SUPPLIED, PHARMACY_ELSEWHERE, Duration.ofHours(1), 0);
        Decision decision = RULES.decide(PackRequest.verify(BATCH, EXPIRY),
                view(quarantined(supplied, QuarantineLevel.ILLEGITIMATE)), PHARMACY_HERE);
        assertThat(decision.status()).isEqualTo(ReportedStatus.SUPPLIED);
        assertThat(decision.dispensable()).isFalse();
    }

    @Test
    @DisplayName("the request: level SUSPECT or ILLEGITIMATE in exact case, a reason of 1 to 500 characters")
    void requestValidation() {
        assertThat(QuarantineRules.quarantine("SUSPECT", "found at a wholesaler")).isEqualTo(
                new QuarantineRules.Request(QuarantineLevel.SUSPECT, "found at a wholesaler"));
        assertThatThrownBy(() -> QuarantineRules.quarantine("suspect", "x")).isInstanceOf(Refusal.class)
                .hasMessageContaining("send SUSPECT or ILLEGITIMATE");
        assertThatThrownBy(() -> QuarantineRules.quarantine(null, "x")).hasMessageContaining("\"level\" is missing");
        assertThatThrownBy(() -> QuarantineRules.quarantine("SUSPECT", " ")).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> QuarantineRules.quarantine("SUSPECT", "x".repeat(501))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> QuarantineRules.quarantine("SUSPECT", "a\u0000b")).isInstanceOf(Refusal.class);
    }

    @Test
    @DisplayName("quarantining at the level it has is no change; a release needs a quarantine")
    void changesAndRelease() {
        assertThat(QuarantineRules.changes(null, QuarantineLevel.SUSPECT)).isTrue();
        assertThat(QuarantineRules.changes(QuarantineLevel.SUSPECT, QuarantineLevel.ILLEGITIMATE)).isTrue();
        assertThat(QuarantineRules.changes(QuarantineLevel.SUSPECT, QuarantineLevel.SUSPECT)).isFalse();
        assertThatThrownBy(() -> QuarantineRules.requireQuarantined(null, GTIN, "S1"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.reason()).isEqualTo(Reason.PACK_NOT_QUARANTINED));
    }
}
