package org.veripack.core.rules;

/** The state of one pack: ACTIVE, or one of the decommissioned states. */
public enum PackStatus {
    ACTIVE,
    SUPPLIED,
    DESTROYED,
    EXPORTED,
    STOLEN,
    SAMPLE,
    FREE_SAMPLE,
    LOCKED,
    CHECKED_OUT;

    public boolean isDecommissioned() {
        return this != ACTIVE;
    }

    /** STOLEN and DESTROYED packs never return to ACTIVE. */
    public boolean isReversible() {
        return this != ACTIVE && this != STOLEN && this != DESTROYED;
    }

    /** Whether a pack set to this state leaves for a patient, a sample or another market: refused while quarantined. */
    public boolean distributesThePack() {
        return this == SUPPLIED || this == SAMPLE || this == FREE_SAMPLE || this == EXPORTED;
    }

    /** LOCKED may be undone at any time; the other reversible states within the undo window. */
    public boolean hasUndoTimeLimit() {
        return this != LOCKED;
    }
}
