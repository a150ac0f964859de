package org.veripack.core.diagnosis;

/** The likely cause a {@link Rule} names; the {@code cause} of a diagnosis entry. */
public enum Cause {
    CASE_INVERTED,
    KEYBOARD_YZ,
    MISSING_GS,
    EAN_APPENDED,
    TRUNCATED,
    KEYBOARD_SPECIAL,
    EXPIRY_DAY_ONLY,
    EXPIRY_DDMMYY,
    NEAR_MISS_SERIAL,
    RESCAN_RESOLVED,
    BATCH_NOT_UPLOADED,
    DOUBLE_DECOMMISSION
}
