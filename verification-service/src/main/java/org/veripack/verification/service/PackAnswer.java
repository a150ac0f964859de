package org.veripack.verification.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The answer about a pack: what the registry found, the NMVS return code, the alert raised, if any, and the pack's
 * quarantine (null when it has none).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
// native: stored as JSON for txId replays and sent inside a Response
@RegisterForReflection
public record PackAnswer(String gtin, String serial, String batch, String expiry, String state, String status,
        boolean dispensable, String code, String alertCode, String alertId, String quarantine) {
}
