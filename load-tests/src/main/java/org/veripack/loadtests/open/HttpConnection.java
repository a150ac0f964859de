package org.veripack.loadtests.open;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;

/**
 * One keep-alive connection of the generator with at most one request in flight (no pipelining): its socket, its
 * state, the request in flight and the parser of its response. Read and changed by the I/O thread only.
 */
final class HttpConnection {

    enum State {
        /** Not connected; connects again at {@link #retryAtNanos}. */
        DOWN,
        /** Connect started, not finished. */
        CONNECTING,
        /** Connected, free for a request. */
        IDLE,
        /** A request is in flight. */
        BUSY
    }

    final int id;
    final ResponseParser parser = new ResponseParser();
    State state = State.DOWN;
    long retryAtNanos;
    long connectStartedNanos;

    /** The request in flight: its intended start, its actual send and its phase. */
    long intendedNanos;
    long sentNanos;
    PhaseMeasurements phase;

    private SocketChannel channel;
    private SelectionKey key;
    /** The part of a request the socket did not take at once (rare: requests are small). */
    private ByteBuffer unsent;

    HttpConnection(int id) {
        this.id = id;
    }

    /**
     * Starts a non-blocking connect; the selector reports OP_CONNECT, or it is connected at once.
     *
     * @return true when connected at once
     * @throws IOException when the connect fails at once (the connection is then DOWN)
     */
    boolean connect(Selector selector, InetSocketAddress address, long now) throws IOException {
        connectStartedNanos = now;
        channel = SocketChannel.open();
        try {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            key = channel.register(selector, SelectionKey.OP_CONNECT, this);
            state = State.CONNECTING;
            if (channel.connect(address)) {
                connected();
                return true;
            }
            return false;
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    /** @throws IOException when the connect failed (refused, unreachable) */
    void finishConnect() throws IOException {
        if (channel.finishConnect()) {
            connected();
        }
    }

    private void connected() {
        state = State.IDLE;
        // Always interested in reading: responses, and a server's close of an idle connection. Never changed while
        // the connection lives, so that no request costs an epoll_ctl.
        key.interestOps(SelectionKey.OP_READ);
    }

    /**
     * Writes a request: the bytes in {@code out} (position to limit), keeping what the socket did not take.
     *
     * @throws IOException when the connection is broken
     */
    void write(ByteBuffer out) throws IOException {
        channel.write(out);
        if (out.hasRemaining()) {
            unsent = ByteBuffer.allocate(out.remaining()).put(out).flip();
            key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
        }
    }

    /** Writes more of a request the socket did not take at once (on OP_WRITE). */
    void flushUnsent() throws IOException {
        if (unsent != null) {
            channel.write(unsent);
            if (unsent.hasRemaining()) {
                return;
            }
        }
        unsent = null;
        key.interestOps(SelectionKey.OP_READ);
    }

    /** @return bytes read into the buffer, -1 at end of stream */
    int read(ByteBuffer in) throws IOException {
        return channel.read(in);
    }

    /** Closes the socket (the selector forgets its key at its next select) and forgets any unsent bytes. */
    void close() {
        unsent = null;
        state = State.DOWN;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // closing: nothing left to do
            }
            channel = null;
            key = null;
        }
    }
}
