package org.veripack.core.diagnosis;

import java.time.Instant;
import java.util.UUID;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.rules.AlertCode;

/**
 * The stored alert, as far as its diagnosis cares: what the location sent and what the registry answered.
 *
 * @param alertId  the alert's id
 * @param code     the alert code (only A2, A3, A52, A68 and A24 are {@linkplain DiagnosisRules#diagnoses diagnosed})
 * @param gtin     the product, 14 digits; every candidate of the diagnosis has this GTIN
 * @param serial   the serial as received
 * @param batch    the batch as received, or null (a verify may omit it)
 * @param expiry   the expiry as received (YYMMDD), or null
 * @param scan     the raw scan as received when the request was a scan (GS as ASCII 29), else null
 * @param location the GLN of the location that raised the alert
 * @param source   the operation that raised it
 * @param raisedAt when it was raised
 */
public record AlertFacts(UUID alertId, AlertCode code, String gtin, String serial, String batch, String expiry,
        String scan, String location, AlertSource source, Instant raisedAt) {

    public AlertFacts {
        if (alertId == null || code == null || serial == null || source == null || raisedAt == null) {
            throw new IllegalArgumentException("alert facts need alertId, code, serial, source and raisedAt");
        }
        if (gtin == null || !gtin.matches("\\d{14}")) {
            throw new IllegalArgumentException("alert facts need a 14-digit GTIN, got '" + gtin + "'");
        }
    }
}
