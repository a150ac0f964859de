package org.veripack.testsupport;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.veripack.devstack.Infrastructure;
import org.veripack.devstack.PostgresEndpoint;

/**
 * For {@code @QuarkusIntegrationTest}s, which run the packaged service in its own process and cannot inject its
 * beans: the test database and Redis that {@link VeripackTestResource} gave the service, seen from the test.
 */
public final class IntegrationTestInfrastructure {

    private IntegrationTestInfrastructure() {
    }

    /** The test database, one connection per call. */
    public static DataSource dataSource() {
        PostgresEndpoint postgres = Infrastructure.shared().postgres();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(postgres.jdbcUrl(VeripackTestResource.DATABASE));
        dataSource.setUser(postgres.user());
        dataSource.setPassword(postgres.password());
        return dataSource;
    }

    /** Migrates the test database (once per JVM), as the migration step does before the services start. */
    public static void migrate() {
        PostgresEndpoint postgres = Infrastructure.shared().postgres();
        org.veripack.devstack.Databases.ensure(postgres, VeripackTestResource.DATABASE);
        VeripackTestResource.migrateOnce(postgres);
    }

    /** The Redis URL (with this module's database index) the service uses. */
    public static String redisUrl() {
        return Infrastructure.shared().redis().url(VeripackTestResource.redisDb());
    }
}
