package org.veripack.upload.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.veripack.core.refusal.Reason;
import org.veripack.core.scope.Scope;
import org.veripack.upload.repository.Jdbc;
import org.veripack.upload.repository.UploadReports;

/** Upload reports for their owners (the MAH that uploaded, surveillance, admin); anything else is unknown. */
@ApplicationScoped
public class UploadReportService {

    private final Jdbc jdbc;
    private final UploadReports uploads;
    private final ObjectMapper json;

    public UploadReportService(Jdbc jdbc, UploadReports uploads, ObjectMapper json) {
        this.jdbc = jdbc;
        this.uploads = uploads;
        this.json = json;
    }

    /** An upload's report as the API shows it. */
    public record UploadView(String uploadId, String status, String gtin, String batch, String expiry, long received,
            long accepted, long duplicates, long invalid, JsonNode errors, String failureReason, Instant createdAt,
            Instant completedAt) {
    }

    public UploadView find(Scope scope, String idText) {
        UUID id;
        try {
            id = UUID.fromString(idText);
        } catch (IllegalArgumentException e) {
            throw Scope.notInScope(Reason.UPLOAD_NOT_FOUND, "upload");
        }
        UploadReports.Upload upload = jdbc.withConnection(connection -> uploads.find(connection, id)).orElse(null);
        if (upload == null || !scope.coversProduct(upload.mah())) {
            throw Scope.notInScope(Reason.UPLOAD_NOT_FOUND, "upload");
        }
        try {
            return new UploadView(upload.id().toString(), upload.status(), upload.gtin(), upload.batch(), upload.expiry(),
                    upload.received(), upload.accepted(), upload.duplicates(), upload.invalid(),
                    json.readTree(upload.errorsJson()), upload.failureReason(), upload.createdAt(), upload.completedAt());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored upload errors are not JSON", e);
        }
    }
}
