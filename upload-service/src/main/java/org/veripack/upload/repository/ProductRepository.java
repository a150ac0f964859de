package org.veripack.upload.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.veripack.core.rules.ProductState;
import org.veripack.core.rules.ProductStatus;

/** Products of the MAHs in {@code registry.product}. */
@ApplicationScoped
public class ProductRepository {

    /** A product row. */
    public record Product(String gtin, String name, List<String> markets, String mah, ProductStatus status,
            Instant withdrawnAt, String withdrawReason, Instant createdAt, Instant updatedAt) {

        public ProductState state() {
            return new ProductState(gtin, status, mah);
        }
    }

    private static final String COLUMNS = "gtin, name, markets, mah_id, status, withdrawn_at, withdraw_reason, created_at, updated_at";

    /** The product, locked for the rest of the transaction when {@code forUpdate}. */
    public Optional<Product> find(Connection connection, String gtin, boolean forUpdate) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM registry.product WHERE gtin = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
            query.setString(1, gtin);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    /** Registers a product, or updates its name and markets; returns it. */
    public Product upsert(Connection connection, String gtin, String mah, String name, List<String> markets)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO registry.product (gtin, mah_id, name, markets) "
                + "VALUES (?, ?, ?, ?) ON CONFLICT (gtin) DO UPDATE SET name = excluded.name, markets = excluded.markets, "
                + "updated_at = now() RETURNING " + COLUMNS)) {
            upsert.setString(1, gtin);
            upsert.setString(2, mah);
            upsert.setString(3, name);
            upsert.setArray(4, connection.createArrayOf("text", markets.toArray()));
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                return read(row);
            }
        }
    }

    /** The GTINs of every product of the MAH, withdrawn ones included. */
    public List<String> gtinsOf(Connection connection, String mah) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT gtin FROM registry.product WHERE mah_id = ? ORDER BY gtin")) {
            query.setString(1, mah);
            try (ResultSet row = query.executeQuery()) {
                List<String> gtins = new ArrayList<>();
                while (row.next()) {
                    gtins.add(row.getString(1));
                }
                return gtins;
            }
        }
    }

    public Product withdraw(Connection connection, String gtin, String reason) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE registry.product SET status = 'WITHDRAWN', "
                + "withdrawn_at = now(), withdraw_reason = ?, updated_at = now() WHERE gtin = ? RETURNING " + COLUMNS)) {
            update.setString(1, reason);
            update.setString(2, gtin);
            try (ResultSet row = update.executeQuery()) {
                row.next();
                return read(row);
            }
        }
    }

    private static Product read(ResultSet row) throws SQLException {
        Array markets = row.getArray("markets");
        return new Product(row.getString("gtin"), row.getString("name"),
                markets == null ? List.of() : Arrays.asList((String[]) markets.getArray()), row.getString("mah_id"),
                ProductStatus.valueOf(row.getString("status")), instant(row.getTimestamp("withdrawn_at")),
                row.getString("withdraw_reason"), instant(row.getTimestamp("created_at")),
                instant(row.getTimestamp("updated_at")));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
