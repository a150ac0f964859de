package org.veripack.alert;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.veripack.alert.service.AlertIntake;
import org.veripack.core.alert.AlertEvent;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;
import org.veripack.testsupport.fuzz.BadInputFuzzer;
import org.veripack.testsupport.fuzz.Seed;

/**
 * Invariant 8 for every endpoint of alert-service: mutated bodies, paths, queries, headers and methods get a 4xx
 * problem (never a 5xx, never an empty answer) and change nothing. See docs/fuzzing.md.
 */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class BadInputFuzzTest {

    @Inject
    AlertIntake intake;

    @Test
    void badInputGetsAProblemAndChangesNothing() throws Exception {
        fuzzer().assertRefusesBadInput("alert-service");
    }

    private BadInputFuzzer fuzzer() {
        String mah = TestData.mah();
        String location = TestData.gln();
        AlertEvent alert = AlertFixtures.event(mah, location);
        intake.store(alert).await().atMost(Duration.ofSeconds(5));
        String surveillance = TestTokens.surveillance();
        List<Seed> seeds = List.of(
                Seed.get("/api/v1/me", surveillance),
                Seed.get("/api/v1/alerts?code=A24&status=NEW&gtin=" + alert.gtin() + "&page=0&size=20", surveillance),
                Seed.get("/api/v1/alerts?location=" + location + "&from=2026-01-01T00:00:00Z", TestTokens.pharmacy(location)),
                Seed.get("/api/v1/alerts/" + alert.id(), TestTokens.manufacturer(mah)),
                Seed.json("POST", "/api/v1/alerts/" + alert.id() + "/status", surveillance,
                        "{\"status\":\"UNDER_INVESTIGATION\",\"reason\":\"asked the pharmacy for a photo\"}"),
                Seed.get("/api/v1/alerts/stream", surveillance));
        List<String> otherTokens = List.of(TestTokens.manufacturer(TestData.mah()), TestTokens.pharmacy(TestData.gln()),
                TestTokens.wholesaler(location), TestTokens.admin(), TestTokens.expired(), TestTokens.withGroups("nobody"));
        return new BadInputFuzzer(seeds, otherTokens, (request, status) -> false);
    }
}
