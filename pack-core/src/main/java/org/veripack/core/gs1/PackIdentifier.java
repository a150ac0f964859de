package org.veripack.core.gs1;

/**
 * The unique identifier of a pack: a GTIN-14, a serial and, when known, batch, expiry and NHRN.
 * Serial and batch are case-sensitive and kept exactly as given.
 */
public record PackIdentifier(String gtin, String serial, String batch, Expiry expiry, Nhrn nhrn) {

    public PackIdentifier {
        if (gtin == null || gtin.length() != 14 || !CheckDigit.isValid(gtin)) {
            throw new Gs1ParseException("GTIN must be 14 digits with a valid check digit, got '" + gtin + "'", -1, "01");
        }
        Gs1Validation.checkAlphanumeric(serial, "21", "serial", -1);
        if (batch != null) {
            Gs1Validation.checkAlphanumeric(batch, "10", "batch", -1);
        }
    }

    public PackIdentifier(String gtin, String serial, String batch, Expiry expiry) {
        this(gtin, serial, batch, expiry, null);
    }

    /** The expiry as printed (YYMMDD), or null. */
    public String expiryText() {
        return expiry == null ? null : expiry.text();
    }
}
