package org.veripack.upload.repository;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.health.Readiness;
import org.veripack.core.schema.SchemaVersions;
import org.veripack.service.schema.SchemaCheck;

/** Refuses to run on a registry schema older than this build's (see {@link SchemaCheck}); not ready until checked. */
@Readiness
@Singleton
public class UploadSchemaCheck extends SchemaCheck {

    private final Jdbc jdbc;

    public UploadSchemaCheck(Jdbc jdbc) {
        super("registry", SchemaVersions.REGISTRY, false);
        this.jdbc = jdbc;
    }

    @Override
    protected Uni<Integer> currentVersion(String schema) {
        return Uni.createFrom().item(() -> jdbc.withConnection(connection -> {
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT coalesce(max(version::int), 0) FROM "
                            + "registry.flyway_schema_history WHERE success")) {
                row.next();
                return row.getInt(1);
            } catch (java.sql.SQLException e) {
                if ("42P01".equals(e.getSQLState())) {
                    return 0;
                }
                throw e;
            }
        })).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> checkUntilPassed() {
        return check();
    }
}
