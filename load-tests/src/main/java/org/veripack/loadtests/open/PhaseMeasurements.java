package org.veripack.loadtests.open;

import org.HdrHistogram.Histogram;

/**
 * What one phase (warm-up or measured) recorded: histograms in microseconds with 3 significant digits, fixed in
 * size so that recording never allocates, and counters. Written by the I/O thread only.
 */
final class PhaseMeasurements {

    /** An hour, in microseconds: longer values are recorded as an hour. */
    private static final long HIGHEST_MICROS = 3_600_000_000L;

    /** From the intended start to the end of the response: corrected for coordinated omission. */
    final Histogram latency = histogram();
    /** From the actual send to the end of the response. */
    final Histogram serviceTime = histogram();
    /** From the intended start to the actual send, whatever held the request back. */
    final Histogram sendLag = histogram();
    /** The send lag of requests that a free connection was waiting for: the generator's own lateness. */
    final Histogram schedulerLag = histogram();
    final long[] statusCounts = new long[600];
    final long[] errors = new long[ErrorKind.values().length];
    long sent;
    long responses;
    long otherStatus;
    /** Requests that waited for a free connection. */
    long waitedForConnection;
    long lastResponseNanos;

    private static Histogram histogram() {
        return new Histogram(HIGHEST_MICROS, 3);
    }

    void recordSend(long lagNanos, boolean waitedForConnection) {
        sent++;
        long lagMicros = micros(lagNanos);
        sendLag.recordValue(lagMicros);
        if (waitedForConnection) {
            this.waitedForConnection++;
        } else {
            schedulerLag.recordValue(lagMicros);
        }
    }

    void recordResponse(int status, long latencyNanos, long serviceNanos, long now) {
        responses++;
        latency.recordValue(micros(latencyNanos));
        serviceTime.recordValue(micros(serviceNanos));
        if (status >= 100 && status < statusCounts.length) {
            statusCounts[status]++;
        } else {
            otherStatus++;
        }
        lastResponseNanos = now;
    }

    void recordErrors(ErrorKind kind, long count) {
        errors[kind.ordinal()] += count;
    }

    /** @return errors of all kinds but connect failures, which are not requests */
    long failedRequests() {
        long failed = 0;
        for (ErrorKind kind : ErrorKind.values()) {
            if (kind != ErrorKind.CONNECT) {
                failed += errors[kind.ordinal()];
            }
        }
        return failed;
    }

    private static long micros(long nanos) {
        return Math.min(HIGHEST_MICROS, Math.max(0, nanos / 1000));
    }
}
