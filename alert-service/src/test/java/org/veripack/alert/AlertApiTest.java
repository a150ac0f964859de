package org.veripack.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.veripack.alert.service.AlertIntake;
import org.veripack.core.alert.AlertEvent;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class AlertApiTest {

    @Inject
    AlertIntake store;

    @Inject
    AlertFixtures fixtures;

    private final String mah = TestData.mah();
    private final String location = TestData.gln();

    private AlertEvent stored() {
        AlertEvent event = AlertFixtures.event(mah, location);
        store.store(event).await().atMost(Duration.ofSeconds(5));
        return event;
    }

    private static ValidatableResponse move(String token, AlertEvent event, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/alerts/" + event.id() + "/status").then();
    }

    private static Map<String, Object> status(String status, String reason, String closeReason) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("reason", reason);
        body.put("closeReason", closeReason);
        return body;
    }

    @Test
    void eachRoleSeesItsScopeAndGets404Outside() {
        AlertEvent event = stored();
        String path = "/api/v1/alerts/" + event.id();
        for (String token : new String[] {TestTokens.surveillance(), TestTokens.admin(), TestTokens.manufacturer(mah),
                TestTokens.pharmacy(location), TestTokens.wholesaler(location)}) {
            given().auth().oauth2(token).get(path).then().statusCode(200).body("id", equalTo(event.id().toString()));
        }
        for (String token : new String[] {TestTokens.manufacturer(TestData.mah()), TestTokens.pharmacy(TestData.gln())}) {
            given().auth().oauth2(token).get(path).then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(token).queryParam("gtin", event.gtin()).get("/api/v1/alerts").then().statusCode(200)
                    .body("total", equalTo(0));
        }
        given().auth().oauth2(TestTokens.manufacturer(mah)).queryParam("gtin", event.gtin()).get("/api/v1/alerts")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(event.id().toString()));
        given().get(path).then().statusCode(401);
    }

    @Test
    void listFiltersPagesNewestFirst() {
        String gtin = TestData.gtin();
        for (int i = 0; i < 3; i++) {
            AlertEvent event = AlertFixtures.event(mah, location);
            AlertEvent withGtin = new AlertEvent(event.id(), event.code(), event.returnCode(), gtin, "S" + i, event.batch(),
                    event.expiry(), event.location(), event.actor(), event.role(), event.mah(), event.source(),
                    Instant.parse("2026-11-0" + (i + 1) + "T10:00:00Z"), event.details());
            store.store(withGtin).await().atMost(Duration.ofSeconds(5));
        }
        given().auth().oauth2(TestTokens.admin()).queryParam("gtin", gtin).queryParam("size", 2).get("/api/v1/alerts")
                .then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items.size()", equalTo(2)).body("items[0].serial", equalTo("S2")).body("items[1].serial", equalTo("S1"));
        given().auth().oauth2(TestTokens.admin()).queryParam("gtin", gtin).queryParam("size", 2).queryParam("page", 1)
                .get("/api/v1/alerts").then().body("items.size()", equalTo(1)).body("items[0].serial", equalTo("S0"));
        given().auth().oauth2(TestTokens.admin()).queryParam("gtin", gtin).queryParam("from", "2026-11-02T00:00:00Z")
                .queryParam("to", "2026-11-03T00:00:00Z").queryParam("code", "A24").queryParam("status", "NEW")
                .get("/api/v1/alerts").then().body("total", equalTo(1)).body("items[0].serial", equalTo("S1"));
        given().auth().oauth2(TestTokens.admin()).queryParam("size", 501).get("/api/v1/alerts").then().statusCode(400);
        given().auth().oauth2(TestTokens.admin()).queryParam("from", "yesterday").get("/api/v1/alerts").then().statusCode(400)
                .body("detail", containsString("ISO-8601"));
    }

    @Test
    void theWorkflowAllowsItsMovesAndRefusesTheOthers() {
        String surveillance = TestTokens.surveillance();
        AlertEvent event = stored();
        move(surveillance, event, status("ESCALATED", "skip", null)).statusCode(409);
        move(surveillance, event, status("UNDER_INVESTIGATION", null, null)).statusCode(200).body("status", equalTo("UNDER_INVESTIGATION"));
        move(surveillance, event, status("ESCALATED", null, null)).statusCode(400).body("detail", containsString("reason"));
        move(surveillance, event, status("ESCALATED", "x".repeat(501), null)).statusCode(400);
        move(surveillance, event, status("ESCALATED", "pack looks cloned", null)).statusCode(200);
        move(surveillance, event, status("CLOSED", "checked", null)).statusCode(400).body("detail", containsString("closeReason"));
        move(surveillance, event, status("CLOSED", "checked", "SOMETHING")).statusCode(400);
        move(surveillance, event, status("CLOSED", "confirmed with the MAH", "CONFIRMED_FALSIFICATION")).statusCode(200)
                .body("status", equalTo("CLOSED")).body("history.size()", equalTo(3))
                .body("history[2].closeReason", equalTo("CONFIRMED_FALSIFICATION")).body("history[1].reason", equalTo("pack looks cloned"))
                .body("history[0].from", equalTo("NEW"));
        move(surveillance, event, status("UNDER_INVESTIGATION", null, null)).statusCode(409);

        AlertEvent direct = stored();
        move(TestTokens.manufacturer(mah), direct, status("CLOSED", "our data error", "MAH_DATA_ERROR")).statusCode(200);
        AlertEvent other = stored();
        move(TestTokens.manufacturer(TestData.mah()), other, status("UNDER_INVESTIGATION", null, null)).statusCode(404);
        move(TestTokens.pharmacy(location), other, status("UNDER_INVESTIGATION", null, null)).statusCode(403);
        move(TestTokens.admin(), other, status("NEW", "back", null)).statusCode(409);
        assertThat(fixtures.count("SELECT count(*) FROM alert.alert_status_change WHERE alert_id = ?", other.id())).isZero();
    }

    @Test
    void theStreamDeliversNewAlertsAndResumesWithLastEventId() throws Exception {
        AlertEvent first = stored();
        long firstPosition = fixtures.count("SELECT position FROM alert.alert WHERE id = ?", first.id());
        String url = "http://localhost:" + RestAssured.port + "/api/v1/alerts/stream";
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest resume = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TestTokens.admin())
                .header("Last-Event-ID", Long.toString(firstPosition - 1)).build();
        assertThat(readUntil(http, resume, first.id().toString(), null)).contains("id:" + firstPosition);

        HttpRequest live = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TestTokens.surveillance()).build();
        AlertEvent next = AlertFixtures.event(mah, location);
        assertThat(readUntil(http, live, next.id().toString(), () -> store.store(next).await().atMost(Duration.ofSeconds(5))))
                .contains("\"code\":\"A24\"");
        assertThat(http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + TestTokens.pharmacy(location))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(403);
    }

    /** Reads the event stream until a line holds {@code marker}; runs {@code action} once connected. */
    private static String readUntil(HttpClient http, HttpRequest request, String marker, Runnable action) throws Exception {
        HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        CompletableFuture<String> found = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body()))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    seen.append(line).append('\n');
                    if (line.contains(marker)) {
                        return seen.toString();
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return seen.toString();
        });
        if (action != null) {
            Thread.sleep(500);
            action.run();
        }
        String text = found.get(15, TimeUnit.SECONDS);
        response.body().close();
        return text;
    }
}
