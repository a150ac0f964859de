package org.veripack.testsupport.fuzz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import io.restassured.RestAssured;
import org.veripack.testsupport.IntegrationTestInfrastructure;
import org.jboss.logging.Logger;

/**
 * Invariant 8 under fire: sends mutated requests built from each endpoint's seed and fails on any 5xx, any 4xx that
 * is not a problem saying what was wrong, any request that got no answer, and any stored change made by a batch of
 * refused requests. Every operation the service's OpenAPI lists must have a seed, so new endpoints join by
 * construction.
 */
public final class BadInputFuzzer {

    private static final Logger LOG = Logger.getLogger(BadInputFuzzer.class);
    private static final int BATCH = 20;

    private final RawHttpClient client;
    private final List<Seed> seeds;
    private final List<String> otherTokens;
    private final StateSnapshot state;
    private final BiPredicate<FuzzRequest, Integer> recordedRefusal;

    /**
     * @param recordedRefusal answers that are refusals the regulation records (a pack operation refused with an NMVS
     *                        code writes its operation record and may raise an alert), so they may change state
     */
    public BadInputFuzzer(List<Seed> seeds, List<String> otherTokens, BiPredicate<FuzzRequest, Integer> recordedRefusal) {
        this.client = new RawHttpClient("127.0.0.1", RestAssured.port);
        this.seeds = List.copyOf(seeds);
        this.otherTokens = List.copyOf(otherTokens);
        this.state = new StateSnapshot(IntegrationTestInfrastructure.dataSource(), IntegrationTestInfrastructure.redisUrl());
        this.recordedRefusal = recordedRefusal;
    }

    /**
     * The whole check of a service's test: every operation has a seed, then {@code fuzz.requests} mutated requests
     * (default 2 500) with seed {@code fuzz.seed} (default 20261207) break nothing.
     */
    public void assertRefusesBadInput(String service) throws IOException, InterruptedException {
        List<String> uncovered = uncovered();
        if (!uncovered.isEmpty()) {
            throw new AssertionError(service + ": every operation of /q/openapi needs a seed: " + uncovered);
        }
        Report report = run(Integer.getInteger("fuzz.requests", 2500), Long.getLong("fuzz.seed", 20261207L));
        System.out.println(service + " fuzz: " + report.summary());
        if (!report.failures().isEmpty()) {
            throw new AssertionError(service + " fuzz: " + report.summary() + ": " + report.failures());
        }
    }

    /** How a run went. */
    public record Report(int requests, Map<Integer, Integer> statuses, List<String> failures, long millis) {

        public String summary() {
            return requests + " requests in " + millis + " ms, answers by status " + statuses + ", " + failures.size() + " failures";
        }
    }

    /** The operations of the service that have no seed, and seeds that match no operation. */
    public List<String> uncovered() throws IOException {
        List<OpenApiRoutes.Route> routes = OpenApiRoutes.read(client);
        List<String> problems = new ArrayList<>();
        for (OpenApiRoutes.Route route : routes) {
            if (seeds.stream().noneMatch(route::matches)) {
                problems.add(route + " has no seed");
            }
        }
        for (Seed seed : seeds) {
            if (routes.stream().noneMatch(route -> route.matches(seed))) {
                problems.add("seed " + seed.method() + " " + seed.route() + " matches no operation of /q/openapi");
            }
        }
        return problems;
    }

    public Report run(int requests, long randomSeed) throws IOException, InterruptedException {
        List<OpenApiRoutes.Route> routes = OpenApiRoutes.read(client);
        Map<Seed, Set<Integer>> variables = new java.util.HashMap<>();
        for (Seed seed : seeds) {
            variables.put(seed, routes.stream().filter(route -> route.matches(seed)).findFirst()
                    .map(OpenApiRoutes.Route::variableSegments).orElse(Set.of()));
        }
        Random random = new Random(randomSeed);
        Mutator mutator = new Mutator(random, otherTokens);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long start = System.currentTimeMillis();
        Map<String, String> baseline = quiet();
        int sent = 0;
        while (sent < requests) {
            boolean mayChange = false;
            List<String> batch = new ArrayList<>();
            for (int i = 0; i < BATCH && sent < requests; i++, sent++) {
                Seed seed = seeds.get(random.nextInt(seeds.size()));
                FuzzRequest request = mutator.mutate(seed, variables.get(seed));
                batch.add(request.summary());
                RawHttpClient.Answer answer;
                try {
                    answer = client.send(request);
                } catch (IOException e) {
                    failures.add("no answer (" + e.getMessage() + ") to " + request.summary());
                    continue;
                }
                statuses.merge(answer.status(), 1, Integer::sum);
                String violation = ProblemCheck.violation(request.method(), answer);
                if (violation != null) {
                    failures.add(violation + " to " + request.summary());
                }
                if (answer.status() < 400 || recordedRefusal.test(request, answer.status())) {
                    mayChange = true;
                }
            }
            if (mayChange) {
                baseline = quiet();
            } else {
                Map<String, String> after = state.take();
                List<String> changed = StateSnapshot.changed(baseline, after);
                if (!changed.isEmpty()) {
                    failures.add("a batch of refused requests changed " + changed + "; the batch: " + String.join(" | ", batch));
                }
                baseline = after;
            }
            if (sent % 1000 < BATCH) {
                LOG.infof("fuzz: %d of %d requests sent, %d failures", sent, requests, failures.size());
            }
        }
        failures.addAll(rawPathsInMetrics(routes));
        return new Report(sent, statuses, failures, System.currentTimeMillis() - start);
    }

    /**
     * The request metrics must be tagged by route template: a refused request tagged with its raw path would make
     * every odd path a new time series (and once Micrometer's cap is reached, real endpoints would go unmeasured).
     */
    private List<String> rawPathsInMetrics(List<OpenApiRoutes.Route> routes) throws IOException {
        RawHttpClient.Answer metrics = client.send(new FuzzRequest("GET", "/q/metrics", List.of(), null, "metrics"));
        Set<String> templates = new java.util.HashSet<>();
        routes.forEach(route -> templates.add(route.template()));
        Set<String> raw = new java.util.TreeSet<>();
        java.util.regex.Matcher uri = java.util.regex.Pattern.compile("http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"")
                .matcher(metrics.text());
        while (uri.find()) {
            String tag = uri.group(1);
            if (!templates.contains(tag) && !tag.startsWith("/q/") && !tag.matches("/?[A-Z_]+|root")) {
                raw.add(tag);
            }
        }
        return raw.isEmpty() ? List.of() : List.of("request metrics tagged with raw paths (" + raw.size() + "), e.g. "
                + raw.stream().limit(5).toList() + ": tag refused requests by template, never by path");
    }

    /** The state once what accepted requests set off (outbox relays, cache writes, consumers) has settled. */
    private Map<String, String> quiet() throws InterruptedException {
        Map<String, String> previous = state.take();
        for (int i = 0; i < 40; i++) {
            Thread.sleep(i < 3 ? 150 : 500);
            Map<String, String> now = state.take();
            if (now.equals(previous)) {
                return now;
            }
            previous = now;
        }
        throw new IllegalStateException("the stored state never settled: something keeps writing while no request is sent");
    }
}
