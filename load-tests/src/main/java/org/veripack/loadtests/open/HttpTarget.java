package org.veripack.loadtests.open;

import java.net.InetSocketAddress;
import java.net.URI;

/**
 * Where the load goes: host and port to connect to, the {@code Host} header to send, and a path prefix put before
 * every request path (empty unless the base URL has a path).
 *
 * @param host the host name or address to connect to
 * @param port the TCP port
 * @param hostHeader the value of the {@code Host} header
 * @param pathPrefix prepended to every request path, without a trailing slash
 */
public record HttpTarget(String host, int port, String hostHeader, String pathPrefix) {

    /**
     * Reads a base URL such as {@code http://127.0.0.1:8080} (http only: the generator speaks plain HTTP/1.1).
     *
     * @param baseUrl the base URL
     * @return the target
     * @throws IllegalArgumentException when the URL is not http or has no host
     */
    public static HttpTarget parse(String baseUrl) {
        URI uri = URI.create(baseUrl);
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("base URL must be http://host[:port][/prefix], not " + baseUrl);
        }
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        String hostHeader = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + port;
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return new HttpTarget(uri.getHost(), port, hostHeader, path);
    }

    /** @return the address to connect to, resolved now */
    public InetSocketAddress address() {
        return new InetSocketAddress(host, port);
    }

    /**
     * @param path a request path (with its query), starting with a slash
     * @return the request target to put on the request line
     */
    public String requestTarget(String path) {
        return pathPrefix + path;
    }
}
