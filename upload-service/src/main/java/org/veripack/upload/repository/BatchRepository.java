package org.veripack.upload.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.rules.BatchState;
import org.veripack.core.rules.BatchStatus;

/** Batches of a product in {@code registry.batch}: read and recalled. */
@ApplicationScoped
public class BatchRepository {

    /** A batch with its ordinal (its number within its product, as the Redis layout names it). */
    public record StoredBatch(BatchState state, int ordinal) {
    }

    public Optional<StoredBatch> find(Connection connection, String gtin, String batch, int currentYear) throws SQLException {
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

    /** Marks the batch RECALLED; returns when. */
    public Instant recall(Connection connection, String gtin, String batch, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE registry.batch SET status = 'RECALLED', "
                + "recalled_at = now(), recall_reason = ? WHERE gtin = ? AND batch = ? RETURNING recalled_at")) {
            update.setString(1, reason);
            update.setString(2, gtin);
            update.setString(3, batch);
            try (ResultSet row = update.executeQuery()) {
                row.next();
                return row.getTimestamp(1).toInstant();
            }
        }
    }

    /** Registers the batch with the next free ordinal of its product, unless it exists; returns it either way. */
    public StoredBatch ensure(Connection connection, String gtin, String batch, Expiry expiry, int currentYear)
            throws SQLException {
        for (int attempt = 0; attempt < 10; attempt++) {
            Optional<StoredBatch> existing = find(connection, gtin, batch, currentYear);
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
}
