package org.veripack.schema;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Applies the migrations of both schemas: {@code registry} (products, packs, their events, uploads, replays, the
 * alert outbox, operation records; classpath db/registry) and {@code alert} (alert-service's; db/alert), each with
 * its own history table {@code <schema>.flyway_schema_history}. Flyway holds a PostgreSQL advisory lock while it
 * migrates, so two migration steps started at once apply each migration once. Then the operation records'
 * monthly partitions are extended five years ahead.
 */
public final class SchemaMigrations {

    /** Months of operation-record partitions kept ready ahead of the current one. */
    static final int RECORD_MONTHS_AHEAD = 60;

    private final String jdbcUrl;
    private final String user;
    private final String password;

    public SchemaMigrations(String jdbcUrl, String user, String password) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password == null ? "" : password;
    }

    /** Migrates both schemas; returns a line per schema saying what was applied. */
    public String migrate() throws SQLException {
        StringBuilder report = new StringBuilder();
        for (String schema : new String[] {"registry", "alert"}) {
            MigrateResult result = flyway(schema).migrate();
            report.append(schema).append(": ").append(result.migrationsExecuted).append(" migration(s) applied, now at version ")
                    .append(result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion)
                    .append('\n');
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT registry.ensure_operation_record_partitions(" + RECORD_MONTHS_AHEAD + ")");
        }
        return report.toString();
    }

    Flyway flyway(String schema) {
        return Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .schemas(schema)
                .defaultSchema(schema)
                .table("flyway_schema_history")
                .locations("classpath:db/" + schema)
                .load();
    }
}
