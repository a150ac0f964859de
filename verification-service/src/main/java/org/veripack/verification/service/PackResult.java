package org.veripack.verification.service;

import org.veripack.core.refusal.Refusal;

/** What the pipeline answers for one pack: an outcome (200 or a pack problem), or a refusal of the request itself. */
public record PackResult(PackOutcome outcome, Refusal refusal) {

    public static PackResult of(PackOutcome outcome) {
        return new PackResult(outcome, null);
    }

    public static PackResult refused(Refusal refusal) {
        return new PackResult(null, refusal);
    }

    /** The outcome; a refusal is thrown, so a single request answers it as a problem. */
    public PackOutcome outcomeOrThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return outcome;
    }
}
