package org.veripack.loadtests.open;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Requests from a path template and an optional body template with {@code %NAME%} placeholders filled from
 * {@link RequestValues}, each with a bearer token taken in turn from a list (e.g. 200 pharmacy tokens, so that the
 * service's token cache sees many callers).
 *
 * <p>{@link Order#CYCLE}: request k uses token k mod T and row k mod V and the sequence repeats every max(T, V)
 * requests, so every (token, row) pair that is ever sent is encoded once, up front, when there are at most
 * {@link Builder#cacheLimit} of them (otherwise each request is encoded when sent: one array per request).
 * {@link Order#EACH_ONCE}: request k uses row k, each once (e.g. decommission each pack once); the source runs out
 * after V requests, and each request is encoded when sent.
 */
public final class TemplateRequestSource implements RequestSource {

    /** How the rows of values are used. */
    public enum Order {
        /** Round and round. */
        CYCLE,
        /** Each row once; then the source has run out. */
        EACH_ONCE
    }

    private final HttpTarget target;
    private final String method;
    private final RequestTemplate path;
    private final RequestTemplate body;
    private final String contentType;
    private final Map<String, String> headers;
    private final List<String[]> rows;
    private final String[] tokens;
    private final Order order;
    private final int period;
    private final byte[][] encoded;

    private TemplateRequestSource(Builder builder) {
        target = builder.target;
        method = builder.method;
        List<String> columns = builder.values.columns();
        path = RequestTemplate.parse(builder.pathTemplate, columns);
        body = builder.bodyTemplate == null ? null : RequestTemplate.parse(builder.bodyTemplate, columns);
        contentType = builder.contentType;
        headers = Map.copyOf(builder.headers);
        rows = builder.values.rows();
        tokens = builder.tokens.isEmpty() ? new String[] {null} : builder.tokens.toArray(String[]::new);
        order = builder.order;
        boolean constant = path.isConstant() && (body == null || body.isConstant());
        int distinctRows = constant ? 1 : rows.size();
        period = Math.max(tokens.length, distinctRows);
        encoded = order == Order.CYCLE && period <= builder.cacheLimit ? new byte[period][] : null;
        if (encoded != null) {
            for (int k = 0; k < period; k++) {
                encoded[k] = encode(tokens[k % tokens.length], rows.get(k % distinctRows));
            }
        }
    }

    /**
     * @param target where the requests go
     * @param method GET, POST, ...
     * @param pathTemplate the path with its query, with {@code %NAME%} placeholders
     * @return a builder
     */
    public static Builder builder(HttpTarget target, String method, String pathTemplate) {
        return new Builder(target, method, pathTemplate);
    }

    @Override
    public byte[] next(long i) {
        if (order == Order.EACH_ONCE) {
            if (i >= rows.size()) {
                throw new IllegalStateException("each row once: all " + rows.size() + " rows have been used");
            }
            return encode(tokens[(int) (i % tokens.length)], rows.get((int) i));
        }
        int k = (int) (i % period);
        return encoded != null ? encoded[k] : encode(tokens[k % tokens.length], rows.get(k % rows.size()));
    }

    @Override
    public long capacity() {
        return order == Order.EACH_ONCE ? rows.size() : Long.MAX_VALUE;
    }

    /** @return whether every request was encoded up front */
    public boolean isPreEncoded() {
        return encoded != null;
    }

    private byte[] encode(String token, String[] row) {
        HttpRequestBytes request = HttpRequestBytes.request(target, method, path.render(row)).bearer(token);
        headers.forEach(request::header);
        if (body != null) {
            request.body(contentType, body.render(row).getBytes(StandardCharsets.UTF_8));
        }
        return request.encode();
    }

    /** Describes the requests. */
    public static final class Builder {

        private final HttpTarget target;
        private final String method;
        private final String pathTemplate;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private String bodyTemplate;
        private String contentType = "application/json";
        private RequestValues values = RequestValues.NONE;
        private List<String> tokens = List.of();
        private Order order = Order.CYCLE;
        private int cacheLimit = 100_000;

        private Builder(HttpTarget target, String method, String pathTemplate) {
            this.target = target;
            this.method = method;
            this.pathTemplate = pathTemplate;
        }

        /** A body with placeholders, sent as {@code application/json} unless {@link #contentType} says. @return this */
        public Builder body(String template) {
            bodyTemplate = template;
            return this;
        }

        /** @return this */
        public Builder contentType(String type) {
            contentType = type;
            return this;
        }

        /** An extra header on every request. @return this */
        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        /** The rows whose columns fill the placeholders. @return this */
        public Builder values(RequestValues rows) {
            values = rows;
            return this;
        }

        /** @param order CYCLE (default) or EACH_ONCE @return this */
        public Builder order(Order order) {
            this.order = order;
            return this;
        }

        /** Bearer tokens, used in turn; none: no Authorization header. @return this */
        public Builder tokens(List<String> bearerTokens) {
            tokens = List.copyOf(bearerTokens);
            return this;
        }

        /** The most requests encoded up front (default 100 000, some 50 MB of typical requests). @return this */
        public Builder cacheLimit(int requests) {
            cacheLimit = requests;
            return this;
        }

        /** @return the source, with its requests encoded up front when they fit the cache limit */
        public TemplateRequestSource build() {
            if (order == Order.EACH_ONCE && values == RequestValues.NONE) {
                throw new IllegalStateException("each row once needs values");
            }
            return new TemplateRequestSource(this);
        }
    }
}
