package org.veripack.alert;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.veripack.testsupport.ServiceBasicsTests;
import org.veripack.testsupport.VeripackTestResource;

@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class AlertServiceBasicsTest extends ServiceBasicsTests {


    @Override
    protected List<String> readinessChecks() {
        return List.of("Redis connection health check", "Reactive PostgreSQL connections health check", "schema alert");
    }
}
