package org.veripack.testsupport.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import io.restassured.RestAssured;
import org.veripack.testsupport.IntegrationTestInfrastructure;

/**
 * Named bad requests sent as exact bytes, for the regression cases the fuzzer found: each must get a problem with the
 * expected status and a detail that says what was wrong, and must leave every table and the Redis database as they were.
 */
public final class BadInputCases {

    private final RawHttpClient client;
    private final StateSnapshot state;

    /** Against the service of the running {@code @QuarkusTest}, its test database and its Redis database. */
    public BadInputCases() {
        this.client = new RawHttpClient("127.0.0.1", RestAssured.port);
        this.state = new StateSnapshot(IntegrationTestInfrastructure.dataSource(), IntegrationTestInfrastructure.redisUrl());
    }

    /** A request: method, raw target, bearer token (or null), Content-Type (or null) and body (or null). */
    public static FuzzRequest request(String method, String target, String token, String contentType, String body) {
        return request(method, target, token, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    public static FuzzRequest request(String method, String target, String token, String contentType, byte[] body) {
        List<String[]> headers = new ArrayList<>();
        if (token != null) {
            headers.add(new String[] {"Authorization", "Bearer " + token});
        }
        if (contentType != null) {
            headers.add(new String[] {"Content-Type", contentType});
        }
        return new FuzzRequest(method, target, headers, body, "case");
    }

    /** Sends it and checks the refusal; returns the answer's body (the problem) for further checks. */
    public String refused(FuzzRequest request, int status, String detailContains) throws IOException {
        Map<String, String> before = state.take();
        RawHttpClient.Answer answer = client.send(request);
        String violation = ProblemCheck.violation(request.method(), answer);
        if (violation != null || answer.status() != status || !answer.text().contains(detailContains)) {
            throw new AssertionError("expected " + status + " with a problem saying '" + detailContains + "' to "
                    + request.summary() + ", got " + answer.status() + " " + answer.header("Content-Type") + ": " + answer.text());
        }
        List<String> changed = StateSnapshot.changed(before, state.take());
        if (!changed.isEmpty()) {
            throw new AssertionError("the refused request " + request.summary() + " changed " + changed);
        }
        return answer.text();
    }

    /** Sends it and returns the answer, for a request that is accepted (a bad line counted in an upload's report). */
    public RawHttpClient.Answer send(FuzzRequest request) throws IOException {
        return client.send(request);
    }
}
