package org.veripack.core.diagnosis;

/**
 * One other reading of an alert's request, tried against the registry by a rule of R1 to R9.
 *
 * @param rule       the rule that proposes it
 * @param gtin       always the alert's GTIN
 * @param serial     the serial to look up
 * @param serialMode {@link MatchMode#EXACT} (look the serial up) or {@link MatchMode#PREFIX} (look up the serials
 *                   that start with it and are 1 to 3 characters longer)
 * @param batch      the batch a matching pack must have, or null when the reading does not constrain it
 * @param batchMode  how {@code batch} is compared (PREFIX: R5 on a batch)
 * @param expiry     the expiry (YYMMDD) a matching pack must have, or null when not constrained
 */
public record Reading(Rule rule, String gtin, String serial, MatchMode serialMode, String batch, MatchMode batchMode,
        String expiry) {

    public Reading {
        if (rule == null || gtin == null || serial == null || serialMode == null || batchMode == null) {
            throw new IllegalArgumentException("a reading needs rule, gtin, serial and both match modes");
        }
    }

    /** A reading with exact serial and batch. */
    public static Reading exact(Rule rule, String gtin, String serial, String batch, String expiry) {
        return new Reading(rule, gtin, serial, MatchMode.EXACT, batch, MatchMode.EXACT, expiry);
    }

    /** Whether the service looks this reading's serial up by prefix (else by the exact serial). */
    public boolean needsPrefixLookup() {
        return serialMode == MatchMode.PREFIX;
    }

    /**
     * Whether {@code pack} is this reading: same GTIN, serial matching in its mode and, where this reading constrains
     * them, batch and expiry matching too.
     */
    public boolean matches(RegisteredPack pack) {
        return gtin.equals(pack.gtin())
                && serialMode.matches(serial, pack.serial())
                && (batch == null || batchMode.matches(batch, pack.batch()))
                && (expiry == null || expiry.equals(pack.expiry()));
    }

    /**
     * Whether a pack matching this reading could be the very pack the request named: the same exact serial, and batch
     * and expiry equal wherever both say one. Such a reading is no other reading, and no rule proposes it.
     */
    public boolean agreesWithRequest(AlertFacts facts) {
        return serialMode == MatchMode.EXACT && serial.equals(facts.serial())
                && (batch == null || facts.batch() == null || (batchMode == MatchMode.EXACT && batch.equals(facts.batch())))
                && (expiry == null || facts.expiry() == null || expiry.equals(facts.expiry()));
    }
}
