package org.veripack.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.veripack.devstack.Infrastructure;
import org.veripack.devstack.PostgresEndpoint;
import org.veripack.testsupport.IntegrationTestInfrastructure;
import org.veripack.testsupport.Sql;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

/**
 * One truth after a crash, with real processes: two replicas of the packaged service share PostgreSQL and Redis.
 * Replica A has the test-only fault point {@code veripack.faults.halt-after-commit} on, so it halts (as kill -9
 * would) right after committing a decommission and before writing the cache; it never comes back. Replica B, which
 * had the pack cached as ACTIVE, must answer SUPPLIED within one second of the commit. Before the cache-sync sweeper
 * existed, B answered ACTIVE for that pack for ever.
 */
class CacheCoherenceAfterCrashIT {

    private final List<Process> replicas = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stopReplicas() {
        replicas.forEach(Process::destroyForcibly);
    }

    @Test
    void aReplicaKilledBetweenCommitAndCacheWriteLeavesNoStaleAnswerBeyondOneSecond() throws Exception {
        IntegrationTestInfrastructure.migrate();
        Sql sql = new Sql(IntegrationTestInfrastructure.dataSource());
        String gtin = RegistryFixtures.product(sql, "S1");
        String here = TestData.gln();
        String token = TestTokens.pharmacy(here);
        int portA = freePort();
        int portB = freePort();
        start(portB, false);
        start(portA, true);
        awaitReady(portB);
        awaitReady(portA);

        String pack = "{\"gtin\":\"" + gtin + "\",\"serial\":\"S1\",\"batch\":\"L1\",\"expiry\":\"300630\"}";
        assertThat(post(portB, "verify", token, pack).body()).contains("\"status\":\"ACTIVE\"");

        String decommission = pack.replace("}", ",\"state\":\"SUPPLIED\"}");
        try {
            post(portA, "decommission", token, decommission);
        } catch (IOException replicaHalted) {
            // expected: A halts after its commit, before it answers
        }
        assertThat(replicas.get(1).waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).as("replica A halted").isTrue();
        long committedAt = System.nanoTime();
        assertThat(sql.rows("SELECT status FROM registry.pack WHERE gtin = ? AND serial = 'S1'", gtin).get(0).get(0))
                .as("the commit landed").isEqualTo("SUPPLIED");

        long staleFor = staleMillis(portB, token, pack, "\"status\":\"ACTIVE\"", committedAt);
        assertThat(post(portB, "verify", token, pack).body()).contains("\"status\":\"SUPPLIED\"").contains("\"dispensable\":false");
        assertThat(staleFor).as("ms during which replica B still answered the old state").isLessThan(1000);
    }

    /**
     * The worst crash of a quarantine: committed, but the cache still says the pack is not quarantined, so a pharmacy
     * would be told the suspect pack is dispensable. The other replica must say otherwise within one second.
     */
    @Test
    void aQuarantineCommittedByAKilledReplicaIsAnsweredByTheOtherWithinOneSecond() throws Exception {
        IntegrationTestInfrastructure.migrate();
        Sql sql = new Sql(IntegrationTestInfrastructure.dataSource());
        String gtin = RegistryFixtures.product(sql, "S1");
        String token = TestTokens.pharmacy(TestData.gln());
        int portA = freePort();
        int portB = freePort();
        start(portB, false);
        start(portA, true);
        awaitReady(portB);
        awaitReady(portA);

        String pack = "{\"gtin\":\"" + gtin + "\",\"serial\":\"S1\",\"batch\":\"L1\",\"expiry\":\"300630\"}";
        assertThat(post(portB, "verify", token, pack).body()).contains("\"dispensable\":true");
        try {
            http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA + "/api/v1/packs/" + gtin + "/S1/quarantine"))
                    .header("Authorization", "Bearer " + TestTokens.surveillance()).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(10))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"level\":\"SUSPECT\",\"reason\":\"seized\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException replicaHalted) {
            // expected: A halts after its commit, before it answers
        }
        assertThat(replicas.get(1).waitFor(10, java.util.concurrent.TimeUnit.SECONDS)).as("replica A halted").isTrue();
        long committedAt = System.nanoTime();
        assertThat(sql.rows("SELECT quarantine FROM registry.pack WHERE gtin = ? AND serial = 'S1'", gtin).get(0).get(0))
                .as("the commit landed").isEqualTo("SUSPECT");

        long staleFor = staleMillis(portB, token, pack, "\"dispensable\":true", committedAt);
        assertThat(post(portB, "verify", token, pack).body()).contains("\"quarantine\":\"SUSPECT\"")
                .contains("\"dispensable\":false");
        assertThat(staleFor).as("ms during which replica B still called the quarantined pack dispensable").isLessThan(1000);
    }

    /** Verifies at replica B until its answer no longer contains {@code stale} (5 s at most); the ms that took. */
    private long staleMillis(int port, String token, String pack, String stale, long committedAt) throws Exception {
        String answer = post(port, "verify", token, pack).body();
        while (answer.contains(stale) && System.nanoTime() - committedAt < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(20);
            answer = post(port, "verify", token, pack).body();
        }
        return Duration.ofNanos(System.nanoTime() - committedAt).toMillis();
    }

    private void start(int port, boolean haltAfterCommit) throws IOException {
        PostgresEndpoint postgres = Infrastructure.shared().postgres();
        Path app = Path.of("target", "quarkus-app");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.reactive.url=" + postgres.reactiveUrl(VeripackTestResource.DATABASE),
                "-Dquarkus.datasource.username=" + postgres.user(),
                "-Dquarkus.datasource.password=" + postgres.password(),
                "-Dquarkus.redis.hosts=" + IntegrationTestInfrastructure.redisUrl(),
                "-Dmp.jwt.verify.publickey.location=" + TestTokens.publicKeyFile(),
                "-Dveripack.faults.halt-after-commit=" + haltAfterCommit,
                "-jar", "quarkus-run.jar"));
        Path log = Files.createTempFile("replica-" + port, ".log");
        replicas.add(new ProcessBuilder(command).directory(app.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start());
    }

    private void awaitReady(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("replica on port " + port + " was not ready within 60 s");
    }

    private HttpResponse<String> post(int port, String operation, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/packs/" + operation))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
