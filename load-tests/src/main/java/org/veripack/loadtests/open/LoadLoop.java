package org.veripack.loadtests.open;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * One run on one thread: a selector over the keep-alive connections and the schedule of intended starts. Requests
 * due and not yet sent are the range [nextToSend, due) of sequence numbers, a FIFO queue that costs nothing; each
 * wake-up sends all of them that free connections can take. Between events it sleeps in select (timeouts of a
 * millisecond or more) or in selectNow + parkNanos (less), never spins.
 */
final class LoadLoop {

    private static final long MILLI = 1_000_000L;
    private static final long SWEEP_INTERVAL = 10 * MILLI;

    private final LoadSettings settings;
    private final RequestSource source;
    private final Selector selector;
    private final ConnectionPool pool;
    private final ByteBuffer readBuffer = ByteBuffer.allocate(64 * 1024);
    private ByteBuffer writeBuffer = ByteBuffer.allocateDirect(16 * 1024);
    private final Consumer<SelectionKey> onReady = this::onReady;
    private final double periodNanos;
    private final long warmupCount;
    private final long total;
    private final long timeoutNanos;
    private final long pollNanos;
    private final PhaseMeasurements warmup = new PhaseMeasurements();
    private final PhaseMeasurements measured = new PhaseMeasurements();
    /** Indexed without a branch ({@link #phaseOf}): a branch first taken when the measured phase starts would make
     * the JIT throw away and redo the hot code's compilation, in the measured phase. */
    private final PhaseMeasurements[] phases = {warmup, measured};
    private long t0;
    private long deadline;
    private long nextSweep;
    private long measureStart = Long.MAX_VALUE;
    private long due;
    private long nextToSend;
    private long inFlight;
    /** The last time requests were due and no connection was free: requests meant to start before it waited. */
    private long lastShortageNanos = Long.MIN_VALUE;

    LoadLoop(LoadSettings settings, RequestSource source) throws IOException {
        this.settings = settings;
        this.source = source;
        this.selector = Selector.open();
        this.periodNanos = 1e9 / settings.rate();
        this.warmupCount = settings.warmupRequests();
        this.total = warmupCount + settings.measuredRequests();
        this.timeoutNanos = settings.requestTimeout().toNanos();
        this.pollNanos = Math.max(1000, settings.pollInterval().toNanos());
        this.pool = new ConnectionPool(selector, settings.target().address(), settings.connections(), timeoutNanos,
                now -> phaseAt(now).recordErrors(ErrorKind.CONNECT, 1));
    }

    LoadReport run() throws IOException {
        try (selector) {
            long ioThread = Thread.currentThread().getId();
            ProcessCpu start = ProcessCpu.now(ioThread); // also loads the management beans before the clock starts
            openConnections();
            t0 = System.nanoTime();
            measureStart = intended(warmupCount);
            deadline = intended(Math.max(0, total - 1)) + timeoutNanos + 1000 * MILLI;
            nextSweep = t0 + SWEEP_INTERVAL;
            // taken by a thread of its own: a branch in the loop first taken then would cost a recompilation
            AtomicReference<ProcessCpu> atMeasureStart = ProcessCpu.at(measureStart, ioThread);
            while (step()) {
                // one wake-up per step: a method of its own, so that it is compiled whole and early (no OSR)
            }
            ProcessCpu end = ProcessCpu.now(ioThread);
            pool.closeAll();
            ProcessCpu from = atMeasureStart.get();
            return LoadReport.of(settings, warmup, measured, end.since(from == null ? start : from), measureStart);
        }
    }

    /** @return false when the run is over */
    private boolean step() throws IOException {
        long now = System.nanoTime();
        admitDue(now);
        dispatch(now);
        if (now >= nextSweep) {
            sweep(now);
            nextSweep = now + SWEEP_INTERVAL;
        }
        if (nextToSend == total && inFlight == 0) {
            return false;
        }
        if (now > deadline) {
            abandonUnfinished();
            return false;
        }
        await(now);
        return true;
    }

    private long intended(long i) {
        return t0 + (long) (i * periodNanos);
    }

    /** @return the measurements of request i's phase: 0 (warm-up) while i < warmupCount, then 1, without a branch */
    private PhaseMeasurements phaseOf(long i) {
        return phases[(int) ((warmupCount - 1 - i) >>> 63)];
    }

    private PhaseMeasurements phaseAt(long now) {
        return now >= measureStart ? measured : warmup;
    }

    private void openConnections() throws IOException {
        long start = System.nanoTime();
        pool.connectAll(start);
        while (pool.idleCount() < settings.connections() && System.nanoTime() - start < timeoutNanos) {
            selector.select(onReady, 10);
        }
        if (pool.idleCount() == 0) {
            throw new IOException("cannot connect to " + settings.target().address() + " within "
                    + settings.requestTimeout());
        }
    }

    /** Moves {@code due} past every request whose intended start has come; applies the queue bound. */
    private void admitDue(long now) {
        while (due < total && intended(due) <= now) {
            due++;
        }
        long excess = due - nextToSend - settings.maxQueue();
        if (excess > 0) {
            failUnsent(ErrorKind.QUEUE_FULL, nextToSend + excess);
        }
    }

    private void dispatch(long now) {
        while (nextToSend < due) {
            HttpConnection connection = pool.takeIdle();
            if (connection == null) {
                lastShortageNanos = now;
                return;
            }
            send(connection, nextToSend++);
        }
    }

