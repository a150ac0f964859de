package org.veripack.loadtests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.veripack.core.gs1.CharacterSet82;
import org.veripack.core.gs1.CheckDigit;

/**
 * The upload target: N serials (random, 12 characters of GS1 set 82) sent to a running upload-service as one CSV
 * request, timed from the request to COMPLETED (the service answers once the packs are in PostgreSQL and Redis),
 * then counted in PostgreSQL; next to it, in the same run, the floor: a plain COPY of the same rows into a table of
 * the same shape (hash-partitioned by GTIN, primary key gtin + serial).
 *
 * <pre>
 * ./veripack up
 * ./mvnw -q -pl load-tests -am package -DskipTests
 * java -jar load-tests/target/load-tests.jar --serials 1000000 \
 *   --token "$(./veripack token --role manufacturer --mah MAH-BENCH)" --mah MAH-BENCH
 * </pre>
 * Options: --url (http://127.0.0.1:8081), --jdbc (jdbc:postgresql://127.0.0.1:5432/veripack), --db-user (postgres).
 */
public final class UploadBenchmark {

    private UploadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int count = Integer.parseInt(options.getOrDefault("serials", "1000000"));
        String url = options.getOrDefault("url", "http://127.0.0.1:8081");
        String token = require(options, "token");
        String jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/veripack");
        String dbUser = options.getOrDefault("db-user", "postgres");

        SplittableRandom random = new SplittableRandom();
        String gtin = CheckDigit.append("0" + String.format("%012d", random.nextLong(1_000_000_000_000L)));
        byte[] csv = serials(count, random);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        send(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/products/" + gtin))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"markets\":[\"DE\"]}")).build(), 201);

        long started = System.nanoTime();
        String accepted = send(http, HttpRequest.newBuilder(URI.create(url + "/api/v1/batches?gtin=" + gtin
                        + "&batch=BENCH&expiry=301231"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(), 202);
        double uploadSeconds = (System.nanoTime() - started) / 1e9;

        try (Connection connection = DriverManager.getConnection(jdbc, dbUser, "")) {
            long stored = count(connection, "SELECT count(*) FROM registry.pack WHERE gtin = '" + gtin + "'");
            double floorSeconds = copyFloor(connection, gtin, csv);
            System.out.printf("upload of %,d serials (%,d bytes of CSV): %.2f s from request to COMPLETED; %,d packs in PostgreSQL%n",
                    count, csv.length, uploadSeconds, stored);
            System.out.printf("floor, plain COPY of the same rows into a table of the same shape: %.2f s%n", floorSeconds);
            System.out.printf("ratio upload / floor: %.1f; answer: %s%n", uploadSeconds / floorSeconds, accepted);
        }
    }

    private static byte[] serials(int count, SplittableRandom random) {
        StringBuilder csv = new StringBuilder(count * 13);
        char[] serial = new char[12];
        for (int i = 0; i < count; i++) {
            for (int c = 0; c < serial.length; c++) {
                serial[c] = CharacterSet82.ALL.charAt(random.nextInt(CharacterSet82.ALL.length()));
            }
            csv.append(serial).append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static double copyFloor(Connection connection, String gtin, byte[] csv) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS bench CASCADE");
            statement.execute("CREATE SCHEMA bench");
            statement.execute("CREATE TABLE bench.pack (LIKE registry.pack INCLUDING DEFAULTS INCLUDING CONSTRAINTS, "
                    + "PRIMARY KEY (gtin, serial)) PARTITION BY HASH (gtin)");
            for (int i = 0; i < 16; i++) {
                statement.execute("CREATE TABLE bench.pack_p" + i + " PARTITION OF bench.pack FOR VALUES WITH (MODULUS 16, REMAINDER " + i + ")");
            }
        }
        StringBuilder rows = new StringBuilder(csv.length * 4);
        String uploadId = java.util.UUID.randomUUID().toString();
        for (String serial : new String(csv, StandardCharsets.UTF_8).split("\n")) {
            rows.append(gtin).append('\t').append(serial).append("\tBENCH\t").append(uploadId).append('\n');
        }
        long started = System.nanoTime();
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY bench.pack (gtin, serial, batch, upload_id) FROM STDIN",
                new java.io.ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA bench CASCADE");
        }
        return seconds;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String send(HttpClient http, HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
