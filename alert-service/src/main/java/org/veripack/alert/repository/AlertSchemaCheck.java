package org.veripack.alert.repository;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.health.Readiness;
import org.veripack.core.schema.SchemaVersions;
import org.veripack.service.schema.SchemaCheck;

/** Refuses to run on an alert schema older than this build's (see {@link SchemaCheck}); not ready until checked. */
@Readiness
@Singleton
public class AlertSchemaCheck extends SchemaCheck {

    private final Pool pool;

    public AlertSchemaCheck(Pool pool) {
        super("alert", SchemaVersions.ALERT, false);
        this.pool = pool;
    }

    @Override
    protected Uni<Integer> currentVersion(String schema) {
        return pool.query("SELECT coalesce(max(version::int), 0) AS version FROM alert.flyway_schema_history WHERE success")
                .execute().map(rows -> rows.iterator().next().getInteger("version"))
                .onFailure(failure -> failure.getMessage() != null && failure.getMessage().contains("does not exist"))
                .recoverWithItem(0);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> checkUntilPassed() {
        return check();
    }
}
