package org.veripack.core.scope;

import java.util.EnumSet;
import java.util.Set;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.rules.Role;

/**
 * Who the caller is and what lies in its scope (invariant 7), decided here once for every service:
 * surveillance and admin read everything; a manufacturer the products of its own MAH (their packs, uploads,
 * batches, alerts); a pharmacy or wholesaler its own location's alerts and notices; a requester (a US trading
 * partner's verification system) only the DSCSA responder. Whatever lies outside the scope is answered as unknown,
 * so identifiers cannot be probed.
 *
 * @param roles    the Veripack roles of the token's {@code groups}
 * @param location the {@code loc} claim (the GLN of a pharmacy or wholesaler), or null
 * @param mah      the {@code mah} claim (a manufacturer's MAH id), or null
 * @param gln      the {@code gln} claim (a requester's own GLN), or null
 * @param subject  the token's subject
 */
public record Scope(Set<Role> roles, String location, String mah, String gln, String subject) {

    public Scope {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Surveillance and admin read everything. */
    public boolean readsEverything() {
        return has(Role.SURVEILLANCE) || has(Role.ADMIN);
    }

    /** Whether the caller sees what belongs to the product of {@code productMah}: readers of everything and its MAH. */
    public boolean coversProduct(String productMah) {
        return readsEverything() || (has(Role.MANUFACTURER) && mah != null && mah.equals(productMah));
    }

    /** Whether the caller sees an alert: readers of everything, the MAH of its product, the location that raised it. */
    public boolean coversAlert(String alertMah, String alertLocation) {
        return coversProduct(alertMah) || coversLocation(alertLocation);
    }

    /** Whether the caller acts for this location (a pharmacy or wholesaler token with this GLN). */
    public boolean coversLocation(String gln) {
        return (has(Role.PHARMACY) || has(Role.WHOLESALER)) && location != null && location.equals(gln);
    }

    /** Surveillance, admin and the owning MAH may change an alert's status (a location may only read it). */
    public boolean mayChangeAlert(String alertMah) {
        return coversProduct(alertMah);
    }

    /**
     * The product's things must be in scope, else they are answered as unknown.
     *
     * @param notFound the reason to refuse with, e.g. {@link Reason#PACK_NOT_FOUND}
     * @param what     what was asked for, for the message ("pack", "upload", ...)
     */
    public void requireProduct(String productMah, Reason notFound, String what) {
        if (!coversProduct(productMah)) {
            throw notInScope(notFound, what);
        }
    }

    /** The refusal for anything outside the scope or unknown: the same answer for both. */
    public static Refusal notInScope(Reason notFound, String what) {
        return new Refusal(notFound, "no " + what + " with this identifier in your scope");
    }

    /**
     * What a list of alerts (or notices) is restricted to for this caller: nothing for readers of everything, the
     * MAH for a manufacturer, the location for a pharmacy or wholesaler. A caller with none of these sees nothing.
     */
    public ListFilter listFilter() {
        if (readsEverything()) {
            return ListFilter.EVERYTHING;
        }
        if (has(Role.MANUFACTURER) && mah != null) {
            return new ListFilter(mah, null, false);
        }
        if ((has(Role.PHARMACY) || has(Role.WHOLESALER)) && location != null) {
            return new ListFilter(null, location, false);
        }
        return ListFilter.NOTHING;
    }

    /**
     * A list restriction: by MAH, by location, or none; {@code nothing} when the caller's token grants no view at all.
     */
    public record ListFilter(String mah, String location, boolean nothing) {
        public static final ListFilter EVERYTHING = new ListFilter(null, null, false);
        public static final ListFilter NOTHING = new ListFilter(null, null, true);
    }

    /** The manufacturer's own MAH id; refused when the token has none. */
    public String requireMah() {
        if (!has(Role.MANUFACTURER) || mah == null || mah.isBlank()) {
            throw new Refusal(Reason.ROLE_NOT_ALLOWED,
                    "this operation is for manufacturer tokens that carry their MAH id in the 'mah' claim");
        }
        return mah;
    }
}
