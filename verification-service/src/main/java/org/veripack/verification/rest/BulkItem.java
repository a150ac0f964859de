package org.veripack.verification.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One pack's answer in a bulk: the answer of the single request, with its own HTTP status (and why, when not 200). */
@JsonInclude(JsonInclude.Include.ALWAYS)
// native: sent inside a Response
@RegisterForReflection
public record BulkItem(int httpStatus, String gtin, String serial, String batch, String expiry, String state,
        String status, boolean dispensable, String code, String alertCode, String alertId, String detail) {

    public static BulkItem of(int httpStatus, PackAnswer answer, String detail) {
        return new BulkItem(httpStatus, answer.gtin(), answer.serial(), answer.batch(), answer.expiry(), answer.state(),
                answer.status(), answer.dispensable(), answer.code(), answer.alertCode(), answer.alertId(),
                httpStatus == 200 ? null : detail);
    }

    /** A pack the bulk could not even read (bad identifier): 400 with the reason; no code. */
    public static BulkItem invalid(PackRequestBody pack, int httpStatus, String detail) {
        return new BulkItem(httpStatus, pack == null ? null : pack.gtin(), pack == null ? null : pack.serial(),
                pack == null ? null : pack.batch(), pack == null ? null : pack.expiry(), null, null, false, null, null, null, detail);
    }
}
