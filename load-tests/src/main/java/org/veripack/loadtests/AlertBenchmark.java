package org.veripack.loadtests;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertEventJson;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.alert.AlertStream;
import org.veripack.core.gs1.CheckDigit;
import org.veripack.core.rules.AlertCode;
import org.veripack.core.rules.ReturnCode;

/**
 * Alerts end to end inside alert-service: adds alerts to {@value AlertStream#STREAM_KEY} at a constant rate (as the
 * relays do), then reads from PostgreSQL how long each took from its creation (raisedAt) to being stored, that is
 * visible through the API. {@code --mode drain} adds the alerts as fast as it can (a backlog, e.g. while
 * alert-service is stopped) and reports how fast they are stored once it runs.
 *
 * <pre>java -cp load-tests/target/load-tests.jar org.veripack.loadtests.AlertBenchmark --rate 1000 --seconds 60</pre>
 * Options: --jdbc, --db-user, --redis-host, --redis-port, --redis-db (the services' Redis database index).
 */
public final class AlertBenchmark {

    private AlertBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        boolean drain = "drain".equals(options.get("mode"));
        String jdbc = options.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/veripack");
        String gtin = CheckDigit.append("0" + String.format("%012d", System.nanoTime() % 1_000_000_000_000L));
        int total = rate * seconds;
        long started = System.nanoTime();
        try (Socket socket = new Socket(options.getOrDefault("redis-host", "127.0.0.1"),
                Integer.parseInt(options.getOrDefault("redis-port", "6379")))) {
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            InputStream in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
            command(out, "SELECT", options.getOrDefault("redis-db", "0"));
            out.flush();
            skipReply(in);
            int sent = 0;
            while (sent < total) {
                long due = drain ? total : Math.min(total, (System.nanoTime() - started) * rate / 1_000_000_000L + 1);
                int batch = (int) (due - sent);
                for (int i = 0; i < batch; i++) {
                    AlertEvent event = new AlertEvent(UUID.randomUUID(), AlertCode.A3, ReturnCode.NMVS_NC_PC_02, gtin,
                            "S" + (sent + i), "L1", "300630", "4012345000009", "bench", "pharmacy", "MAH-BENCH",
                            AlertSource.VERIFY, Instant.now(), Map.of());
                    command(out, "XADD", AlertStream.STREAM_KEY, "*", AlertStream.FIELD_ID, event.id().toString(),
                            AlertStream.FIELD_EVENT, AlertEventJson.write(event));
                }
                out.flush();
                for (int i = 0; i < batch; i++) {
                    skipReply(in);
                }
                sent += batch;
                if (!drain) {
                    Thread.sleep(1);
                }
            }
        }
        System.out.printf("added %,d alerts in %.1f s%n", total, (System.nanoTime() - started) / 1e9);
        try (Connection connection = DriverManager.getConnection(jdbc, options.getOrDefault("db-user", "postgres"), "")) {
            long waitStart = System.nanoTime();
            while (count(connection, "SELECT count(*) FROM alert.alert WHERE gtin = '" + gtin + "'") < total) {
                if (System.nanoTime() - waitStart > 600_000_000_000L) {
                    throw new IllegalStateException("not all alerts were stored within 10 minutes");
                }
                Thread.sleep(200);
            }
            try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(
                    "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM stored_at - raised_at)), "
                            + "percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM stored_at - raised_at)), "
                            + "extract(epoch FROM max(stored_at) - min(stored_at)) FROM alert.alert WHERE gtin = '" + gtin + "'")) {
                row.next();
                System.out.printf("creation to visible: p50 %.1f ms, p99 %.1f ms; stored %,d alerts over %.1f s (%,.0f alerts/s)%n",
                        row.getDouble(1) * 1000, row.getDouble(2) * 1000, total, row.getDouble(3), total / Math.max(0.001, row.getDouble(3)));
            }
        }
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void command(OutputStream out, String... parts) throws IOException {
        out.write(("*" + parts.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        for (String part : parts) {
            byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
            out.write(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** Reads one simple reply (XADD answers a bulk string id, or an error). */
    private static void skipReply(InputStream in) throws IOException {
        int type = in.read();
        String line = line(in);
        if (type == '-') {
            throw new IOException("Redis: " + line);
        }
        if (type == '$' && !line.equals("-1")) {
            in.readNBytes(Integer.parseInt(line) + 2);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\r'; c = in.read()) {
            line.append((char) c);
        }
        in.read();
        return line.toString();
    }
}
