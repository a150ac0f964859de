package org.veripack.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veripack.alert.stream.OutboxReconciliation;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertStream;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class AlertStreamConsumerTest {

    @Inject
    AlertFixtures fixtures;

    @Inject
    RedisDataSource redis;

    @Inject
    OutboxReconciliation reconciliation;

    @BeforeEach
    void registry() {
        fixtures.ensureRegistry();
    }

    private void awaitStored(AlertEvent event) {
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> fixtures.stored(event.id()) == 1);
    }

    @Test
    void anAlertOnTheStreamAppearsThroughTheApiWithEveryField() {
        AlertEvent event = AlertFixtures.event(TestData.mah(), TestData.gln());
        fixtures.onStream(event);
        awaitStored(event);
        given().auth().oauth2(TestTokens.surveillance()).when().get("/api/v1/alerts/" + event.id())
                .then().statusCode(200)
                .body("id", equalTo(event.id().toString())).body("code", equalTo("A24"))
                .body("returnCode", equalTo("NMVS_NC_PCK_22")).body("gtin", equalTo(event.gtin()))
                .body("serial", equalTo("S/1")).body("batch", equalTo("L1")).body("expiry", equalTo("300630"))
                .body("location", equalTo(event.location())).body("actor", equalTo("pos-1")).body("mah", equalTo(event.mah()))
                .body("source", equalTo("DECOMMISSION")).body("status", equalTo("NEW"))
                .body("details.reportedStatus", equalTo("SUPPLIED")).body("history.size()", equalTo(0))
                .body("raisedAt", org.hamcrest.Matchers.notNullValue()).body("storedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aRedeliveredEntryIsStoredOnce() {
        AlertEvent event = AlertFixtures.event(TestData.mah(), TestData.gln());
        fixtures.onStream(event);
        fixtures.onStream(event);
        fixtures.relayedInOutbox(event);
        awaitStored(event);
        reconciliation.reconcile().await().atMost(Duration.ofSeconds(10));
        AlertEvent next = AlertFixtures.event(TestData.mah(), TestData.gln());
        fixtures.onStream(next);
        awaitStored(next);
        assertThat(fixtures.stored(event.id())).isEqualTo(1);
    }

    @Test
    void aPoisonEntryGoesToTheDeadLetterStreamAndTheNextIsStored() {
        String marker = "poison-" + java.util.UUID.randomUUID();
        redis.stream(String.class).xadd(AlertStream.STREAM_KEY, Map.of(AlertStream.FIELD_ID, marker, AlertStream.FIELD_EVENT, "{not json"));
        AlertEvent next = AlertFixtures.event(TestData.mah(), TestData.gln());
        fixtures.onStream(next);
        awaitStored(next);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> redis.stream(String.class)
                .xrange(AlertStream.DEAD_LETTER_KEY, io.quarkus.redis.datasource.stream.StreamRange.of("-", "+")).stream()
                .anyMatch(entry -> marker.equals(entry.payload().get(AlertStream.FIELD_ID))
                        && entry.payload().get("reason").contains("not JSON")));
    }

    @Test
    void alertsRelayedWhileTheServiceWasAwayAreStoredFromTheOutbox() {
        AlertEvent missed = AlertFixtures.event(TestData.mah(), TestData.gln());
        fixtures.relayedInOutbox(missed);
        assertThat(reconciliation.reconcile().await().atMost(Duration.ofSeconds(10))).isGreaterThanOrEqualTo(1);
        assertThat(fixtures.stored(missed.id())).isEqualTo(1);
    }

    @Test
    void aFlushBetweenRelayAndStorageLosesNothing() {
        AlertEvent relayed = AlertFixtures.event(TestData.mah(), TestData.gln());
        fixtures.relayedInOutbox(relayed);
        redis.execute("FLUSHDB");
        awaitStored(relayed);
        AlertEvent after = AlertFixtures.event(TestData.mah(), TestData.gln());
        fixtures.onStream(after);
        awaitStored(after);
    }
}
