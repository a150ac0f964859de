package org.veripack.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.veripack.devstack.Databases;
import org.veripack.devstack.Infrastructure;
import org.veripack.devstack.PostgresEndpoint;
import org.veripack.schema.SchemaMigrations;

/**
 * Points a {@code @QuarkusTest} at PostgreSQL and Redis: the local servers when they answer, otherwise
 * Testcontainers when a Docker engine is present, otherwise embedded servers (see dev-stack's
 * {@link Infrastructure}). Tests use their own database, {@value #DATABASE} (created if missing), and their
 * own Redis database index, from the system property {@code veripack-test.redis-db} each module sets.
 */
public class VeripackTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "veripack_test";
    /** Init argument: "true" points the reactive pool (the request path) at a port nobody listens on. */
    public static final String POSTGRES_UNREACHABLE = "postgres-unreachable";

    private boolean postgresUnreachable;

    @Override
    public void init(Map<String, String> initArgs) {
        postgresUnreachable = Boolean.parseBoolean(initArgs.getOrDefault(POSTGRES_UNREACHABLE, "false"));
    }

    @Override
    public Map<String, String> start() {
        Infrastructure infrastructure = Infrastructure.shared();
        PostgresEndpoint postgres = infrastructure.postgres();
        Databases.ensure(postgres, DATABASE);
        migrateOnce(postgres);
        return Map.of(
                "quarkus.datasource.reactive.url", postgresUnreachable ? "postgresql://127.0.0.1:1/" + DATABASE
                        : postgres.reactiveUrl(DATABASE),
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE),
                "quarkus.datasource.username", postgres.user(),
                "quarkus.datasource.password", postgres.password(),
                "quarkus.redis.hosts", infrastructure.redis().url(redisDb()),
                // a file, not a classpath resource: @QuarkusIntegrationTest runs the packaged jar, without test-support
                "mp.jwt.verify.publickey.location", TestTokens.publicKeyFile().toString(),
                "veripack-test.infrastructure", postgres.kind() + "/" + infrastructure.redis().kind());
    }

    private static boolean migrated;

    /** The migration step, as ./veripack up runs it: once per test JVM (the services only check the version). */
    static synchronized void migrateOnce(PostgresEndpoint postgres) {
        if (!migrated) {
            try {
                new SchemaMigrations(postgres.jdbcUrl(DATABASE), postgres.user(), postgres.password()).migrate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("the test database could not be migrated: " + e.getMessage(), e);
            }
            migrated = true;
        }
    }

    /** This module's Redis database index in tests (the system property each module's pom sets). */
    static int redisDb() {
        return Integer.parseInt(System.getProperty("veripack-test.redis-db", "9"));
    }

    @Override
    public void stop() {
        // the shared infrastructure stops with the JVM, so later test classes reuse it
    }
}
