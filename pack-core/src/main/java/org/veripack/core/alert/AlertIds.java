package org.veripack.core.alert;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Alert ids that are stable per originating request, so a replayed request (same location and
 * txId) or a retried relay can never create a second alert.
 */
public final class AlertIds {

    private AlertIds() {
    }

    /**
     * A name-based UUID of the request that raised the alert. Requests without a txId must pass a
     * value unique to that request (for example a server-generated request id).
     */
    public static UUID forRequest(String location, String requestId, AlertSource source, String gtin, String serial) {
        String name = String.join("\u001F", nullToEmpty(location), nullToEmpty(requestId), source.name(),
                nullToEmpty(gtin), nullToEmpty(serial));
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** The U1 alert of one upload: one per upload, whatever the number of duplicated serials. */
    public static UUID forUpload(UUID uploadId) {
        return UUID.nameUUIDFromBytes(("upload\u001F" + uploadId).getBytes(StandardCharsets.UTF_8));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
