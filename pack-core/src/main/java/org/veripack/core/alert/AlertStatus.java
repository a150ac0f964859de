package org.veripack.core.alert;

import java.util.EnumSet;
import java.util.Set;

/**
 * The investigation workflow: NEW → UNDER_INVESTIGATION → ESCALATED → CLOSED, and NEW or
 * UNDER_INVESTIGATION → CLOSED. Nothing leaves CLOSED.
 */
public enum AlertStatus {
    NEW,
    UNDER_INVESTIGATION,
    ESCALATED,
    CLOSED;

    public Set<AlertStatus> allowedNext() {
        return switch (this) {
            case NEW -> EnumSet.of(UNDER_INVESTIGATION, CLOSED);
            case UNDER_INVESTIGATION -> EnumSet.of(ESCALATED, CLOSED);
            case ESCALATED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(AlertStatus.class);
        };
    }

    public boolean canMoveTo(AlertStatus next) {
        return allowedNext().contains(next);
    }
}
