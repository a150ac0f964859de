package org.veripack.core.rules;

import java.util.Locale;

/** The roles of the JWT {@code groups} claim. */
public enum Role {
    PHARMACY,
    WHOLESALER,
    MANUFACTURER,
    SURVEILLANCE,
    ADMIN,
    /**
     * A US trading partner's verification system or its VRS provider: asks DSCSA verification questions only
     * (claim {@code gln}, its own GLN; the trading partner asking is the request's {@code reqGLN}).
     */
    REQUESTER;

    /** The name used in tokens: lower case. */
    public String claim() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromClaim(String claim) {
        return valueOf(claim.toUpperCase(Locale.ROOT));
    }

    /** Roles that act at a location (GLN in the {@code loc} claim) and may verify and decommission. */
    public boolean isLocationRole() {
        return this == PHARMACY || this == WHOLESALER;
    }
}
