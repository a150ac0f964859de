package org.veripack.loadtests.open;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Encodes one complete HTTP/1.1 request (request line, {@code Host}, headers, {@code Content-Length}, body) into the
 * bytes the generator writes as they are. Keep-alive is HTTP/1.1's default, so no {@code Connection} header.
 *
 * <pre>{@code
 * byte[] request = HttpRequestBytes.request(target, "POST", "/api/v1/packs/verify")
 *         .bearer(token).json("{\"gtin\":\"...\"}").encode();
 * }</pre>
 */
public final class HttpRequestBytes {

    private final HttpTarget target;
    private final String method;
    private final String path;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body;

    private HttpRequestBytes(HttpTarget target, String method, String path) {
        this.target = target;
        this.method = method;
        this.path = path;
    }

    /**
     * @param target where the request goes (gives the Host header and the path prefix)
     * @param method GET, POST, ...
     * @param path the path with its query, starting with a slash
     * @return a builder of the request's bytes
     */
    public static HttpRequestBytes request(HttpTarget target, String method, String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a request path starts with a slash: " + path);
        }
        return new HttpRequestBytes(target, method, path);
    }

    /** Adds (or replaces) a header. @return this */
    public HttpRequestBytes header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Adds {@code Authorization: Bearer token} unless the token is null. @return this */
    public HttpRequestBytes bearer(String token) {
        return token == null ? this : header("Authorization", "Bearer " + token);
    }

    /** Sets a body and its {@code Content-Type}. @return this */
    public HttpRequestBytes body(String contentType, byte[] bytes) {
        header("Content-Type", contentType);
        body = bytes;
        return this;
    }

    /** Sets a JSON body, encoded as UTF-8. @return this */
    public HttpRequestBytes json(String json) {
        return body("application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the request's bytes, ready to be written to a connection */
    public byte[] encode() {
        StringBuilder head = new StringBuilder(256).append(method).append(' ').append(target.requestTarget(path))
                .append(" HTTP/1.1\r\nHost: ").append(target.hostHeader()).append("\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.length() + (body == null ? 0 : body.length));
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.writeBytes(body);
        }
        return out.toByteArray();
    }
}
