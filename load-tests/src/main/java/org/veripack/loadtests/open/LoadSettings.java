package org.veripack.loadtests.open;

import java.time.Duration;

/**
 * How a run offers its load. Request i is meant to start at t0 + i / rate, whatever happened to earlier requests
 * (the open model); the first {@link #warmupRequests()} requests are the warm-up, recorded apart.
 *
 * @param target where the requests go
 * @param rate requests per second offered
 * @param duration the measured phase
 * @param warmup the phase before it, at the same rate, measured apart and not in the result
 * @param connections keep-alive connections, each with at most one request in flight
 * @param maxQueue the most requests waiting for a free connection; the oldest above it are dropped and counted
 *        ({@link ErrorKind#QUEUE_FULL}); {@link Long#MAX_VALUE}: no bound
 * @param requestTimeout a request with no whole response after this is an error and its connection is replaced
 * @param pollInterval the shortest timer sleep of the I/O thread. A wait of a millisecond or more is a select that
 *        any response ends; a shorter one is a park (select cannot wait less), of this long while requests are in
 *        flight, else until the next start but at least this long. So responses may be noticed up to this late
 *        (latency and service time read high by half of it on average), and requests that fall due within it go
 *        out together; fewer timer wake-ups are what keeps the generator cheap
 */
public record LoadSettings(HttpTarget target, double rate, Duration duration, Duration warmup, int connections,
        long maxQueue, Duration requestTimeout, Duration pollInterval) {

    public LoadSettings {
        if (!(rate > 0) || connections <= 0 || maxQueue < 0 || duration.isNegative() || warmup.isNegative()
                || requestTimeout.isNegative() || requestTimeout.isZero() || pollInterval.isNegative()) {
            throw new IllegalArgumentException("rate and connections must be positive, durations not negative");
        }
    }

    /**
     * @param baseUrl e.g. {@code http://127.0.0.1:8080}
     * @return a builder with 1 000 requests/s for 30 s after 5 s of warm-up, 64 connections, no queue bound, 5 s
     *         request timeout, 100 µs poll interval
     */
    public static Builder builder(String baseUrl) {
        return new Builder(HttpTarget.parse(baseUrl));
    }

    /** @return requests in the warm-up */
    public long warmupRequests() {
        return requests(warmup);
    }

    /** @return requests in the measured phase */
    public long measuredRequests() {
        return requests(duration);
    }

    private long requests(Duration phase) {
        return Math.round(phase.toNanos() / 1e9 * rate);
    }

    /** Builds {@link LoadSettings}. */
    public static final class Builder {

        private final HttpTarget target;
        private double rate = 1000;
        private Duration duration = Duration.ofSeconds(30);
        private Duration warmup = Duration.ofSeconds(5);
        private int connections = 64;
        private long maxQueue = Long.MAX_VALUE;
        private Duration requestTimeout = Duration.ofSeconds(5);
        private Duration pollInterval = Duration.ofNanos(100_000);

        private Builder(HttpTarget target) {
            this.target = target;
        }

        /** @return this */
        public Builder rate(double requestsPerSecond) {
            rate = requestsPerSecond;
            return this;
        }

        /** @return this */
        public Builder duration(Duration measured) {
            duration = measured;
            return this;
        }

        /** @return this */
        public Builder warmup(Duration phase) {
            warmup = phase;
            return this;
        }

        /** @return this */
        public Builder connections(int count) {
            connections = count;
            return this;
        }

        /** @return this */
        public Builder maxQueue(long requests) {
            maxQueue = requests;
            return this;
        }

        /** @return this */
        public Builder requestTimeout(Duration timeout) {
            requestTimeout = timeout;
            return this;
        }

        /** @return this */
        public Builder pollInterval(Duration interval) {
            pollInterval = interval;
            return this;
        }

        /** @return the settings */
        public LoadSettings build() {
            return new LoadSettings(target, rate, duration, warmup, connections, maxQueue, requestTimeout, pollInterval);
        }
    }
}
