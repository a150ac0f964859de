package org.veripack.loadtests.open;

/** Why a request got no HTTP response (any status, 5xx included, is a response, not an error). */
public enum ErrorKind {
    /** A connection attempt failed (refused, unreachable, timed out): counts attempts, not requests. */
    CONNECT("connect"),
    /** The connection broke while the request was in flight (reset, broken pipe). */
    RESET("reset"),
    /** The server closed the connection before the whole response. */
    CLOSED("closed"),
    /** No whole response within the request timeout; the connection was replaced. */
    TIMEOUT("timeout"),
    /** Bytes that are not an HTTP/1.1 response, or bytes nobody asked for. */
    BAD_RESPONSE("bad-response"),
    /** Dropped unsent because more requests than the queue bound were waiting for a connection. */
    QUEUE_FULL("queue-full"),
    /** Still unsent or unanswered when the run ended (the request timeout after the last intended start). */
    UNFINISHED("unfinished");

    private final String label;

    ErrorKind(String label) {
        this.label = label;
    }

    /** @return the name used in the report */
    public String label() {
        return label;
    }
}
