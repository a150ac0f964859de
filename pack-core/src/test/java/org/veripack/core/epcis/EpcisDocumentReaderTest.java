package org.veripack.core.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.epcis.EpcListKind.CHILD_EPCS;
import static org.veripack.core.epcis.EpcListKind.EPC_LIST;
import static org.veripack.core.epcis.RecordingSink.resource;
import static org.veripack.core.epcis.RecordingSink.utf8;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole EPCISDocuments in the shapes of GS1's JSON-LD examples: what the sink receives, and in which order. */
class EpcisDocumentReaderTest {

    static final EpcisDocumentReader READER = new EpcisDocumentReader(100, 10_000);

    /** An EPCISDocument holding the given events (JSON objects). */
    static String document(String... events) {
        return """
                {"@context": ["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],
                 "type": "EPCISDocument", "schemaVersion": "2.0", "creationDate": "2026-03-02T08:00:00Z",
                 "epcisBody": {"eventList": [%s]}}""".formatted(String.join(",", events));
    }

    static final String COMMISSIONING = """
            {"type": "ObjectEvent", "action": "ADD", "bizStep": "commissioning", "disposition": "active",
             "eventTime": "2026-03-01T10:15:30Z", "eventTimeZoneOffset": "+01:00",
             "epcList": ["urn:epc:id:sgtin:0614141.107346.S1", "urn:epc:id:sgtin:0614141.107346.S2"],
             "ilmd": {"cbvmda:lotNumber": "L1", "cbvmda:itemExpirationDate": "2028-02-29"}}""";

    @Test
    void urnDocumentWithContextArrayHeaderAndExtensions() throws IOException {
        RecordingSink sink = new RecordingSink();
        DocumentSummary summary = READER.read(resource("commissioning-and-packing-urn.jsonld"), sink);

        assertThat(summary).isEqualTo(new DocumentSummary("2.0", "2026-03-02T08:00:00.000Z", 2));
        assertThat(sink.events).hasSize(2);
        CapturedEvent commissioning = sink.events.get(0);
        assertThat(commissioning.index()).isZero();
        assertThat(commissioning.type()).isEqualTo("ObjectEvent");
        assertThat(commissioning.action()).isEqualTo("ADD");
        assertThat(commissioning.bizStep()).isEqualTo("commissioning");
        assertThat(commissioning.disposition()).isEqualTo("active");
        assertThat(commissioning.eventId()).startsWith("ni:///sha-256;4c1d");
        assertThat(commissioning.eventTime()).isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
        assertThat(commissioning.eventTimeZoneOffset()).isEqualTo("+01:00");
        assertThat(commissioning.lot()).isEqualTo("LOT-2026-03");
        assertThat(commissioning.expiry()).isEqualTo("2028-02-29");
        assertThat(commissioning.readPoint()).isEqualTo("urn:epc:id:sgln:0614141.00001.0");
        assertThat(commissioning.bizLocation()).isEqualTo("urn:epc:id:sgln:0614141.00001.0");
        assertThat(commissioning.parentId()).isNull();
        assertThat(commissioning.epcCount()).isEqualTo(3);
        assertThat(commissioning.childCount()).isZero();
        assertThat(commissioning.contentHash()).matches("[0-9a-f]{64}");
        assertThat(sink.epcsOf(0, EPC_LIST)).containsExactly("urn:epc:id:sgtin:0614141.107346.SN0001",
                "urn:epc:id:sgtin:0614141.107346.SN0002", "urn:epc:id:sgtin:0614141.107346.SN%2F03");

        CapturedEvent packing = sink.events.get(1);
        assertThat(packing.index()).isEqualTo(1);
        assertThat(packing.type()).isEqualTo("AggregationEvent");
        assertThat(packing.bizStep()).isEqualTo("packing");
        assertThat(packing.disposition()).isEqualTo("in_progress");
        assertThat(packing.parentId()).isEqualTo("urn:epc:id:sscc:0614141.1234567890");
        assertThat(packing.eventId()).isNull();
        assertThat(packing.childCount()).isEqualTo(2);
        assertThat(packing.lot()).isNull();
        assertThat(sink.epcsOf(1, CHILD_EPCS)).hasSize(2);
    }

