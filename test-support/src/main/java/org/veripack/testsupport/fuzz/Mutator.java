package org.veripack.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Turns a seed into bad input: mistyped or odd JSON values, broken bodies, odd percent-encoding and long path
 * segments, odd query parameters, odd headers and other methods. Each request carries one to three mutations and
 * says which in its description, so a failure can be reproduced by hand.
 */
final class Mutator {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Strings that no field should take, each for a reason: NUL, control characters, size, encodings, injection. */
    private static final List<String> ODD_TEXT = List.of("\u0000", "a\u0000b", "\u0001\u001f\u007f", "\t\n\r", "",
            " ", "a".repeat(100_000), "9".repeat(400), "ü€𝄞", "\ud800", "\udfff\ud800", "%00", "%zz", "' OR 1=1 --",
            "<script>alert(1)</script>", "${jndi:ldap://x}", "../../etc/passwd", "\u202e", "\ufeff", "null", "-1",
            "1e309", "2026-13-45", "NaN");

    private static final List<String> PATH_SEGMENTS = List.of("%zz", "%00", "%", "%2", "%2F", "..", "%2e%2e", ".",
            "9".repeat(5_000), "%C3%BC".repeat(20), "%FF%FE", "%C0%AF", "%20", "+", "a;b=c", "*", "~", "%7B%7D",
            "%E2%80%AE", "%01", "a%0Ab", "%25", "-1", "0", "99999999999999999999");

    private static final List<String> QUERY_NAMES = List.of("page", "size", "from", "to", "status", "code", "gtin",
            "batch", "location", "likelyCause", "sort", "groupBy", "limit", "since", "serial", "role", "x");

    private static final List<String> QUERY_VALUES = List.of("-1", "0", "5000000", "2147483648", "99999999999999999999",
            "abc", "%00", "%zz", "", "2026-13-45", "9".repeat(3_000), "%27", "%E2%80%AE", "1.5", "true", "%FF",
            "2026-01-01T00:00:00Z", "a%0Ab");

    private static final List<String> CONTENT_TYPES = List.of("a/b/c", "application/", "application/json, text/csv",
            "text/plain", "text/csv", "application/xml", "application/json; charset=latin1", "multipart/form-data",
            "application/x-www-form-urlencoded", "application/json;;", "*/*", "application/ld+json",
            "application/octet-stream", "json", "");

    private static final List<String> ACCEPTS = List.of("text/html", "application/xml", "*/*", "application/json;q=abc",
            "", "a/b/c", "text/csv", "image/png", "application/problem+xml");

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

    private final Random random;
    private final List<String> otherTokens;

    Mutator(Random random, List<String> otherTokens) {
        this.random = random;
        this.otherTokens = otherTokens;
    }

