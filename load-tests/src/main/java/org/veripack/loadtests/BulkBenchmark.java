package org.veripack.loadtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Bulk verify of 10 000 packs per request, timed: {@code --requests} requests one after another against the
 * packs seeded by {@link BenchmarkData}; prints the time of each request and packs per second.
 *
 * <pre>java -cp load-tests/target/load-tests.jar org.veripack.loadtests.BulkBenchmark --requests 10</pre>
 */
public final class BulkBenchmark {

    private BulkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> options = Options.parse(args);
        Path data = Path.of(options.getOrDefault("data", "load-tests/target/bench-data"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "10"));
        int size = Integer.parseInt(options.getOrDefault("packs", "10000"));
        String url = options.getOrDefault("url", "http://127.0.0.1:8080");
        List<String> packs = Files.readAllLines(data.resolve("packs.csv"));
        String token = Files.readAllLines(data.resolve("tokens.csv")).get(1);
        StringBuilder body = new StringBuilder("{\"operation\":\"VERIFY\",\"packs\":[");
        for (int i = 1; i <= size; i++) {
            String[] pack = packs.get(1 + (i - 1) % (packs.size() - 1)).split(",");
            body.append(i > 1 ? "," : "").append("{\"gtin\":\"").append(pack[0]).append("\",\"serial\":\"").append(pack[1])
                    .append("\",\"batch\":\"").append(pack[2]).append("\",\"expiry\":\"").append(pack[3]).append("\"}");
        }
        body.append("]}");
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "/api/v1/packs/bulk"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        long total = 0;
        for (int r = 1; r <= requests; r++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (response.statusCode() != 200 || response.body().contains("\"httpStatus\":4")) {
                throw new IllegalStateException("bulk answered " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
            }
            total += millis;
            System.out.printf("request %d: %d packs in %d ms (%,.0f packs/s)%n", r, size, millis, size * 1000.0 / millis);
        }
        System.out.printf("mean: %d ms per request, %,.0f packs/s%n", total / requests, size * 1000.0 * requests / total);
    }
}
