package org.veripack.loadtests.open;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a {@link LoadReport}: a table for people, one JSON line for scripts. */
final class ReportText {

    private ReportText() {
    }

    static String table(LoadReport report) {
        StringBuilder out = new StringBuilder(2048);
        LoadReport.GeneratorCost cost = report.cost();
        line(out, "open-model load on %s: %.0f requests/s offered for %.0f s (after %.0f s of warm-up), %d connections",
                report.target(), report.targetRate(), report.seconds(), report.warmup().seconds(), report.connections());
        line(out, "  achieved       %.1f responses/s; %d sent, %d responses, %d failed", report.achievedRate(),
                report.sent(), report.responses(), report.failedRequests());
        line(out, "  statuses       %s   (%s)", pairs(report.statusClasses()), pairs(report.statuses()));
        line(out, "  errors         %s", pairs(report.errors()));
        line(out, "  %-14s %9s %9s %9s %9s %9s   (ms)", "", "p50", "p90", "p99", "p99.9", "max");
        row(out, "latency", report.latency());
        row(out, "service time", report.serviceTime());
        row(out, "send lag", report.sendLag());
        row(out, "scheduler lag", report.schedulerLag());
        line(out, "  latency: from the intended start (coordinated omission corrected); service time: from the send");
        line(out, "  %d requests waited for a free connection", report.waitedForConnection());
        line(out, "  generator      %.3f cores (%.2f s CPU in %.2f s), %.1f us CPU/request; I/O thread %.3f cores;"
                + " GC %d ms (%d), JIT %d ms", cost.cores(), cost.cpuSeconds(), cost.wallSeconds(),
                cost.cpuMicrosPerRequest(), cost.ioThreadCores(), cost.gcMillis(), cost.gcCount(), cost.jitMillis());
        line(out, "  warm-up        %d sent, %d responses, %d failed, latency p99 %s ms", report.warmup().sent(),
                report.warmup().responses(), report.warmup().failed(), millis(report.warmup().latencyP99()));
        if (report.generatorSaturated()) {
            line(out, "  GENERATOR SATURATED: scheduler lag p99 %s ms > %s ms; the figures measure the generator",
                    millis(report.schedulerLag().p99()), millis(LoadReport.SATURATION_LAG_MICROS));
        }
        return out.toString();
    }

    static String json(LoadReport report) {
        LoadReport.GeneratorCost cost = report.cost();
        return "{" + field("target", quote(report.target())) + "," + field("targetRate", number(report.targetRate()))
                + "," + field("seconds", number(report.seconds())) + "," + field("connections", report.connections())
                + "," + field("achievedRate", number(report.achievedRate())) + "," + field("sent", report.sent())
                + "," + field("responses", report.responses()) + "," + field("failed", report.failedRequests())
                + "," + field("errors", object(report.errors())) + ","
                + field("statusClasses", object(report.statusClasses())) + ","
                + field("statuses", object(report.statuses())) + "," + field("latencyUs", percentiles(report.latency()))
                + "," + field("serviceTimeUs", percentiles(report.serviceTime())) + ","
                + field("sendLagUs", percentiles(report.sendLag())) + ","
                + field("schedulerLagUs", percentiles(report.schedulerLag())) + ","
                + field("waitedForConnection", report.waitedForConnection()) + ","
                + field("generatorSaturated", report.generatorSaturated()) + ","
                + field("generator", "{" + field("wallSeconds", number(cost.wallSeconds())) + ","
                        + field("cpuSeconds", number(cost.cpuSeconds())) + "," + field("cores", number(cost.cores()))
                        + "," + field("cpuMicrosPerRequest", number(cost.cpuMicrosPerRequest())) + ","
                        + field("ioThreadCores", number(cost.ioThreadCores())) + ","
                        + field("gcMillis", cost.gcMillis()) + "," + field("gcCount", cost.gcCount()) + ","
                        + field("jitMillis", cost.jitMillis()) + "}")
                + "," + field("warmup", "{" + field("seconds", number(report.warmup().seconds())) + ","
                        + field("sent", report.warmup().sent()) + "," + field("responses", report.warmup().responses())
                        + "," + field("failed", report.warmup().failed()) + ","
                        + field("latencyP99Us", report.warmup().latencyP99()) + "}")
                + "}";
    }

    private static void row(StringBuilder out, String name, LoadReport.Percentiles p) {
        line(out, "  %-14s %9s %9s %9s %9s %9s", name, millis(p.p50()), millis(p.p90()), millis(p.p99()),
                millis(p.p999()), millis(p.max()));
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static String millis(long micros) {
        return String.format(Locale.ROOT, "%.3f", micros / 1000.0);
    }

    private static String pairs(Map<?, Long> counts) {
        return counts.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining("  "));
    }

    private static String percentiles(LoadReport.Percentiles p) {
        return "{" + field("count", p.count()) + "," + field("p50", p.p50()) + "," + field("p90", p.p90()) + ","
                + field("p99", p.p99()) + "," + field("p999", p.p999()) + "," + field("max", p.max()) + "}";
    }

    private static String object(Map<?, Long> counts) {
        return counts.entrySet().stream().map(entry -> field(entry.getKey().toString(), entry.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String field(String name, Object value) {
        return quote(name) + ":" + value;
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "null";
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
