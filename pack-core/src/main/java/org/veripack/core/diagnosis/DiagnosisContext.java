package org.veripack.core.diagnosis;

import java.time.Duration;
import java.util.List;

/**
 * What the rules that do not look up readings need, fetched by the service as {@link ContextQuery} says. Records
 * outside a rule's window, product, batch or location are ignored, so the service may pass more than asked.
 *
 * @param recentVerifications R10: the operation records of the alert's location and product from {@code raisedAt}
 *                            to {@code raisedAt} + {@link #RESCAN_WINDOW}
 * @param sameBatchA2         R11: the A2 alerts on the alert's product and batch within {@link #SAME_BATCH_WINDOW}
 *                            before {@code raisedAt}, any location
 * @param packHistory         R12: the state changes of the alert's pack
 */
public record DiagnosisContext(List<OperationRecord> recentVerifications, List<SameBatchAlert> sameBatchA2,
        List<PackStateChange> packHistory) {

    /** R10: how long after an alert a successful rescan at the same location counts. */
    public static final Duration RESCAN_WINDOW = Duration.ofMinutes(10);
    /** R11: how far back A2 alerts on the same batch count. */
    public static final Duration SAME_BATCH_WINDOW = Duration.ofHours(24);
    /** R11: how many distinct locations (this one included) must have raised A2 on the batch. */
    public static final int SAME_BATCH_MIN_LOCATIONS = 3;

    public DiagnosisContext {
        recentVerifications = recentVerifications == null ? List.of() : List.copyOf(recentVerifications);
        sameBatchA2 = sameBatchA2 == null ? List.of() : List.copyOf(sameBatchA2);
        packHistory = packHistory == null ? List.of() : List.copyOf(packHistory);
    }

    /** No context: R10 to R12 stay silent. */
    public static DiagnosisContext empty() {
        return new DiagnosisContext(List.of(), List.of(), List.of());
    }
}
