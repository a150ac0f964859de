package org.veripack.core.diagnosis;

import static org.veripack.core.rules.AlertCode.A2;
import static org.veripack.core.rules.AlertCode.A24;
import static org.veripack.core.rules.AlertCode.A3;
import static org.veripack.core.rules.AlertCode.A52;
import static org.veripack.core.rules.AlertCode.A68;

import java.util.EnumSet;
import java.util.Set;
import org.veripack.core.rules.AlertCode;

/**
 * The diagnosis rules of docs/architecture.md "Alert diagnosis", from the research's rule list
 * (reference/next-capabilities.md §4.4): each names a cause, the alert codes it can explain and the confidence of
 * an entry when it finds exactly one candidate (two or more candidates: every entry is {@link Confidence#LOW}).
 * R1 to R9 try other readings of the request against the registry; R10 to R12 read the alert's context.
 */
public enum Rule {
    /** Every letter's case swapped in serial and/or batch (CAPS LOCK, a case-changing scanner). */
    R1(Cause.CASE_INVERTED, Confidence.HIGH, EnumSet.of(A2, A3, A68)),
    /** y↔z and Y↔Z swapped in serial and/or batch (QWERTZ/QWERTY). */
    R2(Cause.KEYBOARD_YZ, Confidence.HIGH, EnumSet.of(A2, A3, A68)),
    /** An AI (10, 17, 21, 710-714) glued into serial or batch by a dropped group separator. */
    R3(Cause.MISSING_GS, Confidence.HIGH, EnumSet.of(A2, A3, A68)),
    /** The GTIN-13 (EAN) or its first 3 or more digits appended to the batch or serial. */
    R4(Cause.EAN_APPENDED, Confidence.HIGH, EnumSet.of(A3, A68)),
    /** A registered serial or batch starts with the one read and is 1 to 3 characters longer. */
    R5(Cause.TRUNCATED, Confidence.MEDIUM, EnumSet.of(A2, A3, A68)),
    /**
     * Special characters remapped between the German and US keyboard layouts (the table, our assumption, is in
     * {@code KeyboardLayoutMismatch}). The research lists A3 and A68; A2 is added because a layout mismatch changes
     * serial and batch alike, which is exactly when both are unknown.
     */
    R6(Cause.KEYBOARD_SPECIAL, Confidence.MEDIUM, EnumSet.of(A2, A3, A68)),
    /** Expiry year and month equal, only the day differs (DD=00 against the month's last day among them). */
    R7(Cause.EXPIRY_DAY_ONLY, Confidence.HIGH, EnumSet.of(A52)),
    /** The expiry entered as DDMMYY equals the registered YYMMDD. */
    R8(Cause.EXPIRY_DDMMYY, Confidence.HIGH, EnumSet.of(A52)),
    /** Exactly one registered serial of the alert's batch is at edit distance 1. */
    R9(Cause.NEAR_MISS_SERIAL, Confidence.MEDIUM, EnumSet.of(A3)),
    /**
     * The same location verified a plausible rescan successfully within 10 minutes after. Not for A24: the pack of an
     * A24 is registered and verifies successfully whatever caused the alert.
     */
    R10(Cause.RESCAN_RESOLVED, Confidence.MEDIUM, EnumSet.of(A2, A3, A52, A68)),
    /** A2 on the same product and batch from at least 3 locations within 24 hours: the batch is not uploaded yet. */
    R11(Cause.BATCH_NOT_UPLOADED, Confidence.LOW, EnumSet.of(A2)),
    /** A24 on a decommission where this location had decommissioned the pack itself. */
    R12(Cause.DOUBLE_DECOMMISSION, Confidence.HIGH, EnumSet.of(A24));

    private final Cause cause;
    private final Confidence singleCandidateConfidence;
    private final Set<AlertCode> alertCodes;

    Rule(Cause cause, Confidence singleCandidateConfidence, Set<AlertCode> alertCodes) {
        this.cause = cause;
        this.singleCandidateConfidence = singleCandidateConfidence;
        this.alertCodes = alertCodes;
    }

    public Cause cause() {
        return cause;
    }

    /** The confidence of this rule's entry when it found exactly one candidate. */
    public Confidence singleCandidateConfidence() {
        return singleCandidateConfidence;
    }

    /** The alert codes this rule can explain. */
    public Set<AlertCode> alertCodes() {
        return EnumSet.copyOf(alertCodes);
    }

    public boolean appliesTo(AlertCode code) {
        return alertCodes.contains(code);
    }

    /** Whether this rule tries readings against the registry (R1 to R9) rather than the alert's context. */
    public boolean triesReadings() {
        return ordinal() <= R9.ordinal();
    }
}
