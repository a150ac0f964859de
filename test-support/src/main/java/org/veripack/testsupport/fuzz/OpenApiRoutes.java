package org.veripack.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The service's operations as its own /q/openapi lists them, so an endpoint added later cannot escape the fuzzer. */
final class OpenApiRoutes {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    /** One operation: a method and a path template such as /api/v1/products/{gtin}. */
    record Route(String method, String template) {

        boolean matches(Seed seed) {
            if (!method.equalsIgnoreCase(seed.method())) {
                return false;
            }
            String[] expected = template.split("/", -1);
            String[] actual = seed.route().split("/", -1);
            if (expected.length != actual.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if (!expected[i].startsWith("{") && !expected[i].equals(actual[i])) {
                    return false;
                }
            }
            return true;
        }

        /** The indexes of the segments the template parameterises. */
        Set<Integer> variableSegments() {
            Set<Integer> variables = new HashSet<>();
            String[] segments = template.split("/", -1);
            for (int i = 0; i < segments.length; i++) {
                if (segments[i].startsWith("{")) {
                    variables.add(i);
                }
            }
            return variables;
        }

        @Override
        public String toString() {
            return method.toUpperCase(Locale.ROOT) + " " + template;
        }
    }

    private OpenApiRoutes() {
    }

    static List<Route> read(RawHttpClient client) throws IOException {
        RawHttpClient.Answer answer = client.send(new FuzzRequest("GET", "/q/openapi?format=json",
                List.<String[]>of(new String[] {"Accept", "application/json"}), null, "openapi"));
        if (answer.status() != 200) {
            throw new IllegalStateException("/q/openapi answered " + answer.status());
        }
        JsonNode paths = new ObjectMapper().readTree(answer.body()).path("paths");
        List<Route> routes = new ArrayList<>();
        paths.fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method) && !path.getKey().startsWith("/q/")) {
                routes.add(new Route(method, path.getKey()));
            }
        }));
        return routes;
    }
}
