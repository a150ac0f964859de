package org.veripack.alert;

import static org.veripack.testsupport.fuzz.BadInputCases.request;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.veripack.alert.service.AlertIntake;
import org.veripack.core.alert.AlertEvent;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;
import org.veripack.testsupport.fuzz.BadInputCases;

/** The bad requests an earlier fuzz run answered with 5xx or an empty 4xx: now problems that say what was wrong. */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class BadInputTableTest {

    @Inject
    AlertIntake intake;

    @Test
    void statusReasonQueryAndPaging() throws Exception {
        AlertEvent alert = AlertFixtures.event(TestData.mah(), TestData.gln());
        intake.store(alert).await().atMost(Duration.ofSeconds(5));
        String surveillance = TestTokens.surveillance();
        BadInputCases cases = new BadInputCases();
        cases.refused(request("POST", "/api/v1/alerts/" + alert.id() + "/status", surveillance, "application/json",
                "{\"status\":\"UNDER_INVESTIGATION\",\"reason\":\"a\\u0000b\"}"), 400, "U+0000");
        cases.refused(request("GET", "/api/v1/alerts?code=%00", surveillance, null, (String) null), 400, "%00");
        cases.refused(request("GET", "/api/v1/alerts?page=5000000&size=500", surveillance, null, (String) null), 400, "page");
        cases.refused(request("POST", "/api/v1/alerts/" + alert.id() + "/status", surveillance, "application/json", "{not json"),
                400, "(line 1, column 2)");
    }
}
