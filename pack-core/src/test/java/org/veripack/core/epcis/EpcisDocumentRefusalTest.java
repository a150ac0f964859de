package org.veripack.core.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.veripack.core.epcis.EpcisDocumentReaderTest.COMMISSIONING;
import static org.veripack.core.epcis.EpcisDocumentReaderTest.READER;
import static org.veripack.core.epcis.EpcisDocumentReaderTest.document;
import static org.veripack.core.epcis.RecordingSink.utf8;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/** Bodies that are not an EPCISDocument, documents over a limit, and text PostgreSQL cannot store. */
class EpcisDocumentRefusalTest {

    @Test
    void notJsonIsRefusedWithLineAndColumn() {
        Refusal refusal = refusal(READER, "{\n  \"type\": \"EPCISDocument\",\n  \"epcisBody\": {\"eventList\": [}\n}");
        assertThat(refusal.reason()).isEqualTo(Reason.MALFORMED_DOCUMENT);
        assertThat(refusal.getMessage()).contains("not valid JSON at line 3, column").contains("send an EPCISDocument");
    }

    @ParameterizedTest
    @ValueSource(strings = {"<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\"/>", "type=EPCISDocument", "{\"type\": \"EPCISDocument\""})
    void xmlFormsAndTruncatedJsonAreNotJson(String body) {
        assertThat(refusal(READER, body).getMessage()).contains("not valid JSON at line 1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|the body is empty",
        "[]|the body is an array, not a JSON object",
        "'\"EPCISDocument\"'|the body is a string, not a JSON object",
        "{}|has no \"type\"",
        "{\"foo\": \"bar\"}|has no \"type\"",
        "{\"type\": \"EPCISDocument\"}|has no epcisBody.eventList",
        "{\"type\": \"EPCISDocument\", \"epcisBody\": {}}|has no epcisBody.eventList",
        "{\"type\": \"EPCISQueryDocument\", \"epcisBody\": {\"queryResults\": {}}}|type is 'EPCISQueryDocument', not EPCISDocument",
        "{\"type\": \"ObjectEvent\", \"action\": \"ADD\"}|type is 'ObjectEvent', not EPCISDocument",
        "{\"type\": 7}|type must be a string, got a number",
        "{\"type\": \"EPCISDocument\", \"epcisBody\": []}|epcisBody must be an object holding eventList, got an array",
        "{\"type\": \"EPCISDocument\", \"epcisBody\": {\"eventList\": {}}}|epcisBody.eventList must be an array of events, got an object",
        "{\"type\": \"EPCISDocument\", \"epcisBody\": {\"eventList\": [\"e\"]}}|epcisBody.eventList[0] must be an event object, got a string",
        "{\"type\": \"EPCISDocument\", \"epcisBody\": {\"eventList\": []}} {}|goes on after its JSON object",
        "{\"type\": \"EPCISDocument\", \"type\": \"EPCISDocument\", \"epcisBody\": {\"eventList\": []}}|Duplicate field 'type'"
    })
    void bodiesThatAreNoEpcisDocumentAreRefusedSayingWhatToSend(String body, String why) {
        Refusal refusal = refusal(READER, body);
        assertThat(refusal.reason()).isEqualTo(Reason.MALFORMED_DOCUMENT);
        assertThat(refusal.getMessage()).contains(why).contains("send");
    }

