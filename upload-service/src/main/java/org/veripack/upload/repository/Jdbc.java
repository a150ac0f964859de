package org.veripack.upload.repository;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import org.veripack.service.problem.BackendUnavailable;

/**
 * upload-service's one persistence stack: JDBC on Agroal's pool (uploads need PostgreSQL's COPY, which only the JDBC
 * driver speaks). Runs work on one connection, in a transaction when asked; a connection failure becomes
 * {@link BackendUnavailable} (503), any other SQL failure stays a bug (500).
 */
@ApplicationScoped
public class Jdbc {

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final AgroalDataSource dataSource;

    public Jdbc(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    public <T> T withConnection(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A connection failure is the store's (503); anything else a bug (500). */
    public static RuntimeException failure(SQLException e) {
        Throwable mapped = BackendUnavailable.ofRegistry(e);
        return mapped instanceof RuntimeException runtime ? runtime : new IllegalStateException("SQL failed: " + e.getMessage(), e);
    }
}
