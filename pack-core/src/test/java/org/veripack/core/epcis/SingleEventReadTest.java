package org.veripack.core.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.veripack.core.epcis.EpcisDocumentReaderTest.COMMISSIONING;
import static org.veripack.core.epcis.EpcisDocumentReaderTest.READER;
import static org.veripack.core.epcis.EpcisDocumentReaderTest.document;
import static org.veripack.core.epcis.RecordingSink.utf8;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/** POST /epcis/events: one event object, or an EPCISDocument holding exactly one. */
class SingleEventReadTest {

    @Test
    void aBareEventWithItsContextIsEventZero() throws IOException {
        RecordingSink sink = new RecordingSink();
        String body = COMMISSIONING.replaceFirst("\\{", "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\","
                + " {\"acme\": \"https://acme.example/\"}], \"eventID\": \"urn:uuid:5b1c3a4e-0000-4000-8000-000000000001\",");
        READER.readSingleEvent(utf8(body), sink);
        assertThat(sink.events).hasSize(1);
        CapturedEvent event = sink.events.get(0);
        assertThat(event.index()).isZero();
        assertThat(event.type()).isEqualTo("ObjectEvent");
        assertThat(event.eventId()).isEqualTo("urn:uuid:5b1c3a4e-0000-4000-8000-000000000001");
        assertThat(event.lot()).isEqualTo("L1");
        assertThat(sink.epcs).hasSize(2);
    }

    @Test
    void aDocumentHoldingOneEventGivesTheSameEvent() throws IOException {
        RecordingSink bare = new RecordingSink();
        READER.readSingleEvent(utf8(COMMISSIONING), bare);
        RecordingSink wrapped = new RecordingSink();
        READER.readSingleEvent(utf8(document(COMMISSIONING)), wrapped);
        assertThat(wrapped.events).isEqualTo(bare.events);
        assertThat(wrapped.epcs).isEqualTo(bare.epcs);
    }

    @Test
    void typeMayComeLastInABareEvent() throws IOException {
        RecordingSink sink = new RecordingSink();
        READER.readSingleEvent(utf8("{\"childEPCs\": [\"x\"], \"action\": \"ADD\", \"type\": \"AggregationEvent\"}"), sink);
        assertThat(sink.events.get(0).type()).isEqualTo("AggregationEvent");
        assertThat(sink.events.get(0).childCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|it has no type",
        "{\"action\": \"ADD\"}|it has no type",
        "{\"type\": \"EPCISDocument\"}|it has no epcisBody",
        "[]|not a JSON object",
        "{\"type\": \"ObjectEvent\"|not valid JSON",
        "{\"type\": \"EPCISDocument\", \"epcisBody\": {\"eventList\": []}}|holds no event",
        "{\"type\": \"ObjectEvent\", \"epcisBody\": {\"eventList\": []}}|type is 'ObjectEvent', not EPCISDocument",
        "{\"epcisBody\": {\"eventList\": []}}|has no \"type\"",
        "{\"type\": \"EPCISDocument\", \"action\": \"ADD\", \"epcisBody\": {\"eventList\": [{}]}}|mixes an EPCISDocument with the event field 'action'"
    })
    void bodiesThatAreNeitherAnEventNorADocumentOfOneAreRefused(String body, String why) {
        Refusal refusal = refusal(body);
        assertThat(refusal.reason()).isEqualTo(Reason.MALFORMED_DOCUMENT);
        assertThat(refusal.getMessage()).contains(why).contains("send");
    }

    @Test
    void aDocumentOfSeveralEventsIsSentToCaptureBeforeTheSecondIsRead() {
        RecordingSink sink = new RecordingSink();
        Refusal refusal = catchThrowableOfType(Refusal.class,
                () -> READER.readSingleEvent(utf8(document(COMMISSIONING, COMMISSIONING)), sink));
        assertThat(refusal.getMessage()).contains("several events").contains("/epcis/capture");
        assertThat(sink.events).hasSize(1);
        assertThat(sink.epcs).hasSize(2);
    }

    @Test
    void theIdentifierLimitHoldsForASingleEvent() {
        EpcisDocumentReader one = new EpcisDocumentReader(10, 1);
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> one.readSingleEvent(utf8(COMMISSIONING), new RecordingSink()));
        assertThat(refusal.reason()).isEqualTo(Reason.DOCUMENT_TOO_LARGE);
        assertThat(refusal.getMessage()).startsWith("event 0 lists more than 1 identifiers");
    }

    private static Refusal refusal(String body) {
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> READER.readSingleEvent(utf8(body), new RecordingSink()));
        assertThat(refusal).as("a refusal of %s", body).isNotNull();
        return refusal;
    }
}
