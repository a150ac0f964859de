package org.veripack.loadtests.open;

import java.nio.ByteBuffer;

/**
 * Reads HTTP/1.1 responses incrementally, as bytes arrive: the status line, the three headers that frame the body
 * ({@code Content-Length}, {@code Transfer-Encoding: chunked}, {@code Connection: close}) and the body, which is
 * skipped without being copied. Interim 1xx responses are skipped. One parser per connection, reused.
 */
final class ResponseParser {

    /** {@link #parse} and {@link #endOfStream} results. */
    static final int NEED_MORE = 0;
    static final int COMPLETE = 1;
    static final int MALFORMED = 2;

    private static final int STATUS_LINE = 0;
    private static final int HEADER_LINE = 1;
    private static final int FIXED_BODY = 2;
    private static final int CHUNK_SIZE_LINE = 3;
    private static final int CHUNK_DATA = 4;
    private static final int CHUNK_DATA_END = 5;
    private static final int TRAILER_LINE = 6;
    private static final int BODY_UNTIL_CLOSE = 7;

    /** Longer lines are cut: only the start of a line matters here. */
    private final byte[] line = new byte[1024];
    private int lineLength;
    private int state;
    private boolean noBody;
    private int status;
    private long contentLength;
    private boolean chunked;
    private boolean connectionClose;
    private long remaining;

    /**
     * Prepares for the response to a new request.
     *
     * @param headRequest whether the request was HEAD (its response has no body whatever its headers say)
     */
    void reset(boolean headRequest) {
        noBody = headRequest;
        state = STATUS_LINE;
        startResponse();
    }

    private void startResponse() {
        lineLength = 0;
        status = 0;
        contentLength = -1;
        chunked = false;
        connectionClose = false;
        remaining = 0;
    }

    /** @return the status code of the response read (valid after COMPLETE) */
    int status() {
        return status;
    }

    /** @return whether the server closes the connection after this response */
    boolean connectionClose() {
        return connectionClose;
    }

    /** @return whether any byte of a response has arrived since {@link #reset} */
    boolean started() {
        return state != STATUS_LINE || lineLength > 0;
    }

    /**
     * Consumes bytes from the buffer up to the end of the response.
     *
     * @param in bytes read, between position and limit; position is moved past what was consumed
     * @return NEED_MORE, COMPLETE (bytes after the response stay in the buffer) or MALFORMED
     */
    int parse(ByteBuffer in) {
        while (in.hasRemaining()) {
            switch (state) {
                case FIXED_BODY, CHUNK_DATA -> {
                    int skip = (int) Math.min(remaining, in.remaining());
                    in.position(in.position() + skip);
                    remaining -= skip;
                    if (remaining == 0) {
                        if (state == FIXED_BODY) {
                            return COMPLETE;
                        }
                        state = CHUNK_DATA_END;
                    }
                }
                case BODY_UNTIL_CLOSE -> in.position(in.limit());
                default -> {
                    if (readLine(in)) {
                        int result = onLine();
                        lineLength = 0;
                        if (result != NEED_MORE) {
                            return result;
                        }
                    }
                }
            }
        }
        return NEED_MORE;
    }

    /** @return COMPLETE when the body runs until the connection closes, MALFORMED when the response was cut */
    int endOfStream() {
        return state == BODY_UNTIL_CLOSE ? COMPLETE : MALFORMED;
    }

    /** Appends up to the end of the line; true when the line (without CR LF) is complete. */
    private boolean readLine(ByteBuffer in) {
        while (in.hasRemaining()) {
            byte b = in.get();
            if (b == '\n') {
                if (lineLength > 0 && lineLength <= line.length && line[lineLength - 1] == '\r') {
                    lineLength--;
                }
                return true;
            }
            if (lineLength < line.length) {
                line[lineLength] = b;
            }
            lineLength++;
        }
        return false;
    }