    @Test
    void digitalLinkDocumentWithTypeLastAndIlmdAfterEpcList() throws IOException {
        RecordingSink sink = new RecordingSink();
        DocumentSummary summary = READER.read(resource("digital-link-type-last.jsonld"), sink);

        assertThat(summary.eventCount()).isEqualTo(3);
        CapturedEvent commissioning = sink.events.get(0);
        assertThat(commissioning.type()).isEqualTo("ObjectEvent");
        assertThat(commissioning.bizStep()).isEqualTo("commissioning");
        assertThat(commissioning.disposition()).isEqualTo("active");
        assertThat(commissioning.lot()).isEqualTo("B7");
        assertThat(commissioning.expiry()).isEqualTo("2027-11-30");
        assertThat(commissioning.eventTime()).isEqualTo(Instant.parse("2026-04-10T14:00:00Z"));
        assertThat(sink.epcsOf(0, EPC_LIST)).containsExactly("https://id.gs1.org/01/70614141123451/21/A1",
                "https://id.gs1.org/01/70614141123451/21/A2");

        CapturedEvent unpacking = sink.events.get(1);
        assertThat(unpacking.action()).isEqualTo("DELETE");
        assertThat(unpacking.bizStep()).isEqualTo("unpacking");
        assertThat(unpacking.eventTimeZoneOffset()).isNull();
        assertThat(unpacking.eventTime()).isEqualTo(Instant.parse("2026-04-12T07:00:00.500Z"));
        assertThat(unpacking.parentId()).isEqualTo("https://id.gs1.org/00/106141412345678908");

        CapturedEvent other = sink.events.get(2);
        assertThat(other.index()).isEqualTo(2);
        assertThat(other.type()).isEqualTo("TransformationEvent");
        assertThat(other.epcCount()).isZero();
        assertThat(sink.epcsOf(2, EPC_LIST)).isEmpty();
    }

    @Test
    void everyIdentifierOfAnEventComesBeforeTheEventAndEventsComeInOrder() throws IOException {
        List<String> calls = new ArrayList<>();
        EventSink sink = new EventSink() {
            @Override
            public void epc(int eventIndex, EpcListKind list, String epc) {
                calls.add("epc " + eventIndex + " " + epc.substring(epc.length() - 2));
            }

            @Override
            public void event(CapturedEvent event) {
                calls.add("event " + event.index());
            }
        };
        READER.read(utf8(document(COMMISSIONING, COMMISSIONING.replace("S1", "T1").replace("S2", "T2"))), sink);
        assertThat(calls).containsExactly("epc 0 S1", "epc 0 S2", "event 0", "epc 1 T1", "epc 1 T2", "event 1");
    }

    @Test
    void identifiersAreStreamedWhateverTheEventTypeSinceTheTypeMayComeLast() throws IOException {
        RecordingSink sink = new RecordingSink();
        READER.read(utf8(document("""
                {"epcList": ["urn:epc:id:sgtin:0614141.107346.X"], "parentID": "urn:epc:id:sscc:0614141.1234567890",
                 "type": "TransactionEvent", "action": "ADD", "eventTime": "2026-01-01T00:00:00Z"}""")), sink);
        assertThat(sink.epcsOf(0, EPC_LIST)).containsExactly("urn:epc:id:sgtin:0614141.107346.X");
        assertThat(sink.events.get(0).type()).isEqualTo("TransactionEvent");
    }

    @Test
    void absentFieldsAreNullAndNullValuesCountAsAbsent() throws IOException {
        RecordingSink sink = new RecordingSink();
        READER.read(utf8(document("{\"type\": \"ObjectEvent\", \"disposition\": null, \"epcList\": null, \"readPoint\": \"urn:x\"}")), sink);
        CapturedEvent event = sink.events.get(0);
        assertThat(event.eventTime()).isNull();
        assertThat(event.action()).isNull();
        assertThat(event.disposition()).isNull();
        assertThat(event.epcCount()).isZero();
        assertThat(event.readPoint()).as("a readPoint given as a bare id").isEqualTo("urn:x");
    }

    @Test
    void emptyEventListIsADocumentWithoutEvents() throws IOException {
        RecordingSink sink = new RecordingSink();
        assertThat(READER.read(utf8(document()), sink).eventCount()).isZero();
        assertThat(sink.events).isEmpty();
    }

    @Test
    void numericSchemaVersionIsKeptAsWritten() throws IOException {
        String json = "{\"type\": \"EPCISDocument\", \"schemaVersion\": 2.0, \"epcisBody\": {\"eventList\": []}}";
        assertThat(READER.read(utf8(json), new RecordingSink()).schemaVersion()).isEqualTo("2.0");
    }

    @Test
    void theCallersStreamIsLeftOpen() throws IOException {
        boolean[] closed = {false};
        java.io.InputStream in = new java.io.FilterInputStream(utf8(document(COMMISSIONING))) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        READER.read(in, new RecordingSink());
        assertThat(closed[0]).isFalse();
    }
}
