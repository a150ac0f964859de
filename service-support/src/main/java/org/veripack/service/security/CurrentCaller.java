package org.veripack.service.security;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.veripack.core.gs1.Gs1ParseException;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.rules.Caller;
import org.veripack.core.rules.Role;
import org.veripack.service.problem.ProblemException;

/** The caller of the current request, as its JWT says: roles ({@code groups}), {@code loc}, {@code mah}, {@code sub}. */
@RequestScoped
public class CurrentCaller {

    public static final String LOCATION_CLAIM = "loc";
    public static final String MAH_CLAIM = "mah";

    @Inject
    JsonWebToken token;

    public String subject() {
        return token.getSubject();
    }

    public Set<Role> roles() {
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

    public boolean hasRole(Role role) {
        return roles().contains(role);
    }

    public Optional<String> location() {
        return Optional.ofNullable(token.<Object>getClaim(LOCATION_CLAIM)).map(Object::toString);
    }

    public Optional<String> mah() {
        return Optional.ofNullable(token.<Object>getClaim(MAH_CLAIM)).map(Object::toString);
    }

    /**
     * The caller as the pack rules see it, for pharmacy and wholesaler tokens: the location role and a
     * valid GLN in {@code loc}. A token without them is refused with 403 and the reason.
     */
    public Caller atLocation() {
        Role role = hasRole(Role.PHARMACY) ? Role.PHARMACY : hasRole(Role.WHOLESALER) ? Role.WHOLESALER : null;
        if (role == null) {
            throw new Refusal(Reason.ROLE_NOT_ALLOWED, "this operation is for pharmacy and wholesaler tokens");
        }
        String gln = location().orElseThrow(() -> new Refusal(Reason.ROLE_NOT_ALLOWED, 
                "the token has no 'loc' claim: a " + role.claim() + " token must carry the 13-digit GLN of its location"));
        try {
            Gs1Validation.gln(gln);
        } catch (Gs1ParseException e) {
            throw new Refusal(Reason.ROLE_NOT_ALLOWED, "the token's 'loc' claim is not a valid GLN: " + e.getMessage());
        }
        return new Caller(role, gln, subject());
    }

    /** The MAH id of a manufacturer token; 403 when the claim is missing. */
    public String requireMah() {
        return mah().filter(value -> !value.isBlank()).orElseThrow(() -> new Refusal(Reason.ROLE_NOT_ALLOWED, 
                "the token has no 'mah' claim: a manufacturer token must carry its MAH id"));
    }
}