    private int onLine() {
        int length = Math.min(lineLength, line.length);
        switch (state) {
            case STATUS_LINE -> {
                if (length < 12 || !startsWith("HTTP/1.") || line[8] != ' ') {
                    return MALFORMED;
                }
                status = digit(9) * 100 + digit(10) * 10 + digit(11);
                if (status < 100) {
                    return MALFORMED;
                }
                state = HEADER_LINE;
            }
            case HEADER_LINE -> {
                return length == 0 ? endOfHeaders() : onHeader(length);
            }
            case CHUNK_SIZE_LINE -> {
                long size = parseLong(0, length, 16);
                if (size < 0) {
                    return MALFORMED;
                }
                remaining = size;
                state = size == 0 ? TRAILER_LINE : CHUNK_DATA;
            }
            case CHUNK_DATA_END -> {
                if (length != 0) {
                    return MALFORMED;
                }
                state = CHUNK_SIZE_LINE;
            }
            case TRAILER_LINE -> {
                if (length == 0) {
                    return COMPLETE;
                }
            }
            default -> throw new IllegalStateException("state " + state);
        }
        return NEED_MORE;
    }

    private int endOfHeaders() {
        if (status < 200 && status != 101) {
            startResponse(); // 100 Continue and friends: the real response follows
            state = STATUS_LINE;
            return NEED_MORE;
        }
        if (noBody || status == 204 || status == 304) {
            return COMPLETE;
        }
        if (chunked) {
            state = CHUNK_SIZE_LINE;
        } else if (contentLength >= 0) {
            if (contentLength == 0) {
                return COMPLETE;
            }
            remaining = contentLength;
            state = FIXED_BODY;
        } else {
            connectionClose = true;
            state = BODY_UNTIL_CLOSE;
        }
        return NEED_MORE;
    }

    private int onHeader(int length) {
        int colon = indexOf((byte) ':', length);
        if (colon < 0) {
            return MALFORMED;
        }
        int valueStart = colon + 1;
        while (valueStart < length && (line[valueStart] == ' ' || line[valueStart] == '\t')) {
            valueStart++;
        }
        int valueEnd = length;
        while (valueEnd > valueStart && (line[valueEnd - 1] == ' ' || line[valueEnd - 1] == '\t')) {
            valueEnd--;
        }
        if (nameIs("content-length", colon)) {
            contentLength = parseLong(valueStart, valueEnd, 10);
            if (contentLength < 0) {
                return MALFORMED;
            }
        } else if (nameIs("transfer-encoding", colon)) {
            chunked = containsIgnoreCase("chunked", valueStart, valueEnd);
        } else if (nameIs("connection", colon)) {
            connectionClose = containsIgnoreCase("close", valueStart, valueEnd);
        }
        return NEED_MORE;
    }

    private boolean startsWith(String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (line[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int digit(int at) {
        int d = line[at] - '0';
        return d >= 0 && d <= 9 ? d : -1000;
    }

    private int indexOf(byte b, int length) {
        for (int i = 0; i < length; i++) {
            if (line[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private boolean nameIs(String lowerCaseName, int nameLength) {
        if (nameLength != lowerCaseName.length()) {
            return false;
        }
        for (int i = 0; i < nameLength; i++) {
            if ((line[i] | 0x20) != lowerCaseName.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean containsIgnoreCase(String lowerCaseWord, int from, int to) {
        outer:
        for (int start = from; start + lowerCaseWord.length() <= to; start++) {
            for (int i = 0; i < lowerCaseWord.length(); i++) {
                if ((line[start + i] | 0x20) != lowerCaseWord.charAt(i)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Digits up to the end or to a ';' (chunk extensions); -1 when there are none or they are not digits. */
    private long parseLong(int from, int to, int radix) {
        long value = 0;
        int digits = 0;
        for (int i = from; i < to && line[i] != ';' && line[i] != ' '; i++) {
            int d = Character.digit(line[i], radix);
            if (d < 0 || digits > 15) {
                return -1;
            }
            value = value * radix + d;
            digits++;
        }
        return digits == 0 ? -1 : value;
    }
}
