package org.veripack.upload.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;


/** Reads uploads for their owners. */
@ApplicationScoped
public class UploadQueries {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool pool;

    /** An upload's report as the API shows it. */
    public record UploadView(String uploadId, String status, String gtin, String batch, String expiry, long received,
            long accepted, long duplicates, long invalid, JsonNode errors, String failureReason, Instant createdAt,
            Instant completedAt) {
    }

    /** The upload when the caller may read it: its MAH's, or any for surveillance and admin (mah null); else 404. */
    public Uni<UploadView> find(String mahOrNullForAll, String idText) {
        UUID id;
        try {
            id = UUID.fromString(idText);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(notFound());
        }
        return pool.preparedQuery("SELECT id, mah_id, status, gtin, batch, expiry, received, accepted, duplicates, invalid, "
                        + "errors::text AS errors, failure_reason, created_at, completed_at FROM registry.upload WHERE id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw notFound();
                    }
                    Row row = rows.iterator().next();
                    if (mahOrNullForAll != null && !mahOrNullForAll.equals(row.getString("mah_id"))) {
                        throw notFound();
                    }
                    return view(row);
                });
    }

    private static UploadView view(Row row) {
        try {
            return new UploadView(row.getUUID("id").toString(), row.getString("status"), row.getString("gtin"),
                    row.getString("batch"), row.getString("expiry"), row.getLong("received"), row.getLong("accepted"),
                    row.getLong("duplicates"), row.getLong("invalid"), JSON.readTree(row.getString("errors")),
                    row.getString("failure_reason"), row.getOffsetDateTime("created_at").toInstant(),
                    row.getOffsetDateTime("completed_at") == null ? null : row.getOffsetDateTime("completed_at").toInstant());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored upload errors are not JSON", e);
        }
    }

    private static Refusal notFound() {
        return new Refusal(Reason.UPLOAD_NOT_FOUND, "no upload with this id in your scope");
    }
}
