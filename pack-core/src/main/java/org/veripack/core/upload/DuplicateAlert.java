package org.veripack.core.upload;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertIds;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.rules.AlertCode;

/**
 * The one U1 alert of an upload that met serials already registered for its product: it lists the first
 * {@value UploadRules#MAX_LISTED_DUPLICATES} and counts them all, so a cloned file does not flood surveillance.
 */
public final class DuplicateAlert {

    private DuplicateAlert() {
    }

    public static AlertEvent of(UUID uploadId, String gtin, String batch, String expiry, String mah, String actor,
            List<String> listedSerials, long duplicateCount, Instant at) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("uploadId", uploadId.toString());
        details.put("duplicateCount", duplicateCount);
        details.put("duplicates", listedSerials.subList(0, Math.min(listedSerials.size(), UploadRules.MAX_LISTED_DUPLICATES)));
        details.put("listTruncated", duplicateCount > Math.min(listedSerials.size(), UploadRules.MAX_LISTED_DUPLICATES));
        String firstSerial = listedSerials.isEmpty() ? null : listedSerials.get(0);
        return new AlertEvent(AlertIds.forUpload(uploadId), AlertCode.U1, null, gtin, firstSerial, batch, expiry, null,
                actor, "manufacturer", mah, AlertSource.UPLOAD, at, details);
    }
}
