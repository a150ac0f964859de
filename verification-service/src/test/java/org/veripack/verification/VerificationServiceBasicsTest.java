package org.veripack.verification;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.veripack.testsupport.ServiceBasicsTests;
import org.veripack.testsupport.VeripackTestResource;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class VerificationServiceBasicsTest extends ServiceBasicsTests {

    @Override
    protected String migratedSchema() {
        return "registry";
    }

    @Override
    protected List<String> readinessChecks() {
        return List.of("Redis connection health check");
    }

    /** Verifies keep working from the cache while PostgreSQL is away, so it is not part of readiness. */
    @Override
    protected List<String> checksNotInReadiness() {
        return List.of("Reactive PostgreSQL connections health check", "Database connections health check");
    }
}
