package org.veripack.core.diagnosis;

/**
 * A pack the service found in the registry for a {@link SerialLookup}: its product, serial, batch and the batch's
 * expiry as uploaded (YYMMDD, DD may be 00).
 */
public record RegisteredPack(String gtin, String serial, String batch, String expiry) {

    public RegisteredPack {
        if (gtin == null || serial == null) {
            throw new IllegalArgumentException("a registered pack needs gtin and serial");
        }
    }
}
