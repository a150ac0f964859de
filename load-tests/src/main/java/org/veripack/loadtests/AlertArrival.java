package org.veripack.loadtests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;

/**
 * How long the alerts a run raised through verification-service took to arrive in alert-service: from the moment
 * verification-service decided them (raisedAt) to their storage by alert-service (visible through the API). Waits
 * until every alert of the run's outbox has arrived.
 *
 * <pre>java -cp load-tests/target/load-tests.jar org.veripack.loadtests.AlertArrival --gtin 0... --since 2026-11-24T18:00:00Z</pre>
 */
public final class AlertArrival {

    private AlertArrival() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        String gtin = options.get("gtin");
        java.sql.Timestamp since = java.sql.Timestamp.from(java.time.Instant.parse(options.get("since")));
        try (Connection connection = DriverManager.getConnection(options.getOrDefault("jdbc",
                "jdbc:postgresql://127.0.0.1:5432/veripack"), options.getOrDefault("db-user", "postgres"), "")) {
            long raised = count(connection, "SELECT count(*) FROM registry.alert_outbox WHERE gtin = ? AND raised_at >= ?", gtin, since);
            long deadline = System.currentTimeMillis() + 60_000;
            while (count(connection, "SELECT count(*) FROM alert.alert WHERE gtin = ? AND raised_at >= ?", gtin, since) < raised
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            try (PreparedStatement query = connection.prepareStatement("SELECT count(*), "
                    + "percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM stored_at - raised_at)), "
                    + "percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM stored_at - raised_at)) "
                    + "FROM alert.alert WHERE gtin = ? AND raised_at >= ?")) {
                query.setString(1, gtin);
                query.setTimestamp(2, since);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    System.out.printf("alerts raised %d, arrived %d: p50 %.1f ms, p99 %.1f ms%n", raised, row.getLong(1),
                            row.getDouble(2) * 1000, row.getDouble(3) * 1000);
                }
            }
        }
    }

    private static long count(Connection connection, String sql, String gtin, java.sql.Timestamp since) throws Exception {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, gtin);
            query.setTimestamp(2, since);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
