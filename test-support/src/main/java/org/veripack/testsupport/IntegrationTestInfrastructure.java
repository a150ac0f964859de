package org.veripack.testsupport;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
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
        return new DriverManagerDataSource(postgres.jdbcUrl(VeripackTestResource.DATABASE), postgres.user(), postgres.password());
    }

    /** The Redis URL (with this module's database index) the service uses. */
    public static String redisUrl() {
        return Infrastructure.shared().redis().url(Integer.parseInt(System.getProperty("veripack.test.redis-db", "9")));
    }

    private record DriverManagerDataSource(String url, String user, String password) implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }

        @Override
        public Connection getConnection(String otherUser, String otherPassword) throws SQLException {
            return DriverManager.getConnection(url, otherUser, otherPassword);
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
