package org.veripack.core.epcis;

/** A logistic unit is SEALED from its first packing until it is unpacked; then OPENED for good. */
public enum UnitStatus {
    SEALED,
    OPENED
}