    /** A mutated request from the seed; variable segments are the path segment indexes the template parameterises. */
    FuzzRequest mutate(Seed seed, Set<Integer> variableSegments) {
        FuzzRequest request = seed.request();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            request = once(seed, request, variableSegments);
        }
        return request;
    }

    private FuzzRequest once(Seed seed, FuzzRequest request, Set<Integer> variableSegments) {
        boolean hasBody = seed.body() != null;
        int kind = random.nextInt(10);
        if (kind < 4 && hasBody) {
            return seed.isJson() ? jsonBody(request) : textBody(request);
        }
        if (kind < 6 && !variableSegments.isEmpty()) {
            return pathSegment(request, variableSegments);
        }
        if (kind < 7) {
            return query(request);
        }
        if (kind < 9) {
            return header(request);
        }
        return method(request);
    }

    private FuzzRequest jsonBody(FuzzRequest request) {
        JsonNode tree;
        try {
            tree = JSON.readTree(request.body());
        } catch (Exception notJson) {
            return wholeBody(request);
        }
        List<JsonNode> containers = new ArrayList<>();
        collect(tree, containers);
        if (containers.isEmpty() || random.nextInt(4) == 0) {
            return wholeBody(request);
        }
        JsonNode container = containers.get(random.nextInt(containers.size()));
        String change;
        if (container instanceof ObjectNode object && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> {
                    object.set(name, wrongType());
                    change = "field " + name + " of another type";
                }
                case 1 -> {
                    String text = pick(ODD_TEXT);
                    object.put(name, text);
                    change = "field " + name + " = odd text (" + describe(text) + ")";
                }
                case 2 -> {
                    object.remove(name);
                    change = "field " + name + " removed";
                }
                default -> {
                    String unknown = pick(List.of("unknown", "", "un\u0000known", "__proto__", "x".repeat(10_000)));
                    object.put(unknown, 1);
                    change = "unknown field '" + describe(unknown) + "' added";
                }
            }
        } else if (container instanceof ArrayNode array && array.size() > 0) {
            int index = random.nextInt(array.size());
            array.set(index, random.nextBoolean() ? wrongType() : NODES.textNode(pick(ODD_TEXT)));
            change = "array element " + index + " replaced";
        } else {
            return wholeBody(request);
        }
        try {
            return request.withBody(JSON.writeValueAsBytes(tree)).described(change);
        } catch (Exception e) {
            return wholeBody(request);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }

    private JsonNode wrongType() {
        return switch (random.nextInt(9)) {
            case 0 -> NODES.arrayNode().add("x");
            case 1 -> NODES.objectNode().put("a", 1);
            case 2 -> NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890"));
            case 3 -> NODES.numberNode(-1);
            case 4 -> NODES.booleanNode(true);
            case 5 -> NODES.nullNode();
            case 6 -> NODES.numberNode(1.5);
            case 7 -> NODES.arrayNode();
            default -> NODES.numberNode(Long.MAX_VALUE);
        };
    }

    private FuzzRequest wholeBody(FuzzRequest request) {
        byte[] body = request.body();
        return switch (random.nextInt(14)) {
            case 0 -> request.withBody(new byte[0]).described("empty body");
            case 1 -> request.withBody(utf8("{not json")).described("not JSON");
            case 2 -> request.withBody(utf8("\"abc\"")).described("a JSON string");
            case 3 -> request.withBody(utf8("[]")).described("a JSON array");
            case 4 -> request.withBody(utf8("null")).described("JSON null");
            case 5 -> request.withBody(utf8("123")).described("a JSON number");
            case 6 -> request.withBody(utf8("[".repeat(5_000) + "]".repeat(5_000))).described("5 000 nested arrays");
            case 7 -> request.withBody(new byte[] {'{', '"', (byte) 0xC3, 0x28, '"', ':', '1', '}'}).described("invalid UTF-8");
            case 8 -> request.withBody(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body)).described("a BOM before the body");
            case 9 -> request.withBody(java.util.Arrays.copyOf(body, body.length == 0 ? 0 : random.nextInt(body.length)))
                    .described("truncated body");
            case 10 -> request.withBody(concat(body, body)).described("the body twice");
            case 11 -> request.withBody(utf8("{\"a\":" + "1".repeat(1_000_000) + "}")).described("a number of a million digits");
            case 12 -> request.withBody(garbage(2_000)).described("random bytes");
            default -> request.withBody(utf8("{}")).described("an empty object");
        };
    }

    private FuzzRequest textBody(FuzzRequest request) {
        String body = new String(request.body(), StandardCharsets.UTF_8);
        String[] lines = body.split("\n", -1);
        int line = random.nextInt(lines.length);
        String change;
        switch (random.nextInt(6)) {
            case 0 -> {
                lines[line] = lines[line] + "\u0000";
                change = "NUL in line " + (line + 1);
            }
            case 1 -> {
                lines[line] = "x".repeat(200_000);
                change = "a 200 000-character line";
            }
            case 2 -> {
                lines[line] = lines[line] + ",extra,columns";
                change = "extra columns in line " + (line + 1);
            }
            case 3 -> {
                lines[line] = pick(ODD_TEXT);
                change = "odd line " + (line + 1);
            }
            case 4 -> {
                return request.withBody(garbage(3_000)).described("random bytes");
            }
            default -> {
                return wholeBody(request);
            }
        }
        return request.withBody(utf8(String.join("\n", lines))).described(change);
    }

    private FuzzRequest pathSegment(FuzzRequest request, Set<Integer> variableSegments) {
        String target = request.target();
        int query = target.indexOf('?');
        String path = query < 0 ? target : target.substring(0, query);
        String rest = query < 0 ? "" : target.substring(query);
        String[] segments = path.split("/", -1);
        List<Integer> candidates = new ArrayList<>(variableSegments);
        int index = candidates.get(random.nextInt(candidates.size()));
        if (index >= segments.length) {
            return query(request);
        }
        String replacement = pick(PATH_SEGMENTS);
        segments[index] = random.nextInt(4) == 0 ? segments[index] + replacement : replacement;
        return request.withTarget(String.join("/", segments) + rest)
                .described("path segment " + index + " = " + describe(replacement));
    }

    private FuzzRequest query(FuzzRequest request) {
        String name = pick(QUERY_NAMES);
        String value = pick(QUERY_VALUES);
        String target = request.target();
        String separator = target.contains("?") ? "&" : "?";
        String parameter = random.nextInt(8) == 0 ? "%zz=" + value : name + "=" + value;
        return request.withTarget(target + separator + parameter + (random.nextInt(5) == 0 ? "&" + parameter : ""))
                .described("query " + describe(parameter));
    }

    private FuzzRequest header(FuzzRequest request) {
        return switch (random.nextInt(8)) {
            case 0, 1 -> {
                String type = pick(CONTENT_TYPES);
                yield request.withHeader("Content-Type", type).described("Content-Type '" + type + "'");
            }
            case 2 -> {
                String accept = pick(ACCEPTS);
                yield request.withHeader("Accept", accept).described("Accept '" + accept + "'");
            }
            case 3 -> request.withHeader("Authorization", null).described("no token");
            case 4 -> {
                String value = List.of("Bearer", "Bearer abc", "Bearer a.b.c", "Basic YTpi", "bearer  ", "Bearer " + "x".repeat(5_000))
                        .get(random.nextInt(6));
                yield request.withHeader("Authorization", value).described("Authorization '" + describe(value) + "'");
            }
            case 5 -> otherTokens.isEmpty() ? request
                    : request.withHeader("Authorization", "Bearer " + pick(otherTokens)).described("another caller's token");
            case 6 -> {
                String key = pick(List.of("x".repeat(5_000), "ü€", "", " ", "a\tb"));
                yield request.withHeader("Idempotency-Key", key).described("Idempotency-Key '" + describe(key) + "'");
            }
            default -> {
                String encoding = pick(List.of("gzip", "deflate", "br", "identity, gzip", "x"));
                yield request.withHeader("Content-Encoding", encoding).described("Content-Encoding '" + encoding + "'");
            }
        };
    }

    private FuzzRequest method(FuzzRequest request) {
        String method = pick(METHODS);
        return request.withMethod(method).described("method " + method);
    }

    private byte[] garbage(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static String describe(String text) {
        String shown = text.length() > 24 ? text.substring(0, 12) + "…(" + text.length() + " chars)" : text;
        StringBuilder out = new StringBuilder();
        shown.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return out.toString();
    }
}
