package org.veripack.verification.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.annotation.JsonInclude;

/** The answer about a pack: what the registry found, the NMVS return code, and the alert raised, if any. */
@JsonInclude(JsonInclude.Include.ALWAYS)
// native: sent inside a Response
@RegisterForReflection
public record PackAnswer(String gtin, String serial, String batch, String expiry, String state, String status,
        boolean dispensable, String code, String alertCode, String alertId) {
}
