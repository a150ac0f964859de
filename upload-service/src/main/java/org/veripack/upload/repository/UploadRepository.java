package org.veripack.upload.repository;

import io.quarkus.runtime.annotations.RegisterForReflection;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.rules.BatchState;
import org.veripack.core.rules.BatchStatus;
import org.veripack.core.rules.ProductState;
import org.veripack.core.rules.ProductStatus;
import org.veripack.core.upload.UploadReport;

/** The statements of a batch upload on registry.upload and its packs, on the upload's own JDBC connection. */
// native: the upload report's line errors are written as JSON
@RegisterForReflection(targets = org.veripack.core.upload.UploadReport.LineError.class)
public final class UploadRepository {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final OutboxRepository OUTBOX = new OutboxRepository();

    private final Connection connection;

    public UploadRepository(Connection connection) {
        this.connection = connection;
    }

    public Optional<UploadRecord> uploadByKey(String mahId, String key) throws SQLException {
        return findUpload("mah_id = ? AND idempotency_key = ?", mahId, key);
    }

    /** An upload of the same MAH and content that did not complete, to be resumed. */
    public Optional<UploadRecord> unfinishedUploadWithContent(String mahId, String contentSha256) throws SQLException {
        return findUpload("mah_id = ? AND content_sha256 = ? AND status <> 'COMPLETED'", mahId, contentSha256);
    }

    private Optional<UploadRecord> findUpload(String where, String first, String second) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, content_sha256, status "
                + "FROM registry.upload WHERE " + where + " ORDER BY created_at LIMIT 1")) {
            query.setString(1, first);
            query.setString(2, second);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new UploadRecord(row.getObject(1, UUID.class), row.getString(2), row.getString(3)));
            }
        }
    }

    /** Inserts a new PROCESSING upload; false when another one took the same idempotency key meanwhile. */
    public boolean createUpload(UUID id, String mahId, String gtin, String batch, String expiry, String key,
            String contentSha256, String actor) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO registry.upload "
                + "(id, mah_id, gtin, batch, expiry, idempotency_key, content_sha256, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (mah_id, idempotency_key) DO NOTHING")) {
            insert.setObject(1, id);
            insert.setString(2, mahId);
            insert.setString(3, gtin);
            insert.setString(4, batch);
            insert.setString(5, expiry);
            insert.setString(6, key);
            insert.setString(7, contentSha256);
            insert.setString(8, actor);
            return insert.executeUpdate() == 1;
        }
    }

    /** Takes over an upload that failed or whose worker stopped beating; false when another worker has it. */
    public boolean resumeUpload(UUID id, Duration staleAfter) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE registry.upload SET status = 'PROCESSING', "
                + "attempts = attempts + 1, heartbeat_at = now(), failure_reason = NULL, completed_at = NULL "
                + "WHERE id = ? AND (status = 'FAILED' OR (status = 'PROCESSING' AND heartbeat_at < now() - ?::interval))")) {
            update.setObject(1, id);
            update.setString(2, staleAfter.toSeconds() + " seconds");
            return update.executeUpdate() == 1;
        }
    }

    public void heartbeat(UUID id) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE registry.upload SET heartbeat_at = now() WHERE id = ?")) {
            update.setObject(1, id);
            update.executeUpdate();
        }
    }

    /** Of the given serials of a GTIN, those that this upload itself inserted (in an earlier attempt). */
    public List<String> insertedBy(UUID uploadId, String gtin, List<String> serials) throws SQLException {
        List<String> own = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT serial FROM registry.pack WHERE gtin = ? AND serial = ANY (?) AND upload_id = ?")) {
            query.setString(1, gtin);
            query.setArray(2, connection.createArrayOf("text", serials.toArray()));
            query.setObject(3, uploadId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    own.add(rows.getString(1));
                }
            }
        }
        return own;
    }

    /** Completes the upload with its report and, when it met registered serials, its U1 alert, in one transaction. */
    public void complete(UUID id, UploadReport report, AlertEvent duplicateAlert) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (PreparedStatement update = connection.prepareStatement("UPDATE registry.upload SET status = 'COMPLETED', "
                    + "received = ?, accepted = ?, duplicates = ?, invalid = ?, errors = ?::jsonb, completed_at = now(), "
                    + "heartbeat_at = now() WHERE id = ?")) {
                update.setLong(1, report.receivedCount());
                update.setLong(2, report.acceptedCount());
                update.setLong(3, report.duplicateCount());
                update.setLong(4, report.invalidCount());
                update.setString(5, JSON.writeValueAsString(report.errors()));
                update.setObject(6, id);
                update.executeUpdate();
            }
            if (duplicateAlert != null) {
                OUTBOX.insert(connection, duplicateAlert);
            }
            connection.commit();
        } catch (SQLException | JsonProcessingException e) {
            connection.rollback();
            throw e instanceof SQLException sql ? sql : new SQLException(e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    public void fail(UUID id, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE registry.upload SET status = 'FAILED', "
                + "failure_reason = ?, completed_at = now() WHERE id = ? AND status = 'PROCESSING'")) {
            update.setString(1, reason);
            update.setObject(2, id);
            update.executeUpdate();
        }
    }
}
