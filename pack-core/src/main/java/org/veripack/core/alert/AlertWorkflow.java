package org.veripack.core.alert;

import org.veripack.core.rules.InvalidRequestException;

/** The rules of an alert status change; the services map the two failures to 400 and 409. */
public final class AlertWorkflow {

    public static final int MAX_REASON_LENGTH = 500;

    private AlertWorkflow() {
    }

    /**
     * Checks a requested change.
     *
     * @throws InvalidRequestException   a missing or too long field (400)
     * @throws TransitionRefusedException a move the workflow does not allow (409)
     */
    public static void check(AlertStatus from, AlertStatus to, String reason, CloseReason closeReason) {
        if (to == null) {
            throw new InvalidRequestException("\"status\" is missing: send UNDER_INVESTIGATION, ESCALATED or CLOSED");
        }
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new InvalidRequestException("\"reason\" has " + reason.length() + " characters; at most "
                    + MAX_REASON_LENGTH + " are allowed");
        }
        if (to != AlertStatus.UNDER_INVESTIGATION && (reason == null || reason.isBlank())) {
            throw new InvalidRequestException("\"reason\" is required to move an alert to " + to);
        }
        if (to == AlertStatus.CLOSED && closeReason == null) {
            throw new InvalidRequestException("\"closeReason\" is required to close an alert: one of "
                    + "TECHNICAL_ERROR, PROCESS_ERROR, MAH_DATA_ERROR, CONFIRMED_FALSIFICATION, OTHER");
        }
        if (to != AlertStatus.CLOSED && closeReason != null) {
            throw new InvalidRequestException("\"closeReason\" is only for CLOSED");
        }
        if (!from.canMoveTo(to)) {
            throw new TransitionRefusedException("an alert in " + from + " cannot move to " + to
                    + (from.allowedNext().isEmpty() ? " (it is closed)" : "; allowed: " + from.allowedNext()));
        }
    }

    /** A status change the workflow does not allow from the alert's current status. */
    public static final class TransitionRefusedException extends IllegalStateException {
        public TransitionRefusedException(String message) {
            super(message);
        }
    }
}
