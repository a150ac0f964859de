package org.veripack.core.cache;

import org.veripack.core.dscsa.DscsaPolicy;
import org.veripack.core.dscsa.PolicyAnswer;

/**
 * A MAH's DSCSA policy in the meta hash of each of its products, field {@code d}: {@code <version>|<r><e>} with
 * {@code r} and {@code e} {@code V} (VERIFIED) or {@code N} (NOT_VERIFIED) for recalled and expired packs. The
 * version is the policy row's (a database sequence): the write script keeps the highest, so a late write of an older
 * policy never replaces a newer one. A MAH that set no policy has version 0 and the default.
 */
public record CachedPolicy(long version, DscsaPolicy policy) {

    public static final CachedPolicy DEFAULT = new CachedPolicy(0, DscsaPolicy.DEFAULT);

    public String encode() {
        return version + "|" + letter(policy.recalled()) + letter(policy.expired());
    }

    /** The cached policy, or null when the value is absent (the caller reads PostgreSQL) or malformed. */
    public static CachedPolicy decode(String value) {
        if (value == null) {
            return null;
        }
        int bar = value.indexOf('|');
        if (bar < 1 || value.length() != bar + 3) {
            return null;
        }
        try {
            return new CachedPolicy(Long.parseLong(value.substring(0, bar)),
                    new DscsaPolicy(answer(value.charAt(bar + 1)), answer(value.charAt(bar + 2))));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static char letter(PolicyAnswer answer) {
        return answer == PolicyAnswer.VERIFIED ? 'V' : 'N';
    }

    private static PolicyAnswer answer(char letter) {
        return switch (letter) {
            case 'V' -> PolicyAnswer.VERIFIED;
            case 'N' -> PolicyAnswer.NOT_VERIFIED;
            default -> throw new IllegalArgumentException("not a policy letter: " + letter);
        };
    }
}
