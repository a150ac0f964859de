package org.veripack.loadtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Server-side latency from a service's own Micrometer histogram: {@code snapshot} saves the cumulative buckets of
 * a timer from {@code /q/metrics}; {@code report} takes them again and prints count, p50 and p99 of what happened
 * in between (linear interpolation inside a bucket).
 *
 * <pre>
 * java -cp load-tests/target/load-tests.jar org.veripack.loadtests.ServerPercentiles snapshot http://127.0.0.1:8080 VERIFY before.txt
 * java -cp load-tests/target/load-tests.jar org.veripack.loadtests.ServerPercentiles report http://127.0.0.1:8080 VERIFY before.txt
 * </pre>
 */
public final class ServerPercentiles {

    private ServerPercentiles() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        String base = args[1];
        String operation = args[2];
        Path file = Path.of(args[3]);
        TreeMap<Double, Double> now = buckets(base, operation);
        if (mode.equals("snapshot")) {
            StringBuilder text = new StringBuilder();
            now.forEach((le, count) -> text.append(le).append(' ').append(count).append('\n'));
            Files.writeString(file, text);
            return;
        }
        TreeMap<Double, Double> before = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] parts = line.split(" ");
            before.put(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
        }
        TreeMap<Double, Double> delta = new TreeMap<>();
        now.forEach((le, count) -> delta.put(le, count - before.getOrDefault(le, 0.0)));
        double total = delta.lastEntry().getValue();
        System.out.printf("server-side %s: %,.0f requests, p50 %.2f ms, p99 %.2f ms%n", operation, total,
                quantile(delta, total, 0.50) * 1000, quantile(delta, total, 0.99) * 1000);
    }

    private static double quantile(TreeMap<Double, Double> cumulative, double total, double q) {
        double rank = q * total;
        double previousBound = 0;
        double previousCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                double inBucket = bucket.getValue() - previousCount;
                double upper = Double.isInfinite(bucket.getKey()) ? previousBound : bucket.getKey();
                return inBucket == 0 ? upper : previousBound + (upper - previousBound) * (rank - previousCount) / inBucket;
            }
            previousBound = bucket.getKey();
            previousCount = bucket.getValue();
        }
        return previousBound;
    }

    private static TreeMap<Double, Double> buckets(String base, String operation) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(base + "/q/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (String line : metrics.body().split("\n")) {
            if (line.startsWith("veripack_pack_request_seconds_bucket{") && line.contains("operation=\"" + operation + "\"")) {
                String le = line.replaceAll(".*le=\"([^\"]+)\".*", "$1");
                double bound = le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
                buckets.put(bound, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        if (buckets.isEmpty()) {
            buckets.put(Double.POSITIVE_INFINITY, 0.0);
        }
        return buckets;
    }
}
