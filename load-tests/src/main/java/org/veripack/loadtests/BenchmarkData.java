package org.veripack.loadtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.veripack.core.gs1.CheckDigit;

/**
 * Seeds a running system for the pack benchmarks: one product with {@code --serials} packs uploaded through
 * upload-service, then writes {@code packs.csv} (gtin, serial, batch, expiry) and {@code tokens.csv} (pharmacy
 * tokens of {@code --locations} distinct GLNs, signed with the development key) into {@code --out}.
 *
 * <pre>java -cp load-tests/target/load-tests.jar org.veripack.loadtests.BenchmarkData --serials 200000 --out load-tests/target/bench-data</pre>
 */
public final class BenchmarkData {

    private BenchmarkData() {
    }

    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> options = Options.parse(args);
        int count = Integer.parseInt(options.getOrDefault("serials", "200000"));
        int locations = Integer.parseInt(options.getOrDefault("locations", "200"));
        Path out = Path.of(options.getOrDefault("out", "load-tests/target/bench-data"));
        String url = options.getOrDefault("url", "http://127.0.0.1:8081");
        DevTokens tokens = new DevTokens(Path.of(options.getOrDefault("key", ".veripack/jwt/private.pem")));
        Files.createDirectories(out);

        SplittableRandom random = new SplittableRandom();
        String gtin = CheckDigit.append("0" + String.format("%012d", random.nextLong(1_000_000_000_000L)));
        String manufacturer = tokens.manufacturer("MAH-BENCH");
        HttpClient http = HttpClient.newHttpClient();
        send(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/products/" + gtin))
                .header("Authorization", "Bearer " + manufacturer).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"markets\":[\"DE\"]}")).build());
        List<String> serials = new ArrayList<>(count);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < count; i++) {
            String serial = "B" + Long.toString(random.nextLong(Long.MAX_VALUE), 36).toUpperCase();
            serial = serial.substring(0, Math.min(serial.length(), 20));
            serials.add(serial);
            csv.append(serial).append('\n');
        }
        send(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/batches?gtin=" + gtin + "&batch=BENCH&expiry=301231"))
                .header("Authorization", "Bearer " + manufacturer).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build());

        List<String> packLines = new ArrayList<>(List.of("gtin,serial,batch,expiry"));
        serials.forEach(serial -> packLines.add(gtin + "," + serial + ",BENCH,301231"));
        Files.write(out.resolve("packs.csv"), packLines);
        // The same packs as scanners send them, half element strings with a group separator (written as the JSON
        // escape backslash-u001D, since the value goes into a JSON body), half GS1 Digital Links.
        List<String> scanLines = new ArrayList<>(List.of("scan"));
        for (int i = 0; i < serials.size(); i++) {
            scanLines.add(i % 2 == 0
                    ? "]d201" + gtin + "17301231" + "10BENCH\\u001D21" + serials.get(i)
                    : "https://id.gs1.org/01/" + gtin + "/10/BENCH/21/" + serials.get(i) + "?17=301231");
        }
        Files.write(out.resolve("scans.csv"), scanLines);
        List<String> tokenLines = new ArrayList<>(List.of("token"));
        for (int i = 0; i < locations; i++) {
            tokenLines.add(tokens.pharmacy(CheckDigit.append(String.format("40%010d", i))));
        }
        Files.write(out.resolve("tokens.csv"), tokenLines);
        Files.writeString(out.resolve("gtin.txt"), gtin);
        writeDscsa(http, url, tokens, out, locations, gtin, serials);
        System.out.printf("seeded %d packs of %s and %d location tokens into %s%n", count, gtin, locations, out);
    }

    /**
     * The DSCSA responder's callers: {@code --locations} trading partners registered as AUTHORIZED through
     * upload-service, one requester token each (requester-tokens.csv), and the packs as DSCSA requests name them
     * (dscsa.csv: gtin, lot, ser, exp as YYMMDD, and the reqGLN of one of the partners in turn).
     */
    private static void writeDscsa(HttpClient http, String url, DevTokens tokens, Path out, int partners, String gtin,
            List<String> serials) throws Exception {
        String admin = tokens.admin();
        List<String> tokenLines = new ArrayList<>(List.of("token"));
        List<String> partnerLines = new ArrayList<>(List.of("reqGLN"));
        for (int i = 0; i < partners; i++) {
            String gln = CheckDigit.append(String.format("03%010d", i));
            send(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/trading-partners/" + gln))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench partner " + i
                            + "\",\"status\":\"AUTHORIZED\",\"reason\":\"benchmark\"}")).build());
            tokenLines.add(tokens.requester(gln));
            partnerLines.add(gln);
        }
        Files.write(out.resolve("requester-tokens.csv"), tokenLines);
        List<String> requestLines = new ArrayList<>(List.of("gtin,lot,ser,exp,reqGLN"));
        for (int i = 0; i < serials.size(); i++) {
            requestLines.add(gtin + ",BENCH," + serials.get(i) + ",301231," + partnerLines.get(1 + i % partners));
        }
        Files.write(out.resolve("dscsa.csv"), requestLines);
    }

    private static void send(HttpClient http, HttpRequest request) throws Exception {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
