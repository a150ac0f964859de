package org.veripack.verification.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of a DSCSA verification answer (GS1 Lightweight Verification Messaging, VRS 1.3 usage):
 * {@code {"verificationTimestamp","responderGLN","corrUUID","data":{"verified","verificationFailureReason"?,
 * "additionalInfo"?}}}.
 */
public record DscsaAnswerBody(String verificationTimestamp, @JsonProperty("responderGLN") String responderGln,
        @JsonProperty("corrUUID") String corrUuid, Data data) {

    /** The answer proper; absent optional members are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(boolean verified, String verificationFailureReason, String additionalInfo) {
    }

    /** The body of {@code GET /dscsa/checkConnectivity}. */
    public record Connectivity(@JsonProperty("responderGLN") String responderGln) {
    }
}
