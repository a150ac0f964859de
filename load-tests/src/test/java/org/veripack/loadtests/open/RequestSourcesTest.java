package org.veripack.loadtests.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestSourcesTest {

    private static final HttpTarget TARGET = HttpTarget.parse("http://127.0.0.1:8080");

    private static String text(byte[] request) {
        return new String(request, StandardCharsets.UTF_8);
    }

    @Test
    void encodesAWholeRequest() {
        byte[] request = HttpRequestBytes.request(HttpTarget.parse("http://svc:9000/base/"), "POST", "/v1?a=b")
                .bearer("t.o.k").json("{\"é\":1}").encode();
        assertEquals("POST /base/v1?a=b HTTP/1.1\r\nHost: svc:9000\r\nAuthorization: Bearer t.o.k\r\n"
                + "Content-Type: application/json\r\nContent-Length: 8\r\n\r\n{\"é\":1}", text(request));
    }

    @Test
    void fixedGetIsOneArray() {
        FixedRequestSource floor = FixedRequestSource.get(TARGET, "/internal/floor/redis-get?key=floor");
        assertEquals("GET /internal/floor/redis-get?key=floor HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n\r\n", text(floor.next(0)));
        assertSame(floor.next(0), floor.next(12345));
    }

    @Test
    void templateCyclesValuesAndTokensFromPreEncodedRequests() {
        TemplateRequestSource source = TemplateRequestSource.builder(TARGET, "POST", "/v/%SERIAL%?x=%2F")
                .body("{\"serial\":\"%SERIAL%\",\"n\":\"%NOPE%\"}").values(RequestValues.of("SERIAL", List.of("A", "B", "C")))
                .tokens(List.of("t1.a.b", "t2.a.b")).build();
        assertTrue(source.isPreEncoded());
        String first = text(source.next(0));
        assertTrue(first.startsWith("POST /v/A?x=%2F HTTP/1.1\r\n"), first);
        assertTrue(first.contains("Authorization: Bearer t1.a.b\r\n"), first);
        assertTrue(first.endsWith("\r\n\r\n{\"serial\":\"A\",\"n\":\"%NOPE%\"}"), first);
        assertTrue(first.contains("Content-Length: 27\r\n"), first);
        String second = text(source.next(1));
        assertTrue(second.contains("Bearer t2.a.b") && second.contains("\"B\""), second);
        assertSame(source.next(0), source.next(3), "period max(2 tokens, 3 values) = 3");
        assertEquals(Long.MAX_VALUE, source.capacity());
    }

    @Test
    void eachOnceUsesEveryRowOnceThenRunsOut(@TempDir Path dir) throws IOException {
        Path packs = Files.writeString(dir.resolve("packs.csv"), "gtin,serial\n0123,S1\n0123,S2\n");
        Path tokens = Files.writeString(dir.resolve("tokens.csv"), "token\nh.p.s\n");
        RequestSpec spec = RequestSpec.parse("post /d body={\"g\":\"%gtin%\",\"s\":\"%serial%\"} csv=" + packs
                + " tokens=" + tokens + " order=once weight=3 header=X-Bench:yes", TARGET);
        assertEquals(3, spec.weight());
        assertEquals(2, spec.source().capacity());
        String first = text(spec.source().next(0));
        assertTrue(first.startsWith("POST /d HTTP/1.1") && first.endsWith("{\"g\":\"0123\",\"s\":\"S1\"}"), first);
        assertTrue(first.contains("X-Bench: yes\r\n") && first.contains("Bearer h.p.s\r\n"), first);
        assertTrue(text(spec.source().next(1)).endsWith("\"S2\"}"));
        assertThrows(IllegalStateException.class, () -> spec.source().next(2));
    }

    @Test
    void mixKeepsTheExactSharesInEveryCycle() {
        RequestSource a = i -> ("a" + i).getBytes(StandardCharsets.US_ASCII);
        RequestSource b = i -> ("b" + i).getBytes(StandardCharsets.US_ASCII);
        RequestSource c = i -> ("c" + i).getBytes(StandardCharsets.US_ASCII);
        WeightedMixSource mix = WeightedMixSource.builder().add(70, a).add(25, b).add(5, c).build();
        Map<Character, Integer> counts = new HashMap<>();
        String last = null;
        for (int i = 0; i < 20; i++) {
            last = text(mix.next(i));
            counts.merge(last.charAt(0), 1, Integer::sum);
        }
        assertEquals(Map.of('a', 14, 'b', 5, 'c', 1), counts, "70:25:5 reduces to 14:5:1");
        assertTrue(last.endsWith(String.valueOf(counts.get(last.charAt(0)) - 1)), "each source counts its own requests");
    }

    @Test
    void mixRunsOutWithItsFirstSource() {
        RequestSource limited = new RequestSource() {
            @Override
            public byte[] next(long i) {
                return new byte[0];
            }

            @Override
            public long capacity() {
                return 100;
            }
        };
        WeightedMixSource mix = WeightedMixSource.builder().add(3, i -> new byte[0]).add(1, limited).build();
        assertEquals(400, mix.capacity());
    }

    @Test
    void readsDurations() {
        assertEquals(250_000, OpenLoad.duration("250us").toNanos());
        assertEquals(1_500_000_000L, OpenLoad.duration("1.5s").toNanos());
        assertEquals(20_000_000_000L, OpenLoad.duration("20").toNanos());
        assertEquals(120_000_000_000L, OpenLoad.duration("2m").toNanos());
        assertEquals(5_000_000L, OpenLoad.duration("5ms").toNanos());
    }
}
