package org.veripack.core.epcis;

/** A child of a logistic unit, canonicalised: a pack ({@link PackRef}) or another unit ({@link UnitRef}). */
public sealed interface ChildRef permits PackRef, UnitRef {
}
