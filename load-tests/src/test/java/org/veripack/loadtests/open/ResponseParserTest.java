package org.veripack.loadtests.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ResponseParserTest {

    private final ResponseParser parser = new ResponseParser();

    /** Feeds the response in pieces of {@code piece} bytes; returns the result and leaves what follows unread. */
    private int feed(String response, int piece, boolean head) {
        parser.reset(head);
        byte[] bytes = response.getBytes(StandardCharsets.ISO_8859_1);
        int result = ResponseParser.NEED_MORE;
        for (int from = 0; from < bytes.length && result == ResponseParser.NEED_MORE; from += piece) {
            ByteBuffer in = ByteBuffer.wrap(bytes, from, Math.min(piece, bytes.length - from));
            result = parser.parse(in);
            if (result == ResponseParser.COMPLETE) {
                assertEquals(bytes.length, in.position(), "a complete response consumes exactly its bytes");
            }
        }
        return result;
    }

    @Test
    void contentLengthWholeAndByteByByte() {
        String response = "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\ncontent-LENGTH:  7 \r\n\r\n{\"a\":1}";
        for (int piece : new int[] {1, 3, 1000}) {
            assertEquals(ResponseParser.COMPLETE, feed(response, piece, false), "pieces of " + piece);
            assertEquals(201, parser.status());
            assertFalse(parser.connectionClose());
        }
    }

    @Test
    void chunkedWithExtensionsAndTrailers() {
        String response = "HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n"
                + "5\r\nhello\r\n6;ext=1\r\n world\r\n10\r\n0123456789abcdef\r\n0\r\nX-Trailer: y\r\n\r\n";
        for (int piece : new int[] {1, 2, 7, 1000}) {
            assertEquals(ResponseParser.COMPLETE, feed(response, piece, false), "pieces of " + piece);
        }
    }

    @Test
    void connectionCloseAndBodyUntilClose() {
        assertEquals(ResponseParser.COMPLETE,
                feed("HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 0\r\n\r\n", 5, false));
        assertTrue(parser.connectionClose());
        assertEquals(ResponseParser.NEED_MORE, feed("HTTP/1.1 200 OK\r\n\r\nuntil the end", 4, false));
        assertTrue(parser.connectionClose());
        assertEquals(ResponseParser.COMPLETE, parser.endOfStream());
    }

    @Test
    void noBodyFor204And304AndHead() {
        assertEquals(ResponseParser.COMPLETE, feed("HTTP/1.1 204 No Content\r\n\r\n", 100, false));
        assertEquals(ResponseParser.COMPLETE, feed("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n", 100, false));
        assertEquals(ResponseParser.COMPLETE, feed("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", 100, true));
    }

    @Test
    void interimResponsesAreSkipped() {
        assertEquals(ResponseParser.COMPLETE,
                feed("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok", 3, false));
        assertEquals(200, parser.status());
    }

    @Test
    void malformedAndCutResponses() {
        assertEquals(ResponseParser.MALFORMED, feed("SMTP ready\r\n", 100, false));
        assertEquals(ResponseParser.MALFORMED, feed("HTTP/1.1 2x0 OK\r\n", 100, false));
        assertEquals(ResponseParser.MALFORMED, feed("HTTP/1.1 200 OK\r\nContent-Length: many\r\n\r\n", 100, false));
        assertEquals(ResponseParser.NEED_MORE, feed("HTTP/1.1 200 OK\r\nContent-Length: 9\r\n\r\nabc", 100, false));
        assertTrue(parser.started());
        assertEquals(ResponseParser.MALFORMED, parser.endOfStream());
    }

    @Test
    void bytesAfterTheResponseStayInTheBuffer() {
        parser.reset(false);
        ByteBuffer in = ByteBuffer.wrap("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokEXTRA".getBytes(StandardCharsets.US_ASCII));
        assertEquals(ResponseParser.COMPLETE, parser.parse(in));
        assertEquals(5, in.remaining());
    }
}
