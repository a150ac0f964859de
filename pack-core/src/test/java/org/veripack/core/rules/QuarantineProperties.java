package org.veripack.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.RefusalKind;

/** A quarantine stops exactly the decommissions that would distribute the pack, at either level. */
class QuarantineProperties {

    @Property
    @Label("a decommission of a quarantined active pack: refused 409 pack-quarantined exactly for the states that distribute it")
    void decommissionOfQuarantinedPack(@ForAll PackStatus target, @ForAll QuarantineLevel level) {
        if (target == PackStatus.ACTIVE) {
            return;
        }
        Decision decision = RulesFixture.RULES.decide(PackRequest.decommission(RulesFixture.BATCH, RulesFixture.EXPIRY, target),
                RulesFixture.view(QuarantineRulesTest.quarantined(RulesFixture.activePack(), level)), RulesFixture.PHARMACY_HERE);
        if (target.distributesThePack()) {
            assertThat(decision.refusedAs()).isEqualTo(RefusalKind.STATE_CONFLICT);
            assertThat(decision.problem()).isEqualTo(Reason.PACK_QUARANTINED);
            assertThat(decision.code()).isEqualTo(ReturnCode.NMVS_NC_PCK_27);
            assertThat(decision.change()).isEqualTo(Decision.Change.NONE);
        } else {
            assertThat(decision.refusedAs()).isNull();
            assertThat(decision.change()).isEqualTo(Decision.Change.SET_STATUS);
        }
    }

}
