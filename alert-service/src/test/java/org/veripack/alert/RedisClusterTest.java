package org.veripack.alert;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.veripack.core.alert.AlertEvent;
import org.veripack.testsupport.RedisClusterProfile;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;

/** alert-service on a three-master Redis Cluster: the consumer group reads the alert stream and stores each alert. */
@QuarkusTest
@TestProfile(RedisClusterProfile.class)
class RedisClusterTest {

    @Inject
    AlertFixtures fixtures;

    @Test
    void alertsOnTheClusterStreamAreStored() {
        assertThat(ConfigProvider.getConfig().getValue("quarkus.redis.client-type", String.class)).isEqualTo("cluster");
        fixtures.ensureRegistry();
        List<AlertEvent> events = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            AlertEvent event = AlertFixtures.event(TestData.mah(), TestData.gln());
            fixtures.onStream(event);
            events.add(event);
        }
        for (AlertEvent event : events) {
            Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> fixtures.stored(event.id()) == 1);
        }
        given().auth().oauth2(TestTokens.surveillance()).when().get("/api/v1/alerts/" + events.get(0).id())
                .then().statusCode(200).body("code", equalTo("A24"));
    }
}