    @Test
    void aWrongTypeWrittenFirstStopsTheReadingBeforeAnyEvent() {
        RecordingSink sink = new RecordingSink();
        String body = document(COMMISSIONING).replace("\"type\": \"EPCISDocument\"", "\"type\": \"EPCISMasterDataDocument\"");
        catchThrowableOfType(Refusal.class, () -> READER.read(utf8(body), sink));
        assertThat(sink.epcs).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"epcList\": \"urn:epc:id:sgtin:0614141.107346.S1\"|event 0: epcList must be an array of EPC URIs, got a string",
        "\"epcList\": [\"urn:epc:id:sgtin:0614141.107346.S1\", 42]|event 0: epcList[1] must be a string",
        "\"childEPCs\": [{\"id\": \"x\"}]|event 0: childEPCs[0] must be a string",
        "\"action\": [\"ADD\"]|event 0: action must be a string, got an array",
        "\"eventTime\": \"2026-03-01T10:15:30\"|event 0: eventTime '2026-03-01T10:15:30' is not a date-time with an offset",
        "\"eventTime\": \"yesterday\"|event 0: eventTime 'yesterday'",
        "\"ilmd\": \"L1\"|event 0: ilmd must be an object",
        "\"ilmd\": {\"cbvmda:lotNumber\": 12}|event 0: ilmd cbvmda:lotNumber must be a string, got a number",
        "\"readPoint\": {\"id\": true}|event 0: readPoint.id must be a string, got a boolean"
    })
    void keptFieldsOfTheWrongShapeAreRefusedNamingTheEvent(String field, String why) {
        Refusal refusal = refusal(READER, document("{\"type\": \"ObjectEvent\", " + field + "}"));
        assertThat(refusal.reason()).isEqualTo(Reason.MALFORMED_DOCUMENT);
        assertThat(refusal.getMessage()).startsWith(why);
    }

    @Test
    void duplicateKeyInAnEventIsMalformed() {
        String event = "{\"type\": \"ObjectEvent\", \"epcList\": [\"a\"], \"epcList\": [\"b\"]}";
        assertThat(refusal(READER, document(event)).getMessage()).contains("Duplicate field 'epcList'").contains("line 3");
    }

    @Test
    void moreEventsThanTheCaptureLimitAreRefusedNamingTheLimit() {
        EpcisDocumentReader twoEvents = new EpcisDocumentReader(2, 100);
        Refusal refusal = refusal(twoEvents, document(COMMISSIONING, COMMISSIONING, COMMISSIONING));
        assertThat(refusal.reason()).isEqualTo(Reason.DOCUMENT_TOO_LARGE);
        assertThat(refusal.getMessage()).contains("more than 2 events").contains("GS1-EPCIS-Capture-Limit");
        assertThat(refusal.facts()).containsEntry("limit", 2);
    }

    @Test
    void exactlyTheLimitsAreAccepted() throws Exception {
        EpcisDocumentReader limits = new EpcisDocumentReader(2, 2);
        assertThat(limits.read(utf8(document(COMMISSIONING, COMMISSIONING)), new RecordingSink()).eventCount()).isEqualTo(2);
    }

    @Test
    void moreIdentifiersInOneEventThanAllowedAreRefusedCountingBothLists() {
        EpcisDocumentReader three = new EpcisDocumentReader(10, 3);
        String event = "{\"epcList\": [\"a\", \"b\"], \"childEPCs\": [\"c\", \"d\"], \"type\": \"AggregationEvent\"}";
        Refusal refusal = refusal(three, document(COMMISSIONING, event));
        assertThat(refusal.reason()).isEqualTo(Reason.DOCUMENT_TOO_LARGE);
        assertThat(refusal.getMessage()).startsWith("event 1 lists more than 3 identifiers");
        assertThat(refusal.facts()).containsEntry("limit", 3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\": \"ObjectEvent\", \"ilmd\": {\"cbvmda:lotNumber\": \"L\\u00001\"}}|event 0: ilmd cbvmda:lotNumber holds the character U+0000",
        "{\"type\": \"ObjectEvent\", \"epcList\": [\"urn:epc:id:sgtin:0614141.107346.\\u0000\"]}|event 0: epcList[0] holds the character U+0000",
        "{\"type\": \"ObjectEvent\", \"acme:note\": {\"acme:deep\": \"x\\u0000\"}}|event 0: 'acme:note' (at 'acme:deep') holds the character U+0000",
        "{\"type\": \"ObjectEvent\", \"acme:\\u0000\": 1}|event 0: a key holds the character U+0000",
        "{\"type\": \"ObjectEvent\", \"eventID\": \"\\ud800x\"}|event 0: eventID holds an unpaired surrogate U+D800",
        "{\"type\": \"ObjectEvent\", \"parentID\": \"\\udc00\"}|event 0: parentID holds an unpaired surrogate U+DC00"
    })
    void textPostgresqlCannotStoreIsRefusedNamingTheField(String event, String why) {
        Refusal refusal = refusal(READER, document(event));
        assertThat(refusal.reason()).isEqualTo(Reason.INVALID_REQUEST);
        assertThat(refusal.getMessage()).startsWith(why);
    }

    @Test
    void textPostgresqlCannotStoreIsRefusedInTheHeaderToo() {
        String body = document().replace("\"schemaVersion\"", "\"epcisHeader\": {\"x\": [{\"y\": \"a\\u0000\"}]}, \"schemaVersion\"");
        assertThat(refusal(READER, body).getMessage()).startsWith("the document: 'epcisHeader' (at 'y') holds the character U+0000");
    }

    @Test
    void aPairedSurrogateIsAnOrdinaryCharacter() throws Exception {
        RecordingSink sink = new RecordingSink();
        READER.read(utf8(document("{\"type\": \"ObjectEvent\", \"eventID\": \"\\ud83d\\udc8a pill\"}")), sink);
        assertThat(sink.events.get(0).eventId()).isEqualTo("\uD83D\uDC8A pill");
    }

    static Refusal refusal(EpcisDocumentReader reader, String body) {
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> reader.read(utf8(body), new RecordingSink()));
        assertThat(refusal).as("a refusal of %s", body).isNotNull();
        return refusal;
    }
}
