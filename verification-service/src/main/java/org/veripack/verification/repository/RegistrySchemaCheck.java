package org.veripack.verification.repository;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;
import org.veripack.core.schema.SchemaVersions;
import org.veripack.service.schema.SchemaCheck;

/**
 * Refuses to run on a registry schema older than this build's (see {@link SchemaCheck}); stays ready while
 * PostgreSQL is away, since verifies are answered from the cache.
 */
@Readiness
@Singleton
public class RegistrySchemaCheck extends SchemaCheck {

    private final Pool pool;

    public RegistrySchemaCheck(Pool pool) {
        super("registry", SchemaVersions.REGISTRY, true);
        this.pool = pool;
    }

    @Override
    protected Uni<Integer> currentVersion(String schema) {
        return pool.query("SELECT coalesce(max(version::int), 0) AS version FROM registry.flyway_schema_history WHERE success")
                .execute().map(rows -> rows.iterator().next().getInteger("version"))
                .onFailure(failure -> failure.getMessage() != null && failure.getMessage().contains("does not exist"))
                .recoverWithItem(0);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> checkUntilPassed() {
        return check();
    }
}
