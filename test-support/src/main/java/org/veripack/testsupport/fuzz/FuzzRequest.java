package org.veripack.testsupport.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One request as bytes on the wire. The target is written as given (raw percent-escapes and all); the fuzzer adds
 * Host, Content-Length and Connection: close unless a mutation set them itself.
 */
public record FuzzRequest(String method, String target, List<String[]> headers, byte[] body, String description) {

    public FuzzRequest {
        headers = List.copyOf(headers);
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        for (String[] header : headers) {
            if (header[0].equalsIgnoreCase(name)) {
                return header[1];
            }
        }
        return null;
    }

    public FuzzRequest withHeader(String name, String value) {
        List<String[]> changed = new ArrayList<>();
        for (String[] header : headers) {
            if (!header[0].equalsIgnoreCase(name)) {
                changed.add(header);
            }
        }
        if (value != null) {
            changed.add(new String[] {name, value});
        }
        return new FuzzRequest(method, target, changed, body, description);
    }

    public FuzzRequest withTarget(String newTarget) {
        return new FuzzRequest(method, newTarget, headers, body, description);
    }

    public FuzzRequest withMethod(String newMethod) {
        return new FuzzRequest(newMethod, target, headers, body, description);
    }

    public FuzzRequest withBody(byte[] newBody) {
        return new FuzzRequest(method, target, headers, newBody, description);
    }

    public FuzzRequest described(String mutation) {
        return new FuzzRequest(method, target, headers, body, description == null ? mutation : description + "; " + mutation);
    }

    byte[] bytes(String host) {
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (header("Host") == null) {
            head.append("Host: ").append(host).append("\r\n");
        }
        for (String[] header : headers) {
            head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        if (header("Content-Length") == null && (body.length > 0 || !method.equals("GET"))) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /** One line for a failure report: method, target (shortened), the mutations and the start of the body. */
    public String summary() {
        String shownTarget = target.length() > 160 ? target.substring(0, 160) + "…(" + target.length() + " chars)" : target;
        String text = new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)
                .replaceAll("[\\x00-\\x1f]", "?");
        String type = header("Content-Type");
        return method + " " + shownTarget + (type == null ? "" : " [" + type + "]") + " {" + description + "}"
                + (body.length == 0 ? "" : " body(" + body.length + " bytes): " + text);
    }
}
