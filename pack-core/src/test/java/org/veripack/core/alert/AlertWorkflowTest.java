package org.veripack.core.alert;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.veripack.core.refusal.Refusal;

class AlertWorkflowTest {

    @ParameterizedTest(name = "{0} -> {1} is allowed")
    @CsvSource({"NEW,UNDER_INVESTIGATION", "UNDER_INVESTIGATION,ESCALATED", "ESCALATED,CLOSED", "NEW,CLOSED",
            "UNDER_INVESTIGATION,CLOSED"})
    void allowedMoves(AlertStatus from, AlertStatus to) {
        CloseReason closeReason = to == AlertStatus.CLOSED ? CloseReason.TECHNICAL_ERROR : null;
        assertThatCode(() -> AlertWorkflow.check(from, to, "checked the scanner", closeReason)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0} -> {1} is refused (409)")
    @CsvSource({"NEW,ESCALATED", "ESCALATED,UNDER_INVESTIGATION", "CLOSED,UNDER_INVESTIGATION", "CLOSED,ESCALATED",
            "UNDER_INVESTIGATION,UNDER_INVESTIGATION", "CLOSED,CLOSED"})
    void refusedMoves(AlertStatus from, AlertStatus to) {
        CloseReason closeReason = to == AlertStatus.CLOSED ? CloseReason.OTHER : null;
        assertThatThrownBy(() -> AlertWorkflow.check(from, to, "reason", closeReason))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("reason", org.veripack.core.refusal.Reason.TRANSITION_REFUSED).hasMessageContaining(from.name());
    }

    @Test
    void reasonIsOptionalOnlyForUnderInvestigation() {
        assertThatCode(() -> AlertWorkflow.check(AlertStatus.NEW, AlertStatus.UNDER_INVESTIGATION, null, null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AlertWorkflow.check(AlertStatus.UNDER_INVESTIGATION, AlertStatus.ESCALATED, " ", null))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("reason", org.veripack.core.refusal.Reason.INVALID_REQUEST).hasMessageContaining("reason");
    }

    @Test
    void reasonAtMost500Characters() {
        assertThatCode(() -> AlertWorkflow.check(AlertStatus.UNDER_INVESTIGATION, AlertStatus.ESCALATED, "x".repeat(500), null))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AlertWorkflow.check(AlertStatus.UNDER_INVESTIGATION, AlertStatus.ESCALATED, "x".repeat(501), null))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("reason", org.veripack.core.refusal.Reason.INVALID_REQUEST).hasMessageContaining("501");
    }

    @Test
    void closeReasonRequiredForClosedAndOnlyThere() {
        assertThatThrownBy(() -> AlertWorkflow.check(AlertStatus.NEW, AlertStatus.CLOSED, "duplicate scan", null))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("reason", org.veripack.core.refusal.Reason.INVALID_REQUEST).hasMessageContaining("closeReason");
        assertThatThrownBy(() -> AlertWorkflow.check(AlertStatus.NEW, AlertStatus.UNDER_INVESTIGATION, null, CloseReason.OTHER))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("reason", org.veripack.core.refusal.Reason.INVALID_REQUEST);
    }

    @Test
    void bad400OutranksRefused409() {
        assertThatThrownBy(() -> AlertWorkflow.check(AlertStatus.CLOSED, AlertStatus.ESCALATED, null, null))
                .isInstanceOf(Refusal.class).hasFieldOrPropertyWithValue("reason", org.veripack.core.refusal.Reason.INVALID_REQUEST);
    }
}
