package org.veripack.alert;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertEventJson;
import org.veripack.core.alert.AlertStream;
import org.veripack.testsupport.IntegrationTestInfrastructure;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

/**
 * The packaged service (the jar a container runs) doing surveillance's work: alerts arrive on the stream, are
 * listed, read and investigated. With -Paot this run trains the JDK 25 AOT cache.
 */
@QuarkusIntegrationTest
@WithTestResource(VeripackTestResource.class)
class PackagedServiceIT {

    private static final int ALERTS = 200;

    private static void publish(List<AlertEvent> events) throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Redis redis = Redis.createClient(vertx, IntegrationTestInfrastructure.redisUrl());
            for (AlertEvent event : events) {
                redis.send(Request.cmd(Command.XADD).arg(AlertStream.STREAM_KEY).arg("*")
                        .arg(AlertStream.FIELD_ID).arg(event.id().toString())
                        .arg(AlertStream.FIELD_EVENT).arg(AlertEventJson.write(event)))
                        .toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
            }
            redis.close();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void consumesListsAndInvestigatesAlertsThroughThePackagedJar() throws Exception {
        String mah = TestData.mah();
        List<AlertEvent> events = new ArrayList<>();
        for (int i = 0; i < ALERTS; i++) {
            events.add(AlertFixtures.event(mah, TestData.gln()));
        }
        publish(events);
        String surveillance = TestTokens.surveillance();
        // the manufacturer sees the alerts on its products: all of them, once consumed
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                given().auth().oauth2(TestTokens.manufacturer(mah)).when().get("/api/v1/alerts")
                        .then().statusCode(200).body("total", equalTo(ALERTS)));
        for (AlertEvent event : events) {
            given().auth().oauth2(surveillance).when().get("/api/v1/alerts/" + event.id())
                    .then().statusCode(200).body("code", equalTo("A24"));
        }
        for (AlertEvent event : events.subList(0, ALERTS / 2)) {
            given().auth().oauth2(surveillance).contentType(ContentType.JSON).body(Map.of("status", "UNDER_INVESTIGATION"))
                    .when().post("/api/v1/alerts/" + event.id() + "/status").then().statusCode(200)
                    .body("status", equalTo("UNDER_INVESTIGATION"));
        }
        given().auth().oauth2(TestTokens.manufacturer(mah)).queryParam("size", 100).when().get("/api/v1/alerts")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.pharmacy(TestData.gln())).when().get("/api/v1/alerts/" + events.get(0).id())
                .then().statusCode(404);
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
