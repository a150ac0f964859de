package org.veripack.upload.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Uploads as their owners read them, and the recovery of uploads whose worker stopped. */
@ApplicationScoped
public class UploadReports {

    /** An upload row, with its line errors as the JSON text stored. */
    public record Upload(UUID id, String mah, String status, String gtin, String batch, String expiry, long received,
            long accepted, long duplicates, long invalid, String errorsJson, String failureReason, Instant createdAt,
            Instant completedAt) {
    }

    public Optional<Upload> find(Connection connection, UUID id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id, mah_id, status, gtin, batch, expiry, received, "
                + "accepted, duplicates, invalid, errors::text, failure_reason, created_at, completed_at "
                + "FROM registry.upload WHERE id = ?")) {
            query.setObject(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Upload(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4), row.getString(5), row.getString(6), row.getLong(7), row.getLong(8),
                        row.getLong(9), row.getLong(10), row.getString(11), row.getString(12),
                        ProductRepository.instant(row.getTimestamp(13)), ProductRepository.instant(row.getTimestamp(14))));
            }
        }
    }

    /** Marks FAILED every PROCESSING upload whose worker has not beaten for {@code staleAfter}; how many. */
    public int failStale(Connection connection, Duration staleAfter, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE registry.upload SET status = 'FAILED', "
                + "failure_reason = ?, completed_at = now() WHERE status = 'PROCESSING' AND heartbeat_at < now() - ?::interval")) {
            update.setString(1, reason);
            update.setString(2, staleAfter.toMillis() + " milliseconds");
            return update.executeUpdate();
        }
    }
}
