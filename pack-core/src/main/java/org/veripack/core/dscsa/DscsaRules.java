package org.veripack.core.dscsa;

import java.time.LocalDate;
import java.util.Objects;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.QuarantineLevel;

/**
 * The DSCSA verification table of docs/http-contract.md ("GET /dscsa/verify/...") as one pure
 * function. The rows are checked in the table's order and the first that applies decides.
 */
public final class DscsaRules {

    private DscsaRules() {
    }

    /**
     * Decides the answer to a verification request.
     *
     * <ol>
     * <li>product, or GTIN + serial, unknown: false, {@code No_match_GTIN_Serial}</li>
     * <li>lot and expiry both differ: false, {@code No_match_GTIN_Serial_Lot_Expiry}</li>
     * <li>lot differs (case-sensitive): false, {@code No_match_GTIN_Serial_Lot}</li>
     * <li>expiry differs (as uploaded: 270600 is not 270630): false, {@code No_match_GTIN_Serial_Expiry}</li>
     * <li>pack quarantined ILLEGITIMATE: false, {@code Not_for_re-distribution}, {@code Illegitimate}</li>
     * <li>pack quarantined SUSPECT, or STOLEN: false, {@code Not_for_re-distribution}, {@code Suspect}</li>
     * <li>pack decommissioned in any other state: false, {@code Not_for_re-distribution}</li>
     * <li>batch recalled or product withdrawn: per {@link DscsaPolicy#recalled()}, {@code Recalled}</li>
     * <li>batch expired (from the day after its last day): per {@link DscsaPolicy#expired()}, {@code Expired}</li>
     * <li>otherwise: true</li>
     * </ol>
     *
     * @param today the responder's date, for expiry
     */
    public static DscsaAnswer decide(DscsaRequest request, DscsaView view, DscsaPolicy policy, LocalDate today) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(today, "today");
        if (!view.productKnown() || !view.packKnown()) {
            return DscsaAnswer.notVerified(FailureReason.No_match_GTIN_Serial, null);
        }
        boolean lotDiffers = !request.lot().equals(view.lot());
        boolean expiryDiffers = !request.expiry().text().equals(view.expiry().text());
        if (lotDiffers && expiryDiffers) {
            return DscsaAnswer.notVerified(FailureReason.No_match_GTIN_Serial_Lot_Expiry, null);
        }
        if (lotDiffers) {
            return DscsaAnswer.notVerified(FailureReason.No_match_GTIN_Serial_Lot, null);
        }
        if (expiryDiffers) {
            return DscsaAnswer.notVerified(FailureReason.No_match_GTIN_Serial_Expiry, null);
        }
        if (view.quarantine() == QuarantineLevel.ILLEGITIMATE) {
            return DscsaAnswer.notVerified(FailureReason.Not_for_re_distribution, AdditionalInfo.Illegitimate);
        }
        if (view.quarantine() == QuarantineLevel.SUSPECT || view.packStatus() == PackStatus.STOLEN) {
            return DscsaAnswer.notVerified(FailureReason.Not_for_re_distribution, AdditionalInfo.Suspect);
        }
        if (view.packStatus().isDecommissioned()) {
            return DscsaAnswer.notVerified(FailureReason.Not_for_re_distribution, null);
        }
        if (view.batchRecalled() || view.productWithdrawn()) {
            return byPolicy(policy.recalled(), AdditionalInfo.Recalled);
        }
        if (view.expiry().isExpiredOn(today)) {
            return byPolicy(policy.expired(), AdditionalInfo.Expired);
        }
        return DscsaAnswer.verified(null);
    }

    private static DscsaAnswer byPolicy(PolicyAnswer answer, AdditionalInfo info) {
        return answer == PolicyAnswer.VERIFIED
                ? DscsaAnswer.verified(info)
                : DscsaAnswer.notVerified(FailureReason.Manufacturer_policy, info);
    }
}
