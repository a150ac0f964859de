package org.veripack.core.rules;

/**
 * How a pack put aside by surveillance, the national organisation or its MAH is held (docs/invariants.md 2.4,
 * quarantine). A quarantined pack keeps its status; it is not dispensable, and DSCSA answers
 * it {@code Not_for_re-distribution}. A pack that is not quarantined has no level (null).
 */
public enum QuarantineLevel {
    /** Suspected of being falsified, diverted or stolen; under investigation. */
    SUSPECT,
    /** Found illegitimate (DSCSA: credible evidence it is counterfeit, diverted, stolen or otherwise unfit). */
    ILLEGITIMATE
}
