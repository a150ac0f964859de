package org.veripack.core.rules;

import org.veripack.core.refusal.Refusal;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PackRequestTest {

    @Test
    @DisplayName("a state change needs batch and expiry")
    void stateChangeNeedsBatchAndExpiry() {
        assertThatThrownBy(() -> PackRequest.decommission(null, "270630", PackStatus.SUPPLIED))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("reason", org.veripack.core.refusal.Reason.INVALID_REQUEST).hasMessageContaining("batch");
        assertThatThrownBy(() -> PackRequest.undo("L1", null, PackStatus.SUPPLIED))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("reason", org.veripack.core.refusal.Reason.INVALID_REQUEST).hasMessageContaining("expiry");
    }

    @Test
    @DisplayName("a state change needs a decommissioned state; ACTIVE is not one")
    void stateChangeNeedsDecommissionedState() {
        assertThatThrownBy(() -> PackRequest.decommission("L1", "270630", PackStatus.ACTIVE))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("reason", org.veripack.core.refusal.Reason.INVALID_REQUEST).hasMessageContaining("SUPPLIED");
        assertThatThrownBy(() -> PackRequest.undo("L1", "270630", null))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("reason", org.veripack.core.refusal.Reason.INVALID_REQUEST);
    }

    @Test
    @DisplayName("a verify takes no state")
    void verifyTakesNoState() {
        assertThatThrownBy(() -> new PackRequest(Operation.VERIFY, null, null, PackStatus.SUPPLIED))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("reason", org.veripack.core.refusal.Reason.INVALID_REQUEST);
    }
}
