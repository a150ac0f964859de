package org.veripack.core.dscsa;

/** What a manufacturer wants a DSCSA verification to answer for a recalled or expired pack that otherwise matches. */
public enum PolicyAnswer {
    /** {@code verified: true}, with the additional information (Recalled, Expired). */
    VERIFIED,
    /** {@code verified: false}, reason {@code Manufacturer_policy}, with the additional information. */
    NOT_VERIFIED
}
