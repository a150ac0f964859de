package org.veripack.service.http;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The entry point of every Veripack service. Quarkus refuses a request whose path {@link java.net.URI} cannot parse
 * (a broken percent-escape, say) with an empty 400 before any route runs; switched off here, the same check runs in
 * {@link HttpLayerProblems}, which says what is wrong and where. The property must be set before Quarkus's HTTP
 * recorder is loaded, hence here and not in a start-up observer (tests set it in the surefire configuration).
 */
@QuarkusMain
public final class VeripackMain {

    private VeripackMain() {
    }

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
