package org.veripack.core.alert;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/** The rules of an alert status change. */
public final class AlertWorkflow {

    public static final int MAX_REASON_LENGTH = 500;

    private AlertWorkflow() {
    }

    /**
     * Checks a requested change.
     *
     * @throws Refusal a missing or too long field (INVALID), or a move the workflow does not allow
     *                 (TRANSITION_REFUSED)
     */
    public static void check(AlertStatus from, AlertStatus to, String reason, CloseReason closeReason) {
        if (to == null) {
            throw Refusal.invalid("\"status\" is missing: send UNDER_INVESTIGATION, ESCALATED or CLOSED");
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw Refusal.invalid("\"reason\" has " + reason.length() + " characters; at most "
                    + MAX_REASON_LENGTH + " are allowed");
        }
        if (to != AlertStatus.UNDER_INVESTIGATION && (reason == null || reason.isBlank())) {
            throw Refusal.invalid("\"reason\" is required to move an alert to " + to);
        }
        if (to == AlertStatus.CLOSED && closeReason == null) {
            throw Refusal.invalid("\"closeReason\" is required to close an alert: one of "
                    + "TECHNICAL_ERROR, PROCESS_ERROR, MAH_DATA_ERROR, CONFIRMED_FALSIFICATION, OTHER");
        }
        if (to != AlertStatus.CLOSED && closeReason != null) {
            throw Refusal.invalid("\"closeReason\" is only for CLOSED");
        }
        if (!from.canMoveTo(to)) {
            throw new Refusal(Reason.TRANSITION_REFUSED, "an alert in " + from + " cannot move to " + to
                    + (from.allowedNext().isEmpty() ? " (it is closed)" : "; allowed: " + from.allowedNext()));
        }
    }

}
