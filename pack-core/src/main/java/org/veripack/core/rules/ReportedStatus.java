package org.veripack.core.rules;

/**
 * The {@code status} of an answer: the pack's own status, or the product or batch reason that
 * makes it inactive, or UNKNOWN. {@link #state()} gives the coarse {@code state} field.
 */
public enum ReportedStatus {
    ACTIVE,
    SUPPLIED,
    DESTROYED,
    EXPORTED,
    STOLEN,
    SAMPLE,
    FREE_SAMPLE,
    LOCKED,
    CHECKED_OUT,
    RECALLED,
    WITHDRAWN,
    EXPIRED,
    UNKNOWN;

    /** The {@code state} field of an answer. */
    public enum State {
        ACTIVE,
        INACTIVE,
        UNKNOWN
    }

    public static ReportedStatus of(PackStatus status) {
        return valueOf(status.name());
    }

    public State state() {
        return switch (this) {
            case ACTIVE -> State.ACTIVE;
            case UNKNOWN -> State.UNKNOWN;
            default -> State.INACTIVE;
        };
    }
}
