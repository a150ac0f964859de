package org.veripack.upload.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Leaves the cache entry of a committed product or batch change in {@code registry.cache_sync}, in the change's own
 * transaction: verification-service's sweeper writes it to Redis if this service dies before its own cache write
 * (one truth after a crash). Withdrawn and recalled entries are irreversible and DSCSA policies versioned, so writing
 * one twice, or late, is harmless.
 */
@ApplicationScoped
public class CacheSyncRows {

    public void meta(Connection connection, String gtin, String field, String value) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO registry.cache_sync (kind, gtin, field, value) VALUES ('META', ?, ?, ?)")) {
            insert.setString(1, gtin);
            insert.setString(2, field);
            insert.setString(3, value);
            insert.executeUpdate();
        }
    }

    /** The same field and value for many products (a MAH's DSCSA policy for each of its products), in one batch. */
    public void meta(Connection connection, List<String> gtins, String field, String value) throws SQLException {
        if (gtins.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO registry.cache_sync (kind, gtin, field, value) VALUES ('META', ?, ?, ?)")) {
            for (String gtin : gtins) {
                insert.setString(1, gtin);
                insert.setString(2, field);
                insert.setString(3, value);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
