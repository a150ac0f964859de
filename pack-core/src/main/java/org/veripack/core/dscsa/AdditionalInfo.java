package org.veripack.core.dscsa;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code additionalInfo} values this responder sends (Release 1.3 casing: capitalised). {@link #wire()} is
 * the exact spelling.
 */
public enum AdditionalInfo {
    /** The batch is recalled or the product withdrawn. */
    Recalled,
    /** The batch is past its expiry date. */
    Expired,
    /** The pack is quarantined as suspect, or was reported stolen. */
    Suspect,
    /** The pack is quarantined as illegitimate. */
    Illegitimate;

    /** The value as sent in {@code additionalInfo}. */
    @JsonValue
    public String wire() {
        return name();
    }
}
