package org.veripack.core.dscsa;

import java.util.Objects;

/**
 * A MAH's DSCSA answer policy ({@code PUT /api/v1/dscsa/policy}).
 *
 * @param recalled the answer for a pack whose batch is recalled or whose product is withdrawn
 * @param expired  the answer for a pack whose batch is expired
 */
public record DscsaPolicy(PolicyAnswer recalled, PolicyAnswer expired) {

    /** The policy of a MAH that set none: both {@link PolicyAnswer#VERIFIED}. */
    public static final DscsaPolicy DEFAULT = new DscsaPolicy(PolicyAnswer.VERIFIED, PolicyAnswer.VERIFIED);

    public DscsaPolicy {
        Objects.requireNonNull(recalled, "recalled");
        Objects.requireNonNull(expired, "expired");
    }
}
