package org.veripack.core.epcis;

/** A pack named by an SGTIN, canonicalised: its GTIN-14 (with a valid check digit) and its serial (set 82). */
public record PackRef(String gtin, String serial) implements ChildRef {

    @Override
    public String toString() {
        return "pack " + gtin + "/" + serial;
    }
}
