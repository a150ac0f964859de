package org.veripack.loadtests.open;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny single-threaded NIO HTTP/1.1 server for the generator's tests and for measuring the generator's own cost:
 * answers every request with {@code 200 ok} after a fixed delay, and on demand misbehaves (a one-time stall,
 * chunked bodies, Connection: close, closes and resets without answering, silence, other statuses).
 *
 * <pre>java -cp load-tests/target/test-classes org.veripack.loadtests.open.StubHttpServer 8089</pre>
 */
public final class StubHttpServer implements AutoCloseable {

    private static final byte[] OK = "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSING =
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHUNKED = ("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: y\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNAVAILABLE =
            "HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

    private final ServerSocketChannel server;
    private final Selector selector;
    private final Thread thread;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile boolean running = true;

    /** Behaviour: set before the load starts. Every N-th request (1-based), 0: never. */
    volatile long delayNanos;
    volatile boolean chunked;
    volatile int closeEvery;
    volatile int dropEvery;
    volatile int resetEvery;
    volatile int silentEvery;
    volatile int unavailableEvery;
    /** The first request at or after this count stalls the server (no answer at all) for stallNanos. */
    volatile long stallAtRequest = Long.MAX_VALUE;
    volatile long stallNanos;
    private long pausedUntil;
    /** Request heads received, when recordHeads is on. */
    final List<String> heads = new CopyOnWriteArrayList<>();
    volatile boolean recordHeads;

    private record Pending(long dueNanos, SocketChannel channel, byte[] response, boolean close) {
    }

    public StubHttpServer(int port) throws IOException {
        server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress("127.0.0.1", port), 1024);
        server.configureBlocking(false);
        selector = Selector.open();
        server.register(selector, SelectionKey.OP_ACCEPT);
        thread = new Thread(this::serve, "stub-http-server");
        thread.setDaemon(true);
        thread.start();
    }

    public static void main(String[] args) throws Exception {
        try (StubHttpServer stub = new StubHttpServer(args.length > 0 ? Integer.parseInt(args[0]) : 8089)) {
            System.out.println("stub HTTP server on " + stub.url());
            stub.thread.join();
        }
    }

    String url() throws IOException {
        return "http://127.0.0.1:" + ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    long requests() {
        return requests.get();
    }

    private void serve() {
        try {
            while (running) {
                long wait = pending.isEmpty() ? 100 : Math.max(1, (pending.peekFirst().dueNanos - System.nanoTime()) / 1_000_000);
                selector.select(wait);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (key.isValid() && key.isAcceptable()) {
                        accept();
                    } else if (key.isValid() && key.isReadable()) {
                        read(key);
                    }
                }
                long now = System.nanoTime();
                while (!pending.isEmpty() && pending.peekFirst().dueNanos <= now) {
                    Pending answer = pending.pollFirst();
                    respond(answer.channel, answer.response, answer.close);
                }
            }
        } catch (IOException e) {
            if (running) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.register(selector, SelectionKey.OP_READ, ByteBuffer.allocate(16 * 1024));
        }
    }

    private void read(SelectionKey key) throws IOException {
        SocketChannel channel = (SocketChannel) key.channel();
        ByteBuffer in = (ByteBuffer) key.attachment();
        int read;
        try {
            read = channel.read(in);
        } catch (IOException e) {
            read = -1;
        }
        if (read < 0) {
            channel.close();
            return;
        }
        int length;
        while ((length = requestLength(in)) > 0) {
            if (recordHeads) {
                heads.add(new String(in.array(), 0, length, StandardCharsets.UTF_8));
            }
            in.flip().position(length);
            in.compact();
            onRequest(channel);
            if (!channel.isOpen()) {
                return;
            }
        }
    }

    private void onRequest(SocketChannel channel) throws IOException {
        long n = requests.incrementAndGet();
        long now = System.nanoTime();
        if (n >= stallAtRequest) {
            stallAtRequest = Long.MAX_VALUE;
            pausedUntil = now + stallNanos;
        }
        if (every(resetEvery, n)) {
            channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            channel.close();
        } else if (every(dropEvery, n)) {
            channel.close();
        } else if (!every(silentEvery, n)) {
            boolean close = every(closeEvery, n);
            byte[] response = every(unavailableEvery, n) ? UNAVAILABLE : close ? CLOSING : chunked ? CHUNKED : OK;
            long due = Math.max(now + delayNanos, pausedUntil);
            if (due <= now && pending.isEmpty()) {
                respond(channel, response, close);
            } else {
                pending.addLast(new Pending(due, channel, response, close));
            }
        }
    }

    private static boolean every(int every, long n) {
        return every > 0 && n % every == 0;
    }

    private static void respond(SocketChannel channel, byte[] response, boolean close) throws IOException {
        if (!channel.isOpen()) {
            return;
        }
        try {
            channel.write(ByteBuffer.wrap(response)); // small: the socket takes it whole
            if (close) {
                channel.close();
            }
        } catch (IOException e) {
            channel.close();
        }
    }

    /** @return the length of the whole first request in the buffer, or 0 when it has not all arrived */
    private static int requestLength(ByteBuffer in) {
        byte[] bytes = in.array();
        int end = in.position();
        for (int i = 3; i < end; i++) {
            if (bytes[i] == '\n' && bytes[i - 1] == '\r' && bytes[i - 2] == '\n' && bytes[i - 3] == '\r') {
                String head = new String(bytes, 0, i, StandardCharsets.ISO_8859_1).toLowerCase();
                int at = head.indexOf("\r\ncontent-length:");
                int body = 0;
                if (at >= 0) {
                    int lineEnd = head.indexOf('\r', at + 2);
                    body = Integer.parseInt(head.substring(at + 17, lineEnd < 0 ? head.length() : lineEnd).trim());
                }
                return i + 1 + body <= end ? i + 1 + body : 0;
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        running = false;
        selector.wakeup();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
        selector.close();
        server.close();
    }
}
