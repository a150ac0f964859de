package org.veripack.loadtests.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generator against {@link StubHttpServer} in this JVM: rate, coordinated omission, framing, errors. */
class OpenLoadTest {

    private StubHttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = new StubHttpServer(0);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private LoadReport run(int rate, Duration duration, int connections) throws IOException {
        return run(LoadSettings.builder(server.url()).rate(rate).duration(duration).warmup(Duration.ofMillis(500))
                .connections(connections));
    }

    private LoadReport run(LoadSettings.Builder settings) throws IOException {
        LoadReport report = OpenLoad.run(settings.build(), FixedRequestSource.get(HttpTarget.parse(server.url()), "/x"));
        System.out.print(report.table());
        return report;
    }

    @Test
    void holdsTheRateAndMeasuresTheDelay() throws IOException {
        server.delayNanos = 2_000_000;
        LoadReport report = run(1000, Duration.ofSeconds(2), 16);
        assertEquals(2000, report.sent());
        assertEquals(2000, report.responses());
        assertEquals(0, report.failedRequests());
        assertEquals(2000L, report.statusClasses().get("2xx"));
        assertEquals(2000L, report.statuses().get(200));
        assertTrue(report.achievedRate() > 900 && report.achievedRate() <= 1000.5, "achieved " + report.achievedRate());
        assertTrue(report.latency().p50() >= 2000, "latency includes the server's 2 ms: " + report.latency());
        assertTrue(report.serviceTime().p50() >= 2000 && report.serviceTime().p50() < 20_000, report.serviceTime().toString());
        assertEquals(500, report.warmup().sent());
        assertFalse(report.generatorSaturated());
        assertTrue(report.cost().cpuSeconds() > 0 && report.cost().cores() > 0, report.cost().toString());
    }

    @Test
    void aStallShowsInTheLatencyOfEveryRequestItHeldUp() throws IOException {
        // 1000/s for 4 s; the server answers nothing for 500 ms once, in the measured phase. With 8 connections,
        // 8 requests are in flight through the stall and ~500 more are due during it: they queue in the generator.
        // Coordinated omission would hide them (their service time is short); the corrected latency must not.
        server.stallAtRequest = 1500;
        server.stallNanos = 500_000_000;
        LoadReport report = run(1000, Duration.ofSeconds(4), 8);
        assertEquals(0, report.failedRequests());
        assertEquals(4000, report.responses());
        assertTrue(report.latency().max() >= 480_000, report.latency().toString());
        // ~500 of 4000 requests (12.5 %) waited 0..500 ms: p99 is close to the whole stall
        assertTrue(report.latency().p99() >= 400_000, "p99 " + report.latency());
        assertTrue(report.latency().p90() >= 50_000, "p90 " + report.latency());
        assertTrue(report.serviceTime().p99() < 100_000, "service time hides the stall: " + report.serviceTime());
        assertTrue(report.waitedForConnection() > 300, "waited " + report.waitedForConnection());
        assertFalse(report.generatorSaturated(), "the lag is the server's: " + report.schedulerLag());
    }

    @Test
    void readsChunkedResponses() throws IOException {
        server.chunked = true;
        LoadReport report = run(500, Duration.ofSeconds(1), 4);
        assertEquals(500, report.responses());
        assertEquals(0, report.failedRequests());
    }

    @Test
    void reconnectsAfterConnectionClose() throws IOException {
        server.closeEvery = 7;
        LoadReport report = run(500, Duration.ofSeconds(1), 4);
        assertEquals(500, report.responses());
        assertEquals(0, report.failedRequests());
        assertEquals(0L, report.errors().get("connect"));
    }

