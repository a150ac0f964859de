package org.veripack.core.dscsa;

/**
 * The {@code data} of a DSCSA verification answer. A failure reason comes with {@code verified == false} and
 * only then; additional information may come with either.
 *
 * @param verified       whether the product identifier is verified
 * @param failureReason  the {@code verificationFailureReason}, present exactly when not verified
 * @param additionalInfo the {@code additionalInfo}, or null
 */
public record DscsaAnswer(boolean verified, FailureReason failureReason, AdditionalInfo additionalInfo) {

    /** What an operation record stores as {@code code} for a verified answer. */
    public static final String VERIFIED_CODE = "VERIFIED";

    public DscsaAnswer {
        if (verified == (failureReason != null)) {
            throw new IllegalArgumentException(verified
                    ? "a verified answer has no failure reason, got " + failureReason
                    : "an answer that is not verified needs a failure reason");
        }
    }

    /** Verified, with additional information or null. */
    public static DscsaAnswer verified(AdditionalInfo infoOrNull) {
        return new DscsaAnswer(true, null, infoOrNull);
    }

    /** Not verified, for the reason given, with additional information or null. */
    public static DscsaAnswer notVerified(FailureReason reason, AdditionalInfo infoOrNull) {
        return new DscsaAnswer(false, reason, infoOrNull);
    }

    /** The {@code code} of the answer's operation record: the failure reason's wire value, or {@code VERIFIED}. */
    public String recordCode() {
        return verified ? VERIFIED_CODE : failureReason.wire();
    }
}
