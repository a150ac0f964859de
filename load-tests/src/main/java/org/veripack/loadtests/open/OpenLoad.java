package org.veripack.loadtests.open;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An open-model HTTP/1.1 load generator: requests at a constant arrival rate, latency measured from each request's
 * intended start (so corrected for coordinated omission), and the generator's own CPU use reported with the
 * results. One thread, non-blocking keep-alive connections, pre-encoded requests.
 *
 * <p>From Java: {@code LoadReport report = OpenLoad.run(LoadSettings.builder(url).rate(10_000).build(), source);}
 * From the shell ({@code load-tests/open-load.sh}):
 *
 * <pre>
 * open-load.sh --url http://127.0.0.1:8080 --rate 10000 --duration 30s --warmup 5s --connections 64 \
 *   --get /internal/floor/redis-get?key=floor [--request 'METHOD PATH key=value...']... [--max-queue N] \
 *   [--timeout 5s] [--poll 100us] [--json report.json]
 * </pre>
 *
 * Several {@code --get}/{@code --request} make a weighted mix ({@link RequestSpec} lists the keys). Prints the table
 * and then the JSON line.
 */
public final class OpenLoad {

    private OpenLoad() {
    }

    /**
     * Runs the load and returns what it measured.
     *
     * @param settings rate, phases, connections
     * @param source the requests
     * @return the report of the measured phase
     * @throws IOException when no connection can be made
     * @throws IllegalArgumentException when the source runs out before the run would end
     */
    public static LoadReport run(LoadSettings settings, RequestSource source) throws IOException {
        long needed = settings.warmupRequests() + settings.measuredRequests();
        if (source.capacity() < needed) {
            throw new IllegalArgumentException("the run needs " + needed + " requests, the source has "
                    + source.capacity());
        }
        return new LoadLoop(settings, source).run();
    }

    public static void main(String[] args) throws IOException {
        String url = "http://127.0.0.1:8080";
        Path json = null;
        List<String> requests = new ArrayList<>();
        List<String[]> settings = new ArrayList<>();
        for (int a = 0; a < args.length; a++) {
            String name = args[a];
            if (a + 1 >= args.length) {
                usage("missing value after " + name);
            }
            String value = args[++a];
            switch (name) {
                case "--url" -> url = value;
                case "--json" -> json = Path.of(value);
                case "--get" -> requests.add("GET " + value);
                case "--request" -> requests.add(value);
                case "--rate", "--duration", "--warmup", "--connections", "--max-queue", "--timeout", "--poll" ->
                        settings.add(new String[] {name, value});
                default -> usage("unknown option " + name);
            }
        }
        if (requests.isEmpty()) {
            usage("no request: give --get PATH or --request 'METHOD PATH ...'");
        }
        LoadSettings.Builder builder = LoadSettings.builder(url);
        for (String[] setting : settings) {
            switch (setting[0]) {
                case "--rate" -> builder.rate(Double.parseDouble(setting[1]));
                case "--duration" -> builder.duration(duration(setting[1]));
                case "--warmup" -> builder.warmup(duration(setting[1]));
                case "--connections" -> builder.connections(Integer.parseInt(setting[1]));
                case "--max-queue" -> builder.maxQueue(Long.parseLong(setting[1]));
                case "--timeout" -> builder.requestTimeout(duration(setting[1]));
                default -> builder.pollInterval(duration(setting[1]));
            }
        }
        LoadReport report;
        try {
            LoadSettings loadSettings = builder.build();
            report = run(loadSettings, source(requests, loadSettings.target()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            usage(e.getMessage());
            return;
        } catch (IOException e) {
            System.err.println("open-load: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.print(report.table());
        System.out.println(report.json());
        if (json != null) {
            Files.writeString(json, report.json() + "\n", StandardCharsets.UTF_8);
        }
    }

    private static RequestSource source(List<String> requests, HttpTarget target) throws IOException {
        if (requests.size() == 1) {
            return RequestSpec.parse(requests.get(0), target).source();
        }
        WeightedMixSource.Builder mix = WeightedMixSource.builder();
        for (String request : requests) {
            RequestSpec spec = RequestSpec.parse(request, target);
            mix.add(spec.weight(), spec.source());
        }
        return mix.build();
    }

    /** {@code 250us}, {@code 500ms}, {@code 20s}, {@code 2m}; a bare number is seconds. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.endsWith("us")) {
            return Duration.ofNanos(Math.round(Double.parseDouble(t.substring(0, t.length() - 2)) * 1e3));
        }
        if (t.endsWith("ms")) {
            return Duration.ofNanos(Math.round(Double.parseDouble(t.substring(0, t.length() - 2)) * 1e6));
        }
        if (t.endsWith("m")) {
            return Duration.ofNanos(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60e9));
        }
        String seconds = t.endsWith("s") ? t.substring(0, t.length() - 1) : t;
        return Duration.ofNanos(Math.round(Double.parseDouble(seconds) * 1e9));
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: open-load.sh [--url http://127.0.0.1:8080] [--rate 1000] [--duration 30s] [--warmup 5s]"
                + " [--connections 64] [--max-queue N] [--timeout 5s] [--poll 100us] [--json FILE]"
                + " (--get PATH | --request 'METHOD PATH [weight=N] [body=@FILE] [csv=FILE | values=FILE column=NAME]"
                + " [order=cycle|once] [tokens=FILE] [header=Name:value] [type=MEDIA]')...");
        System.exit(2);
    }
}
