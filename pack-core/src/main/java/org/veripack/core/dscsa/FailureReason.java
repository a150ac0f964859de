package org.veripack.core.dscsa;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code verificationFailureReason} values this responder sends (GS1 US Implementation Guideline for the
 * Lightweight Messaging Standard for DSCSA Verification, Release 1.3). Constants are named after their wire
 * values; {@link #wire()} is the exact spelling, which for {@link #Not_for_re_distribution} holds a hyphen.
 */
public enum FailureReason {
    /** GTIN and serial do not match a pack (or the product is unknown); lot and expiry were not checked. */
    No_match_GTIN_Serial("No_match_GTIN_Serial"),
    /** GTIN and serial match, but lot and expiry both differ. */
    No_match_GTIN_Serial_Lot_Expiry("No_match_GTIN_Serial_Lot_Expiry"),
    /** GTIN and serial match, but the lot differs. */
    No_match_GTIN_Serial_Lot("No_match_GTIN_Serial_Lot"),
    /** GTIN and serial match, but the expiry differs. */
    No_match_GTIN_Serial_Expiry("No_match_GTIN_Serial_Expiry"),
    /** The manufacturer's policy answers false for a recalled or expired product. */
    Manufacturer_policy("Manufacturer_policy"),
    /** The pack is suspect, illegitimate or decommissioned: it must not be redistributed. */
    Not_for_re_distribution("Not_for_re-distribution");

    private final String wire;

    FailureReason(String wire) {
        this.wire = wire;
    }

    /** The value as sent in {@code verificationFailureReason}. */
    @JsonValue
    public String wire() {
        return wire;
    }
}