    @Test
    void countsStatusesAndErrorsByKind() throws IOException {
        server.unavailableEvery = 4;
        server.dropEvery = 25;
        server.resetEvery = 51;
        server.silentEvery = 101; // prime: not a multiple of the others, which are checked first
        LoadReport report = run(LoadSettings.builder(server.url()).rate(1000).duration(Duration.ofSeconds(2))
                .warmup(Duration.ZERO).connections(16).requestTimeout(Duration.ofMillis(300)));
        assertEquals(2000, report.sent());
        assertEquals(2000, report.responses() + report.failedRequests());
        assertTrue(report.statusClasses().get("5xx") > 400, report.statusClasses().toString());
        assertEquals(report.statusClasses().get("5xx"), report.statuses().get(503));
        assertTrue(report.errors().get("closed") >= 70, report.errors().toString());
        assertTrue(report.errors().get("reset") + report.errors().get("closed") >= 100, report.errors().toString());
        assertTrue(report.errors().get("timeout") >= 10, report.errors().toString());
    }

    @Test
    void aQueueBoundDropsWhatWaitsTooLong() throws IOException {
        server.stallAtRequest = 700;
        server.stallNanos = 400_000_000;
        LoadReport report = run(LoadSettings.builder(server.url()).rate(1000).duration(Duration.ofSeconds(2))
                .warmup(Duration.ofMillis(500)).connections(4).maxQueue(50));
        assertTrue(report.errors().get("queue-full") > 250, report.errors().toString());
        // the 4 requests in flight through the stall take 400 ms; the ~400 due during it are mostly dropped
        assertTrue(report.latency().max() >= 390_000, report.latency().toString());
        assertTrue(report.latency().p99() < 100_000, "the dropped ones are not measured: " + report.latency());
        assertEquals(2000, report.responses() + report.failedRequests());
    }

    @Test
    void sendsTemplatedRequestsWithTokensInTurn() throws IOException {
        server.recordHeads = true;
        HttpTarget target = HttpTarget.parse(server.url());
        RequestSource source = TemplateRequestSource.builder(target, "POST", "/verify")
                .body("{\"serial\":\"%SERIAL%\"}").values(RequestValues.of("SERIAL", List.of("S1", "S2", "S3")))
                .tokens(List.of("a.b.c", "d.e.f")).build();
        LoadReport report = OpenLoad.run(LoadSettings.builder(server.url()).rate(200).duration(Duration.ofMillis(500))
                .warmup(Duration.ZERO).connections(2).build(), source);
        assertEquals(100, report.responses());
        assertEquals(100, server.heads.size());
        Set<String> seen = new HashSet<>();
        for (String request : server.heads) {
            assertTrue(request.startsWith("POST /verify HTTP/1.1\r\n"), request);
            assertTrue(request.endsWith("\r\n\r\n{\"serial\":\"S1\"}") || request.endsWith("\"S2\"}")
                    || request.endsWith("\"S3\"}"), request);
            seen.add(request.substring(request.indexOf("Bearer "), request.indexOf("\r\n", request.indexOf("Bearer "))));
        }
        assertEquals(Set.of("Bearer a.b.c", "Bearer d.e.f"), seen);
    }

    @Test
    void refusesToStartWithoutAServer() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LoadSettings settings = LoadSettings.builder("http://127.0.0.1:" + port).rate(10).duration(Duration.ofSeconds(1))
                .requestTimeout(Duration.ofMillis(300)).build();
        assertThrows(IOException.class, () -> OpenLoad.run(settings, FixedRequestSource.get(settings.target(), "/")));
    }

    @Test
    void refusesASourceThatRunsOut() {
        LoadSettings settings = LoadSettings.builder("http://127.0.0.1:1").rate(100).duration(Duration.ofSeconds(1))
                .warmup(Duration.ZERO).build();
        RequestSource tenOnly = new RequestSource() {
            @Override
            public byte[] next(long i) {
                return new byte[0];
            }

            @Override
            public long capacity() {
                return 10;
            }
        };
        assertThrows(IllegalArgumentException.class, () -> OpenLoad.run(settings, tenOnly));
    }
}
