package org.veripack.loadtests.open;

/**
 * The same request every time, e.g. the benchmark floor {@code GET /internal/floor/redis-get?key=floor}.
 */
public final class FixedRequestSource implements RequestSource {

    private final byte[] request;

    /** @param request the complete bytes of the request ({@link HttpRequestBytes}) */
    public FixedRequestSource(byte[] request) {
        this.request = request.clone();
    }

    /**
     * @param target where the request goes
     * @param path the path with its query
     * @return a source of {@code GET path} with no other header than {@code Host}
     */
    public static FixedRequestSource get(HttpTarget target, String path) {
        return new FixedRequestSource(HttpRequestBytes.request(target, "GET", path).encode());
    }

    @Override
    public byte[] next(long i) {
        return request;
    }
}
