package org.veripack.core.rules;

/** A batch is ACTIVE until it is RECALLED, once and for good. EXPIRED is derived from its expiry date. */
public enum BatchStatus {
    ACTIVE,
    RECALLED
}