    private void send(HttpConnection connection, long i) {
        byte[] request = source.next(i);
        long intended = intended(i);
        connection.intendedNanos = intended;
        connection.phase = phaseOf(i);
        connection.parser.reset(isHead(request));
        connection.state = HttpConnection.State.BUSY;
        inFlight++;
        if (request.length > writeBuffer.capacity()) {
            writeBuffer = ByteBuffer.allocateDirect(Integer.highestOneBit(request.length) * 2);
        }
        writeBuffer.clear();
        writeBuffer.put(request).flip();
        long sent = System.nanoTime();
        connection.sentNanos = sent;
        connection.phase.recordSend(sent - intended, intended <= lastShortageNanos);
        try {
            connection.write(writeBuffer);
        } catch (IOException e) {
            fail(connection, ErrorKind.RESET, sent);
        }
    }

    private static boolean isHead(byte[] request) {
        return request.length > 4 && request[0] == 'H' && request[1] == 'E' && request[2] == 'A' && request[3] == 'D'
                && request[4] == ' ';
    }

    private void onReady(SelectionKey key) {
        HttpConnection connection = (HttpConnection) key.attachment();
        if (!key.isValid()) {
            return;
        }
        long now = System.nanoTime();
        if (connection.state == HttpConnection.State.CONNECTING) {
            pool.finishConnect(connection, now);
            return;
        }
        try {
            if (key.isWritable()) {
                connection.flushUnsent();
            }
            if (key.isReadable()) {
                read(connection, now);
            }
        } catch (IOException e) {
            fail(connection, ErrorKind.RESET, now);
        }
    }

    private void read(HttpConnection connection, long now) throws IOException {
        readBuffer.clear();
        int read = connection.read(readBuffer);
        if (read < 0) {
            if (connection.state != HttpConnection.State.BUSY) {
                pool.replace(connection, now); // the server closed an idle connection
            } else if (connection.parser.endOfStream() == ResponseParser.COMPLETE) {
                complete(connection, now, true);
            } else {
                fail(connection, ErrorKind.CLOSED, now);
            }
            return;
        }
        readBuffer.flip();
        if (connection.state != HttpConnection.State.BUSY) {
            phaseAt(now).recordErrors(ErrorKind.BAD_RESPONSE, 1);
            pool.replace(connection, now);
            return;
        }
        int result = connection.parser.parse(readBuffer);
        if (result == ResponseParser.COMPLETE) {
            boolean unasked = readBuffer.hasRemaining();
            complete(connection, now, unasked);
            if (unasked) {
                phaseAt(now).recordErrors(ErrorKind.BAD_RESPONSE, 1);
            }
        } else if (result == ResponseParser.MALFORMED) {
            fail(connection, ErrorKind.BAD_RESPONSE, now);
        }
    }

    private void complete(HttpConnection connection, long now, boolean close) {
        inFlight--;
        connection.phase.recordResponse(connection.parser.status(),
                now - connection.intendedNanos, now - connection.sentNanos, now);
        if (close || connection.parser.connectionClose()) {
            pool.replace(connection, now);
        } else {
            pool.release(connection);
        }
    }

    private void fail(HttpConnection connection, ErrorKind kind, long now) {
        if (connection.state == HttpConnection.State.BUSY) {
            inFlight--;
            connection.phase.recordErrors(kind, 1);
        }
        pool.replace(connection, now);
    }

    /** Request timeouts, then the pool's connect timeouts and reconnects. */
    private void sweep(long now) {
        for (HttpConnection connection : pool.all()) {
            if (connection.state == HttpConnection.State.BUSY && now - connection.sentNanos > timeoutNanos) {
                fail(connection, ErrorKind.TIMEOUT, now);
            }
        }
        pool.sweep(now);
    }

    /** Counts the unsent requests [nextToSend, to) as failed, each in its phase, and skips them. */
    private void failUnsent(ErrorKind kind, long to) {
        long inWarmup = Math.max(0, Math.min(warmupCount, to) - nextToSend);
        warmup.recordErrors(kind, inWarmup);
        measured.recordErrors(kind, to - nextToSend - inWarmup);
        nextToSend = to;
    }

    private void abandonUnfinished() {
        failUnsent(ErrorKind.UNFINISHED, total);
        for (HttpConnection connection : pool.all()) {
            if (connection.state == HttpConnection.State.BUSY) {
                inFlight--;
                connection.phase.recordErrors(ErrorKind.UNFINISHED, 1);
                connection.close();
            }
        }
    }

    /** Sleeps until the next intended start (if a connection is free for it), a sweep, or I/O. */
    private void await(long now) throws IOException {
        long wakeAt = nextSweep;
        if (due < total && pool.idleCount() > 0) {
            wakeAt = Math.min(wakeAt, intended(due));
        }
        long wait = wakeAt - now;
        if (wait >= MILLI) {
            selector.select(onReady, wait / MILLI); // wakes early by under a millisecond; then the branch below
        } else if (selector.selectNow(onReady) == 0 && wait > 0) {
            // select cannot wait less than a millisecond: park. Timer wake-ups cost most of what a wake-up costs,
            // so at most one per resolution: what falls due meanwhile goes out together, a little late.
            LockSupport.parkNanos(inFlight > 0 ? pollNanos : Math.max(wait, pollNanos));
        }
    }
}
