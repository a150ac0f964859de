package org.veripack.core.diagnosis;

import java.time.Instant;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.ReturnCode;

/**
 * One operation record of a location (R10): what it asked about which pack, and the code it got.
 *
 * @param expiry YYMMDD as sent, or null
 */
public record OperationRecord(String gtin, String location, Instant at, String serial, String batch, String expiry,
        ReturnCode code, Operation operation) {
}
