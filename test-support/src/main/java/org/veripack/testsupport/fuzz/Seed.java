package org.veripack.testsupport.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A request an endpoint accepts, written by the service's fuzz test; the fuzzer mutates it. The path is concrete
 * (identifiers filled in, query included); its segments that the OpenAPI template names as parameters are the
 * ones the fuzzer mutates.
 */
public record Seed(String method, String path, String token, String contentType, String body) {

    public static Seed get(String path, String token) {
        return new Seed("GET", path, token, null, null);
    }

    public static Seed delete(String path, String token) {
        return new Seed("DELETE", path, token, null, null);
    }

    public static Seed json(String method, String path, String token, String body) {
        return new Seed(method, path, token, "application/json", body);
    }

    public static Seed text(String method, String path, String token, String contentType, String body) {
        return new Seed(method, path, token, contentType, body);
    }

    /** The path without its query. */
    public String route() {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    public String query() {
        int query = path.indexOf('?');
        return query < 0 ? "" : path.substring(query + 1);
    }

    public boolean isJson() {
        return contentType != null && contentType.contains("json");
    }

    /** The request as the seed describes it, unmutated. */
    public FuzzRequest request() {
        List<String[]> headers = new ArrayList<>();
        if (token != null) {
            headers.add(new String[] {"Authorization", "Bearer " + token});
        }
        if (contentType != null) {
            headers.add(new String[] {"Content-Type", contentType});
        }
        headers.add(new String[] {"Accept", "application/json"});
        return new FuzzRequest(method, path, headers,
                body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
    }
}
