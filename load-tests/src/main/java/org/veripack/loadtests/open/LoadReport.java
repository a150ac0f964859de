package org.veripack.loadtests.open;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * The result of a run: the measured phase (warm-up excluded but summarised), latencies in microseconds, and the
 * generator's own cost over the measured phase. {@link #table()} and {@link #json()} render it.
 *
 * @param target the base URL
 * @param targetRate requests per second offered
 * @param seconds length of the measured phase
 * @param connections keep-alive connections
 * @param achievedRate responses per second: responses over the measured phase, or over the time to the last
 *        response when that is longer
 * @param sent requests written
 * @param responses requests answered (any status)
 * @param errors request errors by kind (and failed connection attempts under {@code connect})
 * @param statusClasses responses by class: 2xx, 3xx, 4xx, 5xx (1xx and non-standard codes under other)
 * @param statuses responses by exact status
 * @param latency from intended start to response: corrected for coordinated omission
 * @param serviceTime from actual send to response
 * @param sendLag from intended start to actual send, for any reason
 * @param schedulerLag the send lag of requests that did not wait for a connection: the generator's own lateness
 * @param waitedForConnection requests that were due while every connection was busy
 * @param generatorSaturated whether the generator could not keep its own schedule (scheduler lag p99 over 10 ms)
 * @param cost the generator's costs over the measured phase
 * @param warmup the warm-up phase, apart
 */
public record LoadReport(String target, double targetRate, double seconds, int connections, double achievedRate,
        long sent, long responses, Map<String, Long> errors, Map<String, Long> statusClasses,
        Map<Integer, Long> statuses, Percentiles latency, Percentiles serviceTime, Percentiles sendLag,
        Percentiles schedulerLag, long waitedForConnection, boolean generatorSaturated, GeneratorCost cost,
        Warmup warmup) {

    /** Scheduler lag p99 above this: the generator, not the service, is the bottleneck. */
    public static final long SATURATION_LAG_MICROS = 10_000;

    /**
     * Percentiles of one histogram, in microseconds.
     *
     * @param count recorded values
     */
    public record Percentiles(long count, long p50, long p90, long p99, long p999, long max) {

        static Percentiles of(Histogram histogram) {
            return new Percentiles(histogram.getTotalCount(), histogram.getValueAtPercentile(50),
                    histogram.getValueAtPercentile(90), histogram.getValueAtPercentile(99),
                    histogram.getValueAtPercentile(99.9), histogram.getMaxValue());
        }
    }

    /**
     * What the generator itself used during the measured phase (JVM process: all threads, user and kernel time).
     *
     * @param wallSeconds from the start of the measured phase to the last response
     * @param cpuSeconds CPU time of the generator's JVM, -1 if unknown
     * @param cores cpuSeconds / wallSeconds
     * @param cpuMicrosPerRequest CPU time per request sent
     * @param ioThreadCores CPU of the I/O thread alone / wallSeconds (the rest: JIT, GC, JVM housekeeping)
     * @param gcMillis garbage collection time
     * @param gcCount collections
     * @param jitMillis compilation time
     */
    public record GeneratorCost(double wallSeconds, double cpuSeconds, double cores, double cpuMicrosPerRequest,
            double ioThreadCores, long gcMillis, long gcCount, long jitMillis) {
    }

    /**
     * The warm-up, reported apart and not in the figures above.
     *
     * @param seconds its length
     * @param sent requests written
     * @param responses requests answered
     * @param failed request errors (all kinds but connect)
     * @param latencyP99 corrected latency p99, microseconds
     */
    public record Warmup(double seconds, long sent, long responses, long failed, long latencyP99) {
    }

    static LoadReport of(LoadSettings settings, PhaseMeasurements warmup, PhaseMeasurements measured,
            ProcessCpu cost, long measureStartNanos) {
        double seconds = settings.duration().toNanos() / 1e9;
        double activeSeconds = Math.max(seconds, (measured.lastResponseNanos - measureStartNanos) / 1e9);
        Map<String, Long> errors = new LinkedHashMap<>();
        for (ErrorKind kind : ErrorKind.values()) {
            errors.put(kind.label(), measured.errors[kind.ordinal()]);
        }
        Map<String, Long> classes = new LinkedHashMap<>();
        Map<Integer, Long> statuses = new TreeMap<>();
        for (int statusClass = 2; statusClass <= 5; statusClass++) {
            classes.put(statusClass + "xx", 0L);
        }
        long other = measured.otherStatus;
        for (int status = 100; status < measured.statusCounts.length; status++) {
            long count = measured.statusCounts[status];
            if (count > 0) {
                statuses.put(status, count);
                if (status >= 200) {
                    classes.merge(status / 100 + "xx", count, Long::sum);
                } else {
                    other += count;
                }
            }
        }
        classes.put("other", other);
        Percentiles schedulerLag = Percentiles.of(measured.schedulerLag);
        return new LoadReport(settings.target().hostHeader() + settings.target().pathPrefix(), settings.rate(),
                seconds, settings.connections(), measured.responses / activeSeconds, measured.sent, measured.responses,
                errors, classes, statuses, Percentiles.of(measured.latency), Percentiles.of(measured.serviceTime),
                Percentiles.of(measured.sendLag), schedulerLag, measured.waitedForConnection,
                schedulerLag.p99() > SATURATION_LAG_MICROS, cost(cost, measured.sent),
                new Warmup(settings.warmup().toNanos() / 1e9, warmup.sent, warmup.responses, warmup.failedRequests(),
                        warmup.latency.getValueAtPercentile(99)));
    }

    private static GeneratorCost cost(ProcessCpu cost, long sent) {
        double wall = cost.wallNanos() / 1e9;
        double cpu = cost.processCpuNanos() < 0 ? -1 : cost.processCpuNanos() / 1e9;
        double thread = cost.threadCpuNanos() < 0 ? -1 : cost.threadCpuNanos() / 1e9;
        return new GeneratorCost(wall, cpu, cpu < 0 || wall <= 0 ? -1 : cpu / wall,
                cpu < 0 || sent == 0 ? -1 : cpu * 1e6 / sent, thread < 0 || wall <= 0 ? -1 : thread / wall,
                cost.gcMillis(), cost.gcCount(), cost.jitMillis());
    }

    /** @return request errors of all kinds but failed connection attempts */
    public long failedRequests() {
        return errors.entrySet().stream().filter(error -> !error.getKey().equals(ErrorKind.CONNECT.label()))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** @return the report as a table for people */
    public String table() {
        return ReportText.table(this);
    }

    /** @return the report as one line of JSON */
    public String json() {
        return ReportText.json(this);
    }
}
