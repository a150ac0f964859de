package org.veripack.core.diagnosis;

import java.time.Instant;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.rules.AlertCode;

/**
 * Which context an alert's diagnosis needs, and for which time windows; what is not needed may be left empty in
 * {@link DiagnosisContext}.
 *
 * @param recentVerifications whether R10 needs the operation records of the alert's location and product from
 *                            {@code verificationsFrom} to {@code verificationsUntil} (inclusive)
 * @param sameBatchA2         whether R11 needs the A2 alerts on the alert's product and batch from
 *                            {@code sameBatchFrom} to {@code sameBatchUntil} (inclusive)
 * @param packHistory         whether R12 needs the pack's state changes
 */
public record ContextQuery(boolean recentVerifications, Instant verificationsFrom, Instant verificationsUntil,
        boolean sameBatchA2, Instant sameBatchFrom, Instant sameBatchUntil, boolean packHistory) {

    static ContextQuery of(AlertFacts facts) {
        Instant raisedAt = facts.raisedAt();
        return new ContextQuery(
                Rule.R10.appliesTo(facts.code()), raisedAt, raisedAt.plus(DiagnosisContext.RESCAN_WINDOW),
                Rule.R11.appliesTo(facts.code()) && facts.batch() != null,
                raisedAt.minus(DiagnosisContext.SAME_BATCH_WINDOW), raisedAt,
                Rule.R12.appliesTo(facts.code()) && facts.source() == AlertSource.DECOMMISSION);
    }
}
