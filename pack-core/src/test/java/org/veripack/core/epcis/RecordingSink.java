package org.veripack.core.epcis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything it receives, in order, for the reader's tests. */
final class RecordingSink implements EventSink {

    record Epc(int eventIndex, EpcListKind list, String epc) {
    }

    final List<Epc> epcs = new ArrayList<>();
    final List<CapturedEvent> events = new ArrayList<>();

    @Override
    public void epc(int eventIndex, EpcListKind list, String epc) {
        epcs.add(new Epc(eventIndex, list, epc));
    }

    @Override
    public void event(CapturedEvent event) {
        events.add(event);
    }

    List<String> epcsOf(int eventIndex, EpcListKind list) {
        return epcs.stream().filter(e -> e.eventIndex() == eventIndex && e.list() == list).map(Epc::epc).toList();
    }

    static InputStream utf8(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream resource(String name) {
        InputStream in = RecordingSink.class.getResourceAsStream("/epcis/" + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no test resource /epcis/" + name));
        }
        return in;
    }
}
