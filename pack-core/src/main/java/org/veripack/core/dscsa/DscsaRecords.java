package org.veripack.core.dscsa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an operation record of a DSCSA request keeps besides the common fields (location = reqGLN, code =
 * {@link DscsaAnswer#recordCode()}): its {@code details}, {@code {"corrUUID","context","verified",
 * "verificationFailureReason","additionalInfo"}}. The same text whether the answer came from the cache (the record
 * is decided again when it is moved to PostgreSQL) or from PostgreSQL.
 */
public final class DscsaRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DscsaRecords() {
    }

    public static String details(String corrUuid, DscsaContext context, DscsaAnswer answer) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("corrUUID", corrUuid);
        details.put("context", context.wire());
        details.put("verified", answer.verified());
        details.put("verificationFailureReason", answer.failureReason() == null ? null : answer.failureReason().wire());
        details.put("additionalInfo", answer.additionalInfo() == null ? null : answer.additionalInfo().wire());
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and booleans is always JSON", e);
        }
    }

    /** The context of a recorded request, by its wire value. */
    public static DscsaContext context(String wire) {
        DscsaContext context = DscsaContext.fromWire(wire);
        if (context == null) {
            throw new IllegalArgumentException("not a DSCSA context: " + wire);
        }
        return context;
    }
}
