package org.veripack.core.diagnosis;

/** How sure a diagnosis entry is, strongest first (entries are ordered by it). */
public enum Confidence {
    HIGH,
    MEDIUM,
    LOW
}
