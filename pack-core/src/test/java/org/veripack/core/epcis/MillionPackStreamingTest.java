package org.veripack.core.epcis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * One ObjectEvent commissioning 1 000 000 packs, generated while it is read (about 45 MB of JSON, never held
 * whole): the sink gets every identifier, the reader consumes the input as it goes and keeps none of it.
 */
class MillionPackStreamingTest {

    private static final int PACKS = 1_000_000;

    @Test
    void aMillionPackCommissioningIsReadInBoundedMemory() throws IOException {
        GeneratedCommissioning input = new GeneratedCommissioning(PACKS);
        long heapBefore = usedHeapAfterGc();
        long[] heapDuring = {0};
        long[] count = {0};
        long[] mostReadAhead = {0};
        EventSink sink = new EventSink() {
            @Override
            public void epc(int eventIndex, EpcListKind list, String epc) {
                count[0]++;
                // the generator must never have run far ahead of what the sink received: the reader streams
                mostReadAhead[0] = Math.max(mostReadAhead[0], input.generated() - count[0]);
                if (count[0] == PACKS / 2) {
                    heapDuring[0] = usedHeapAfterGc();
                }
            }

            @Override
            public void event(CapturedEvent event) {
                assertThat(event.epcCount()).isEqualTo(PACKS);
                assertThat(event.lot()).isEqualTo("MEGA-LOT");
            }
        };

        DocumentSummary summary = new EpcisDocumentReader(1, PACKS).read(input, sink);

        assertThat(summary.eventCount()).isEqualTo(1);
        assertThat(count[0]).isEqualTo(PACKS);
        assertThat(input.generated()).isEqualTo(PACKS);
        assertThat(mostReadAhead[0]).as("identifiers generated ahead of the sink").isLessThan(2_000);
        // half a million identifiers kept as strings would take some 40 MB
        assertThat(heapDuring[0] - heapBefore).as("heap grown halfway through").isLessThan(16L << 20);
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** Writes an EPCISDocument with one commissioning ObjectEvent, one identifier at a time, as it is read. */
    static final class GeneratedCommissioning extends InputStream {

        private static final byte[] HEAD = ("""
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-02T08:00:00Z",
                 "epcisBody": {"eventList": [{"type": "ObjectEvent", "action": "ADD", "bizStep": "commissioning",
                 "eventTime": "2026-03-01T10:15:30Z", "eventTimeZoneOffset": "+01:00", "epcList": [""")
                .getBytes(StandardCharsets.US_ASCII);
        private static final byte[] TAIL = "], \"ilmd\": {\"cbvmda:lotNumber\": \"MEGA-LOT\", \"cbvmda:itemExpirationDate\": \"2029-12-31\"}}]}}"
                .getBytes(StandardCharsets.US_ASCII);

        private final int packs;
        private byte[] chunk = HEAD;
        private int position;
        private int generated;
        private boolean tailSent;

        GeneratedCommissioning(int packs) {
            this.packs = packs;
        }

        long generated() {
            return generated;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == chunk.length && !nextChunk()) {
                return -1;
            }
            int n = Math.min(length, chunk.length - position);
            System.arraycopy(chunk, position, buffer, offset, n);
            position += n;
            return n;
        }

        private boolean nextChunk() {
            if (generated < packs) {
                String epc = (generated == 0 ? "" : ",") + "\"urn:epc:id:sgtin:0614141.107346." + String.format("%09d", generated) + "\"";
                chunk = epc.getBytes(StandardCharsets.US_ASCII);
                generated++;
            } else if (!tailSent) {
                chunk = TAIL;
                tailSent = true;
            } else {
                return false;
            }
            position = 0;
            return true;
        }
    }
}
