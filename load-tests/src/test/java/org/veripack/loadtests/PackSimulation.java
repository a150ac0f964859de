package org.veripack.loadtests;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * Open-model load on verification-service at a constant arrival rate: {@code -Dscenario=verify} (random packs),
 * {@code decommission} (each pack once, SUPPLIED), {@code day} (a pharmacy's day: 70 % verifies of raw scans, element
 * strings with a group separator and Digital Links; 25 % decommissions; 3 % decommission then undo; 2 % unknown
 * serials, which raise alerts) or {@code floor} (the bare one-Redis-GET endpoint), at
 * {@code -Drate} requests per second for {@code -Dseconds}, with tokens of many locations. Fails when more than
 * 1 % of requests fail.
 */
public class PackSimulation extends Simulation {

    private static final String DATA = System.getProperty("data", "target/bench-data");
    /** The packs to decommission (each once) or to verify. */
    private static final String PACKS = System.getProperty("packs", DATA + "/packs.csv");
    private static final String SCENARIO = System.getProperty("scenario", "verify");
    private static final int RATE = Integer.getInteger("rate", 1000);
    private static final int SECONDS = Integer.getInteger("seconds", 30);

    private final HttpProtocolBuilder protocol = http.baseUrl(System.getProperty("baseUrl", "http://127.0.0.1:8080"))
            .contentTypeHeader("application/json").acceptHeader("application/json").shareConnections();

    private ScenarioBuilder chosenScenario() {
        return switch (SCENARIO) {
            case "verify" -> scenario("verify").feed(csv(DATA + "/tokens.csv").circular()).feed(csv(PACKS).random())
                    .exec(http("verify").post("/api/v1/packs/verify").header("Authorization", "Bearer #{token}")
                            .body(StringBody("{\"gtin\":\"#{gtin}\",\"serial\":\"#{serial}\",\"batch\":\"#{batch}\",\"expiry\":\"#{expiry}\"}"))
                            .check(status().is(200)));
            case "decommission" -> scenario("decommission").feed(csv(DATA + "/tokens.csv").circular()).feed(csv(PACKS).queue())
                    .exec(http("decommission").post("/api/v1/packs/decommission").header("Authorization", "Bearer #{token}")
                            .body(StringBody("{\"gtin\":\"#{gtin}\",\"serial\":\"#{serial}\",\"batch\":\"#{batch}\",\"expiry\":\"#{expiry}\",\"state\":\"SUPPLIED\"}"))
                            .check(status().is(200)));
            case "day" -> {
                var packs = csv(PACKS).queue();
                String pack = "\"gtin\":\"#{gtin}\",\"serial\":\"#{serial}\",\"batch\":\"#{batch}\",\"expiry\":\"#{expiry}\"";
                yield scenario("pharmacy day").feed(csv(DATA + "/tokens.csv").circular())
                        .randomSwitch().on(
                                percent(70.0).then(feed(csv(DATA + "/scans.csv").random()).exec(http("verify scan")
                                        .post("/api/v1/packs/verify").header("Authorization", "Bearer #{token}")
                                        .body(StringBody("{\"scan\":\"#{scan}\"}")).check(status().is(200)))),
                                percent(25.0).then(feed(packs).exec(http("decommission").post("/api/v1/packs/decommission")
                                        .header("Authorization", "Bearer #{token}")
                                        .body(StringBody("{" + pack + ",\"state\":\"SUPPLIED\"}")).check(status().is(200)))),
                                percent(3.0).then(feed(packs).exec(http("decommission then undo").post("/api/v1/packs/decommission")
                                        .header("Authorization", "Bearer #{token}")
                                        .body(StringBody("{" + pack + ",\"state\":\"SUPPLIED\"}")).check(status().is(200)))
                                        .exec(http("undo").post("/api/v1/packs/undo").header("Authorization", "Bearer #{token}")
                                                .body(StringBody("{" + pack + ",\"state\":\"SUPPLIED\"}")).check(status().is(200)))),
                                percent(2.0).then(feed(csv(DATA + "/packs.csv").random()).exec(http("unknown serial (alert)")
                                        .post("/api/v1/packs/verify").header("Authorization", "Bearer #{token}")
                                        .body(StringBody("{\"gtin\":\"#{gtin}\",\"serial\":\"X#{serial}\"}"))
                                        .check(status().is(200), jsonPath("$.alertCode").is("A3")))));
            }
            case "floor" -> scenario("floor").exec(http("floor").get("/internal/floor/redis-get?key=floor").header("Accept", "*/*")
                    .check(status().is(200)));
            default -> throw new IllegalArgumentException("scenario must be verify, decommission or floor");
        };
    }

    {
        setUp(chosenScenario().injectOpen(constantUsersPerSec(RATE).during(SECONDS))).protocols(protocol)
                .assertions(global().failedRequests().percent().lt(1.0));
    }
}
