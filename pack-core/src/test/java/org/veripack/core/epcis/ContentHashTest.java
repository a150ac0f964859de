package org.veripack.core.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.epcis.EpcisDocumentReaderTest.COMMISSIONING;
import static org.veripack.core.epcis.EpcisDocumentReaderTest.READER;
import static org.veripack.core.epcis.RecordingSink.utf8;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The content hash recognises the same event sent again, and nothing else. */
class ContentHashTest {

    private static final String HASH = hash(COMMISSIONING);

    @Test
    void sameEventUnderAnotherEventIdOrRecordTimeHasTheSameHash() {
        assertThat(hash(COMMISSIONING.replaceFirst("\\{", "{\"eventID\": \"urn:uuid:1\", \"recordTime\": \"2026-03-01T10:16:00Z\",")))
                .isEqualTo(hash(COMMISSIONING.replaceFirst("\\{", "{\"eventID\": \"urn:uuid:2\", \"recordTime\": \"2026-03-09T00:00:00Z\",")))
                .isEqualTo(HASH);
    }

    @Test
    void keyOrderCbvFormsInstantNotationAndSkippedFieldsDoNotChangeTheHash() {
        String rewritten = """
                {"ilmd": {"cbvmda:itemExpirationDate": "2028-02-29", "urn:epcglobal:cbv:mda:lotNumber": "L1", "acme:x": 1},
                 "epcList": ["urn:epc:id:sgtin:0614141.107346.S1", "urn:epc:id:sgtin:0614141.107346.S2"],
                 "eventTimeZoneOffset": "+01:00", "eventTime": "2026-03-01T11:15:30.000+01:00",
                 "disposition": "https://ref.gs1.org/cbv/Disp-active", "bizStep": "urn:epcglobal:cbv:bizstep:commissioning",
                 "acme:ext": {"a": [1, 2]}, "action": "ADD", "type": "ObjectEvent"}""";
        assertThat(hash(rewritten)).isEqualTo(HASH);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sgtin:0614141.107346.S2\"]|sgtin:0614141.107346.S3\"]",
        "\"urn:epc:id:sgtin:0614141.107346.S1\", \"urn:epc:id:sgtin:0614141.107346.S2\"|\"urn:epc:id:sgtin:0614141.107346.S2\", \"urn:epc:id:sgtin:0614141.107346.S1\"",
        "\"urn:epc:id:sgtin:0614141.107346.S1\", |''",
        "\"epcList\"|\"childEPCs\"",
        "\"L1\"|\"L2\"",
        "2028-02-29|2028-02-28",
        "10:15:30Z|10:15:31Z",
        "\"+01:00\"|\"+02:00\"",
        "\"ADD\"|\"OBSERVE\"",
        "\"active\"|\"inactive\"",
        "\"ObjectEvent\"|\"TransactionEvent\""
    })
    void anyChangeOfWhatTheEventSaysChangesTheHash(String from, String to) {
        String changed = COMMISSIONING.replace(from, to);
        assertThat(changed).isNotEqualTo(COMMISSIONING);
        assertThat(hash(changed)).isNotEqualTo(HASH);
    }

    @Test
    void fieldBoundariesAreUnambiguous() {
        String a = "{\"type\": \"ObjectEvent\", \"readPoint\": {\"id\": \"ab\"}, \"bizLocation\": {\"id\": \"c\"}}";
        String b = "{\"type\": \"ObjectEvent\", \"readPoint\": {\"id\": \"a\"}, \"bizLocation\": {\"id\": \"bc\"}}";
        String absent = "{\"type\": \"ObjectEvent\"}";
        String empty = "{\"type\": \"ObjectEvent\", \"readPoint\": {\"id\": \"\"}}";
        assertThat(hash(a)).isNotEqualTo(hash(b));
        assertThat(hash(absent)).isNotEqualTo(hash(empty));
        assertThat(hash("{\"epcList\": [\"ab\", \"c\"]}")).isNotEqualTo(hash("{\"epcList\": [\"a\", \"bc\"]}"));
        assertThat(hash("{\"epcList\": [\"x\"]}")).isNotEqualTo(hash("{\"childEPCs\": [\"x\"]}"));
    }

    private static String hash(String event) {
        RecordingSink sink = new RecordingSink();
        try {
            READER.readSingleEvent(utf8(event.contains("\"type\"") ? event : event.replaceFirst("\\{", "{\"type\": \"ObjectEvent\",")), sink);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return sink.events.get(0).contentHash();
    }
}
