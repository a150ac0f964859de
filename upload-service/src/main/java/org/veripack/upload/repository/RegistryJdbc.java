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
import org.veripack.service.outbox.OutboxSql;

/** The registry statements of a batch upload, on the upload's own JDBC connection. */
// native: the upload report's line errors are written as JSON
@RegisterForReflection(targets = org.veripack.core.upload.UploadReport.LineError.class)
public final class RegistryJdbc {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection connection;

    public RegistryJdbc(Connection connection) {
        this.connection = connection;
    }

    public Optional<ProductState> product(String gtin) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT status, mah_id FROM registry.product WHERE gtin = ?")) {
            query.setString(1, gtin);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(new ProductState(gtin, ProductStatus.valueOf(row.getString(1)), row.getString(2)))
                        : Optional.empty();
            }
        }
    }

    /** A batch and its ordinal. */
    public record StoredBatch(BatchState state, int ordinal) {
    }

    public Optional<StoredBatch> batch(String gtin, String batch, int currentYear) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT ordinal, expiry, status FROM registry.batch WHERE gtin = ? AND batch = ?")) {
            query.setString(1, gtin);
            query.setString(2, batch);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                BatchState state = new BatchState(batch, Expiry.parse(row.getString(2), currentYear),
                        BatchStatus.valueOf(row.getString(3)));
                return Optional.of(new StoredBatch(state, row.getInt(1)));
            }
        }
    }

    /** Registers the batch with the next free ordinal of its product, unless it exists; returns it either way. */
    public StoredBatch ensureBatch(String gtin, String batch, Expiry expiry, int currentYear) throws SQLException {
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<StoredBatch> existing = batch(gtin, batch, currentYear);
            if (existing.isPresent()) {
                return existing.get();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO registry.batch (gtin, batch, ordinal, expiry, expiry_date) "
                            + "SELECT ?, ?, coalesce(max(ordinal), 0) + 1, ?, ? FROM registry.batch WHERE gtin = ? "
                            + "ON CONFLICT DO NOTHING")) {
                insert.setString(1, gtin);
                insert.setString(2, batch);
                insert.setString(3, expiry.text());
                insert.setObject(4, expiry.lastDay());
                insert.setString(5, gtin);
                insert.executeUpdate();
            }
        }
        throw new SQLException("could not register batch " + batch + " of " + gtin + " (ordinal contention)");
    }

    public Optional<UploadRecord> uploadByKey(String mahId, String key) throws SQLException {
        return findUpload("mah_id = ? AND idempotency_key = ?", mahId, key);
    }

    /** An upload of the same MAH and content that did not complete, to be resumed. */
    public Optional<UploadRecord> unfinishedUploadWithContent(String mahId, String contentSha256) throws SQLException {
        return findUpload("mah_id = ? AND content_sha256 = ? AND status <> 'COMPLETED'", mahId, contentSha256);
    }

    private Optional<UploadRecord> findUpload(String where, String first, String second) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, mah_id, gtin, batch, expiry, idempotency_key, "
                + "content_sha256, status, heartbeat_at FROM registry.upload WHERE " + where + " ORDER BY created_at LIMIT 1")) {
            query.setString(1, first);
            query.setString(2, second);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new UploadRecord(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                        row.getTimestamp(9).toInstant()));
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
                try (PreparedStatement insert = connection.prepareStatement(OutboxSql.INSERT_JDBC)) {
                    Object[] values = OutboxSql.values(duplicateAlert);
                    for (int i = 0; i < values.length; i++) {
                        insert.setObject(i + 1, values[i]);
                    }
                    insert.executeUpdate();
                }
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
