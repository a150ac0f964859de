package org.veripack.loadtests.open;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.Selector;
import java.util.function.LongConsumer;

/**
 * Keeps the generator's connections open: connects them, replaces broken or closed ones at once, tries refused ones
 * again after a back-off, and hands out the free ones, longest-idle first. I/O thread only.
 */
final class ConnectionPool {

    private static final long RECONNECT_BACKOFF_NANOS = 100_000_000L;

    private final Selector selector;
    private final InetSocketAddress address;
    private final long connectTimeoutNanos;
    private final HttpConnection[] connections;
    private final IdleConnections idle;
    private final LongConsumer onConnectFailure;

    /**
     * @param connectTimeoutNanos a connect not finished after this has failed
     * @param onConnectFailure told the time of each failed attempt, to count it
     */
    ConnectionPool(Selector selector, InetSocketAddress address, int count, long connectTimeoutNanos,
            LongConsumer onConnectFailure) {
        this.selector = selector;
        this.address = address;
        this.connectTimeoutNanos = connectTimeoutNanos;
        this.onConnectFailure = onConnectFailure;
        this.connections = new HttpConnection[count];
        this.idle = new IdleConnections(count);
        for (int id = 0; id < count; id++) {
            connections[id] = new HttpConnection(id);
        }
    }

    /** @return every connection, whatever its state */
    HttpConnection[] all() {
        return connections;
    }

    /** Starts connecting every connection; the selector reports when they are connected. */
    void connectAll(long now) {
        for (HttpConnection connection : connections) {
            replace(connection, now);
        }
    }

    /** @return the longest-idle connected connection, or null */
    HttpConnection takeIdle() {
        return idle.take();
    }

    /** @return free connections (a few may have been closed by the server since) */
    int idleCount() {
        return idle.size();
    }

    /** A connection whose response is complete is free again. */
    void release(HttpConnection connection) {
        connection.state = HttpConnection.State.IDLE;
        idle.put(connection);
    }

    /** Closes the connection and opens a new one in its place. */
    void replace(HttpConnection connection, long now) {
        connection.close();
        try {
            if (connection.connect(selector, address, now)) {
                idle.put(connection);
            }
        } catch (IOException e) {
            connectFailed(connection, now);
        }
    }

    /** On OP_CONNECT. */
    void finishConnect(HttpConnection connection, long now) {
        try {
            connection.finishConnect();
            if (connection.state == HttpConnection.State.IDLE) {
                idle.put(connection);
            }
        } catch (IOException e) {
            connectFailed(connection, now);
        }
    }

    /** Connect timeouts, and new attempts after the back-off. */
    void sweep(long now) {
        for (HttpConnection connection : connections) {
            if (connection.state == HttpConnection.State.CONNECTING
                    && now - connection.connectStartedNanos > connectTimeoutNanos) {
                connectFailed(connection, now);
            } else if (connection.state == HttpConnection.State.DOWN && now >= connection.retryAtNanos) {
                replace(connection, now);
            }
        }
    }

    void closeAll() {
        for (HttpConnection connection : connections) {
            connection.close();
        }
    }

    private void connectFailed(HttpConnection connection, long now) {
        connection.close();
        connection.retryAtNanos = now + RECONNECT_BACKOFF_NANOS;
        onConnectFailure.accept(now);
    }
}
