package org.veripack.core.record;

/** How an operation reached the repository. */
public enum Channel {
    /** One pack in one request. */
    SINGLE,
    /** One pack of a bulk request. */
    BULK,
    /** One pack of a logistic unit (SSCC) request. */
    UNIT,
    /** A US DSCSA verification request (GS1 Lightweight Verification Messaging). */
    DSCSA
}
