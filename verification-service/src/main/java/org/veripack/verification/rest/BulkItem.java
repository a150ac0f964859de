package org.veripack.verification.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import org.veripack.core.refusal.Refusal;
import org.veripack.service.problem.HttpStatuses;
import org.veripack.verification.service.PackAnswer;
import org.veripack.verification.service.PackOutcome;
import org.veripack.verification.service.PackResult;

/** One pack's answer in a bulk: the answer of the single request, with its own HTTP status (and why, when not 200). */
@JsonInclude(JsonInclude.Include.ALWAYS)
// native: sent inside a Response
@RegisterForReflection
public record BulkItem(int httpStatus, String gtin, String serial, String batch, String expiry, String state,
        String status, boolean dispensable, String code, String alertCode, String alertId, String quarantine,
        String detail) {

    static BulkItem of(PackResult result, PackRequestBody pack) {
        if (result.refusal() != null) {
            return refused(pack, result.refusal());
        }
        PackOutcome outcome = result.outcome();
        PackAnswer answer = outcome.answer();
        return new BulkItem(outcome.httpStatus(), answer.gtin(), answer.serial(), answer.batch(), answer.expiry(),
                answer.state(), answer.status(), answer.dispensable(), answer.code(), answer.alertCode(),
                answer.alertId(), answer.quarantine(), outcome.httpStatus() == 200 ? null : outcome.detail());
    }

    /** A pack the bulk could not even read (bad identifier, missing field) or that was refused as a request. */
    static BulkItem refused(PackRequestBody pack, Refusal refusal) {
        return new BulkItem(HttpStatuses.of(refusal.kind()), pack == null ? null : pack.gtin(),
                pack == null ? null : pack.serial(), pack == null ? null : pack.batch(),
                pack == null ? null : pack.expiry(), null, null, false, null, null, null, null, refusal.getMessage());
    }
}
