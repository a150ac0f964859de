package org.veripack.verification;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.veripack.testsupport.ServiceBasicsTests;
import org.veripack.testsupport.VeripackTestResource;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class VerificationServiceBasicsTest extends ServiceBasicsTests {

    @jakarta.inject.Inject
    io.smallrye.jwt.auth.principal.JWTParser jwtParser;

    /** Each token is verified once until it expires (the RS256 check was 40 % of a verify's CPU). */
    @org.junit.jupiter.api.Test
    void tokensAreVerifiedThroughTheCachingParser() {
        org.assertj.core.api.Assertions.assertThat(io.quarkus.arc.ClientProxy.unwrap(jwtParser))
                .isInstanceOf(org.veripack.service.security.CachingJwtParser.class);
    }


    @Override
    protected List<String> readinessChecks() {
        return List.of("Redis connection health check", "schema registry");
    }

    /** Verifies keep working from the cache while PostgreSQL is away, so it is not part of readiness. */
    @Override
    protected List<String> checksNotInReadiness() {
        return List.of("Reactive PostgreSQL connections health check", "Database connections health check");
    }
}
