package org.veripack.core.alert;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.veripack.core.rules.AlertCode;
import org.veripack.core.rules.ReturnCode;

/**
 * One alert as the raising service puts it in the outbox and on the stream {@value AlertStream#STREAM_KEY}.
 * Its JSON form is {@link AlertEventJson}. {@code id} is stable per originating request.
 *
 * @param returnCode the NMVS return code answered with the alert (null for U1)
 * @param location   the GLN of the scanning location (null for U1)
 * @param actor      the token subject of the caller
 * @param role       the caller's role claim
 * @param mah        the MAH id owning the product, so that the MAH sees its alerts
 * @param details    free-form facts for investigators (for U1: duplicated serials and their count)
 */
public record AlertEvent(UUID id, AlertCode code, ReturnCode returnCode, String gtin, String serial, String batch,
        String expiry, String location, String actor, String role, String mah, AlertSource source, Instant raisedAt,
        Map<String, Object> details) {

    public AlertEvent {
        if (id == null || code == null || gtin == null || source == null || raisedAt == null) {
            throw new IllegalArgumentException("an alert needs id, code, gtin, source and raisedAt");
        }
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
