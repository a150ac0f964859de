package org.veripack.service.problem;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

/**
 * PostgreSQL or Redis could not be reached. The one failure answered 503: the request may succeed when sent again
 * shortly (a state change with the same txId is then answered once). Every other unexpected failure is a bug and
 * answers 500 with an incident id (see {@link ProblemMappers}).
 */
public final class BackendUnavailable extends RuntimeException {

    /** Which store could not be reached, with its problem slug. */
    public enum Backend {
        REGISTRY("registry-unavailable", "Registry unavailable", "the registry database (PostgreSQL)"),
        CACHE("cache-unavailable", "Cache unavailable", "the cache (Redis)");

        final String slug;
        final String title;
        final String description;

        Backend(String slug, String title, String description) {
            this.slug = slug;
            this.title = title;
            this.description = description;
        }
    }

    private final Backend backend;

    public BackendUnavailable(Backend backend, Throwable cause) {
        super(backend.description + " cannot be reached: " + (cause == null ? "unknown cause" : cause.getMessage()), cause);
        this.backend = backend;
    }

    public Backend backend() {
        return backend;
    }

    Problem problem() {
        return new Problem(backend.slug, backend.title, 503, backend.description
                + " cannot be reached right now; send the request again shortly (with the same txId, a state change"
                + " is applied at most once)");
    }

    /** Wraps a failure of a call to PostgreSQL when it is a connection failure; returns other failures unchanged. */
    public static Throwable ofRegistry(Throwable failure) {
        return isConnectionFailure(failure) ? new BackendUnavailable(Backend.REGISTRY, failure) : failure;
    }

    /** Wraps a failure of a call to Redis when it is a connection failure; returns other failures unchanged. */
    public static Throwable ofCache(Throwable failure) {
        return isConnectionFailure(failure) ? new BackendUnavailable(Backend.CACHE, failure) : failure;
    }

    /**
     * Whether a failure means the store was not reachable (refused, reset, closed, timed out, no route, a pool that
     * could not get a connection), as opposed to a store that answered with an error.
     */
    public static boolean isConnectionFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BackendUnavailable || cause instanceof ConnectException
                    || cause instanceof ClosedChannelException || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException || cause instanceof TimeoutException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            String type = cause.getClass().getName();
            if (type.equals("io.vertx.sqlclient.ClosedConnectionException")
                    || type.equals("io.netty.channel.ConnectTimeoutException")
                    || type.equals("io.vertx.core.http.ConnectionPoolTooBusyException")
                    || type.equals("io.netty.channel.StacklessClosedChannelException")) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && (message.contains("Connection refused") || message.contains("Connection reset")
                    || message.contains("Connection is closed") || message.contains("connection was closed")
                    || message.contains("Failed to create connection") || message.contains("Cannot connect"))) {
                return true;
            }
        }
        return false;
    }
}
