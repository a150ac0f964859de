package org.veripack.upload.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertEventJson;
import org.veripack.service.outbox.AlertStreamPublisher.OutboxAlert;

/**
 * The registry's alert outbox, on JDBC: an alert is inserted in the transaction of the change that raised it (its id
 * is stable per originating request, so inserting it twice keeps one row); the relay claims unrelayed rows with
 * {@code FOR UPDATE SKIP LOCKED} and marks them relayed in the same transaction.
 */
@ApplicationScoped
public class OutboxRepository {

    public void insert(Connection connection, AlertEvent event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO registry.alert_outbox "
                + "(id, code, return_code, gtin, serial, source, raised_at, payload) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING")) {
            insert.setObject(1, event.id());
            insert.setString(2, event.code().name());
            insert.setString(3, event.returnCode() == null ? null : event.returnCode().name());
            insert.setString(4, event.gtin());
            insert.setString(5, event.serial());
            insert.setString(6, event.source().name());
            insert.setTimestamp(7, Timestamp.from(event.raisedAt()));
            insert.setString(8, AlertEventJson.write(event));
            insert.executeUpdate();
        }
    }

    public List<OutboxAlert> claim(Connection connection, int limit) throws SQLException {
        List<OutboxAlert> alerts = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT id, payload::text FROM registry.alert_outbox "
                + "WHERE relayed_at IS NULL ORDER BY raised_at LIMIT ? FOR UPDATE SKIP LOCKED")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    alerts.add(new OutboxAlert(rows.getObject(1, UUID.class), rows.getString(2)));
                }
            }
        }
        return alerts;
    }

    public void markRelayed(Connection connection, List<OutboxAlert> alerts) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE registry.alert_outbox SET relayed_at = now() WHERE id = ANY (?)")) {
            update.setArray(1, connection.createArrayOf("uuid", alerts.stream().map(OutboxAlert::id).toArray()));
            update.executeUpdate();
        }
    }
}
