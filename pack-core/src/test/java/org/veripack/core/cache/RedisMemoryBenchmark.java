package org.veripack.core.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.veripack.core.gs1.CharacterSet82;
import org.veripack.core.gs1.CheckDigit;
import org.veripack.core.rules.PackStatus;

/**
 * Measures Redis memory per cached pack with the shared layout: loads N packs (random 12-character
 * serials of GS1 set 82, spread over G products and 10 batches each) into a real Redis database
 * with the layout's put-packs script, and prints INFO memory before and after.
 *
 * <pre>
 * ./mvnw -q -pl pack-core test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.veripack.core.cache.RedisMemoryBenchmark \
 *   -Dexec.args="--packs 1000000 --products 1 --bits 12 --db 15"
 * </pre>
 * The database given is flushed first. Not a test: run it by hand and record the figure in README.
 */
public final class RedisMemoryBenchmark {

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        String host = options.getOrDefault("host", "127.0.0.1");
        int port = Integer.parseInt(options.getOrDefault("port", "6379"));
        int db = Integer.parseInt(options.getOrDefault("db", "15"));
        int packs = Integer.parseInt(options.getOrDefault("packs", "1000000"));
        int products = Integer.parseInt(options.getOrDefault("products", "1"));
        PackCacheLayout layout = new PackCacheLayout(Integer.parseInt(options.getOrDefault("bits",
                String.valueOf(PackCacheLayout.DEFAULT_BUCKET_BITS))), PackCacheLayout.DEFAULT_SHARDS);

        try (Socket socket = new Socket(host, port)) {
            Resp redis = new Resp(socket);
            redis.call("SELECT", String.valueOf(db));
            redis.call("FLUSHDB");
            String listpackEntries = redis.call("CONFIG", "GET", "hash-max-*-entries").toString();
            String sha = redis.call("SCRIPT", "LOAD", PackCacheLayout.PUT_PACKS_SCRIPT).toString();
            long before = usedMemory(redis);
            long started = System.nanoTime();

            SplittableRandom random = new SplittableRandom(42);
            int perProduct = packs / products;
            for (int p = 0; p < products; p++) {
                String gtin = CheckDigit.append(String.format("0950600%06d", p));
                Map<Integer, List<String>> buckets = new HashMap<>();
                for (int i = 0; i < perProduct; i++) {
                    String serial = randomSerial(random);
                    long value = new CachedPack(PackStatus.ACTIVE, 1 + i % 10, 0).encode();
                    List<String> bucket = buckets.computeIfAbsent(layout.bucketOf(serial), b -> new ArrayList<>());
                    bucket.add(serial);
                    bucket.add(Long.toString(value));
                }
                int pending = 0;
                for (Map.Entry<Integer, List<String>> bucket : buckets.entrySet()) {
                    List<String> command = new ArrayList<>(List.of("EVALSHA", sha, "1", layout.bucketKey(gtin, bucket.getKey())));
                    command.addAll(bucket.getValue());
                    redis.send(command.toArray(String[]::new));
                    if (++pending == 256) {
                        redis.drain(pending);
                        pending = 0;
                    }
                }
                redis.drain(pending);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long after = usedMemory(redis);
            long keys = Long.parseLong(redis.call("DBSIZE").toString());
            String encoding = redis.call("OBJECT", "ENCODING",
                    layout.bucketKey(CheckDigit.append(String.format("0950600%06d", 0)), 0)).toString();
            System.out.printf("redis %s, %s%n", info(redis, "redis_version"), listpackEntries);
            System.out.printf("packs=%d products=%d bucketBits=%d keys=%d encoding=%s%n", packs, products,
                    layout.bucketBits(), keys, encoding);
            System.out.printf("used_memory before=%d after=%d delta=%d bytes -> %.1f bytes per pack (loaded in %.1f s)%n",
                    before, after, after - before, (after - before) / (double) (perProduct * products), seconds);
            redis.call("FLUSHDB");
        }
    }

    private static String randomSerial(SplittableRandom random) {
        char[] serial = new char[12];
        for (int i = 0; i < serial.length; i++) {
            serial[i] = CharacterSet82.ALL.charAt(random.nextInt(CharacterSet82.ALL.length()));
        }
        return new String(serial);
    }

    private static long usedMemory(Resp redis) throws IOException {
        return Long.parseLong(info(redis, "used_memory"));
    }

    private static String info(Resp redis, String field) throws IOException {
        for (String line : redis.call("INFO", field.startsWith("redis") ? "server" : "memory").toString().split("\r\n")) {
            if (line.startsWith(field + ":")) {
                return line.substring(field.length() + 1);
            }
        }
        throw new IOException("INFO has no " + field);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** Just enough of the Redis protocol for this benchmark: pipelined commands, replies read back. */
    private static final class Resp {
        private final OutputStream out;
        private final InputStream in;

        Resp(Socket socket) throws IOException {
            out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
            in = new BufferedInputStream(socket.getInputStream(), 1 << 16);
        }

        Object call(String... command) throws IOException {
            send(command);
            out.flush();
            return read();
        }

        void send(String... command) throws IOException {
            out.write(("*" + command.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            for (String part : command) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                out.write(("$" + bytes.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
                out.write('\r');
                out.write('\n');
            }
        }

        void drain(int replies) throws IOException {
            out.flush();
            for (int i = 0; i < replies; i++) {
                read();
            }
        }

        private Object read() throws IOException {
            int type = in.read();
            String line = line();
            switch (type) {
                case '+', ':' -> {
                    return line;
                }
                case '-' -> throw new IOException("Redis error: " + line);
                case '$' -> {
                    int length = Integer.parseInt(line);
                    if (length < 0) {
                        return "";
                    }
                    byte[] data = in.readNBytes(length + 2);
                    return new String(data, 0, length, StandardCharsets.UTF_8);
                }
                case '*' -> {
                    int count = Integer.parseInt(line);
                    List<Object> items = new ArrayList<>();
                    for (int i = 0; i < count; i++) {
                        items.add(read());
                    }
                    return items;
                }
                default -> throw new IOException("unexpected reply type " + (char) type);
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            in.read();
            return line.toString();
        }
    }
}
