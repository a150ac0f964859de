package org.veripack.core.epcis;

/** A logistic unit named by its SSCC-18 (with a valid check digit). */
public record UnitRef(String sscc) implements ChildRef {

    @Override
    public String toString() {
        return "unit " + sscc;
    }
}
