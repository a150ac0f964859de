package org.veripack.testsupport.fuzz;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * What is stored, as one digest per PostgreSQL table (row count and a hash of every row) and one for the service's
 * Redis database (every key and its DUMP), so the fuzzer can tell whether a refused request changed anything.
 */
public final class StateSnapshot {

    /** Redis state in one round trip: each key with its serialised value, hashed in key order. */
    private static final String REDIS_DIGEST = """
            local keys = redis.call('KEYS', '*')
            table.sort(keys)
            local parts = {}
            for _, key in ipairs(keys) do
              parts[#parts + 1] = key .. '=' .. (redis.call('DUMP', key) or '')
            end
            return #keys .. ':' .. redis.sha1hex(table.concat(parts, '\\n'))
            """;

    private final DataSource dataSource;
    private final URI redis;
    private String digestQuery;

    public StateSnapshot(DataSource dataSource, String redisUrl) {
        this.dataSource = dataSource;
        this.redis = URI.create(redisUrl);
    }

    /** Table (or "redis") to its digest. */
    public Map<String, String> take() {
        Map<String, String> state = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (digestQuery == null) {
                digestQuery = digestQuery(statement);
            }
            try (ResultSet rows = statement.executeQuery(digestQuery)) {
                while (rows.next()) {
                    state.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the state of the test database could not be read: " + e.getMessage(), e);
        }
        state.put("redis", redisDigest());
        return state;
    }

    /** The names whose digest differs between two snapshots. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        for (String name : after.keySet()) {
            if (!after.get(name).equals(before.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }

    /** One SELECT over every table of the application's schemas (partitioned tables through their parent). */
    private String digestQuery(Statement statement) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (ResultSet tables = statement.executeQuery("""
                SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
                  AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') ORDER BY 1""")) {
            while (tables.next()) {
                String table = tables.getString(1);
                parts.add("SELECT '" + table + "', count(*) || '/' || coalesce(sum(hashtext(t::text)::bigint), 0) FROM "
                        + table + " t");
            }
        }
        return String.join(" UNION ALL ", parts);
    }

    private String redisDigest() {
        try (Socket socket = new Socket(redis.getHost(), redis.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String database = redis.getPath() == null || redis.getPath().length() <= 1 ? "0" : redis.getPath().substring(1);
            command(out, "SELECT", database);
            reply(in);
            command(out, "EVAL", REDIS_DIGEST, "0");
            return reply(in);
        } catch (IOException e) {
            throw new IllegalStateException("the state of the test Redis could not be read: " + e.getMessage(), e);
        }
    }

    private static void command(OutputStream out, String... words) throws IOException {
        StringBuilder command = new StringBuilder("*").append(words.length).append("\r\n");
        for (String word : words) {
            byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
            command.append('$').append(bytes.length).append("\r\n").append(word).append("\r\n");
        }
        out.write(command.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** A simple-string or bulk-string reply; an error reply fails. */
    private static String reply(InputStream in) throws IOException {
        String line = line(in);
        switch (line.charAt(0)) {
            case '+', ':' -> {
                return line.substring(1);
            }
            case '$' -> {
                int length = Integer.parseInt(line.substring(1));
                byte[] bytes = in.readNBytes(length + 2);
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            default -> throw new IOException("Redis answered " + line);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
