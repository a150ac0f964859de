package org.veripack.service.security;

import jakarta.enterprise.context.RequestScoped;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.veripack.core.gs1.Gs1ParseException;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.rules.Caller;
import org.veripack.core.rules.Role;
import org.veripack.core.scope.Scope;

/**
 * The caller of the current request as its JWT says: its {@link Scope} (roles from {@code groups}, {@code loc},
 * {@code mah}, {@code gln}, {@code sub}), which pack-core's scope rules read, and the pack rules' {@link Caller}
 * for a pharmacy or wholesaler.
 */
@RequestScoped
public class CurrentCaller {

    public static final String LOCATION_CLAIM = "loc";
    public static final String MAH_CLAIM = "mah";
    public static final String GLN_CLAIM = "gln";

    private final JsonWebToken token;
    private Scope scope;

    public CurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    public Scope scope() {
        if (scope == null) {
            scope = new Scope(roles(), claim(LOCATION_CLAIM), claim(MAH_CLAIM), claim(GLN_CLAIM), token.getSubject());
        }
        return scope;
    }

    /**
     * The caller as the pack rules see it, for pharmacy and wholesaler tokens: the location role and a valid GLN in
     * {@code loc}. A token without them is refused with the reason.
     */
    public Caller atLocation() {
        Scope caller = scope();
        Role role = caller.has(Role.PHARMACY) ? Role.PHARMACY : caller.has(Role.WHOLESALER) ? Role.WHOLESALER : null;
        if (role == null) {
            throw new Refusal(Reason.ROLE_NOT_ALLOWED, "this operation is for pharmacy and wholesaler tokens");
        }
        String gln = caller.location();
        if (gln == null) {
            throw new Refusal(Reason.ROLE_NOT_ALLOWED, "the token has no 'loc' claim: a " + role.claim()
                    + " token must carry the 13-digit GLN of its location");
        }
        try {
            Gs1Validation.gln(gln);
        } catch (Gs1ParseException e) {
            throw new Refusal(Reason.ROLE_NOT_ALLOWED, "the token's 'loc' claim is not a valid GLN: " + e.getMessage());
        }
        return new Caller(role, gln, caller.subject());
    }

    private Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : token.getGroups()) {
            try {
                roles.add(Role.fromClaim(group));
            } catch (IllegalArgumentException unknownGroup) {
                // groups that are not Veripack roles grant nothing
            }
        }
        return roles;
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString();
    }
}
