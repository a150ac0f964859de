package org.veripack.core.epcis;

import static org.veripack.core.epcis.JsonText.malformed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/**
 * Reads an EPCIS 2.0 JSON / JSON-LD capture body as a stream: one pass of a Jackson parser, never a tree of the
 * document and never an identifier list in memory (an ObjectEvent may commission a million packs). Keys may come
 * in any order, at every level. What it keeps of each event is a {@link CapturedEvent}; everything else
 * ({@code @context}, {@code epcisHeader}, {@code recordTime}, quantities, sensor data, extensions) is skipped.
 * <p>
 * The document itself is refused, before any rule looks at its events, when it is not JSON (with the line and
 * column), not an object, not {@code "type": "EPCISDocument"}, without {@code epcisBody.eventList}, when a kept
 * field has the wrong JSON type or an {@code eventTime} is no date-time (all MALFORMED_DOCUMENT); over a limit
 * (DOCUMENT_TOO_LARGE); and when any string or key, kept or not, holds text PostgreSQL cannot store (INVALID_REQUEST).
 * Duplicate keys in an object are malformed JSON here.
 * <p>
 * {@link CapturedEvent#contentHash()} is the SHA-256 of, in this order: type, action, bizStep and disposition
 * (normalised by {@link Cbv}), eventTime as a UTC instant ({@code 2026-03-01T09:15:30Z}), eventTimeZoneOffset,
 * parentID, lot, expiry, readPoint, bizLocation, then the epcList and the childEPCs identifiers as written and in
 * document order: the same packs listed in another order, or as Digital Links instead of URNs, hash differently.
 * eventID, recordTime and every skipped field are left out, so an event sent again under a new eventID keeps its hash.
 */
public final class EpcisDocumentReader {

    private static final String DOCUMENT_TYPE = "EPCISDocument";
    private static final String DOCUMENT_SHAPE = "{\"@context\": [\"https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld\"],"
            + " \"type\": \"EPCISDocument\", \"schemaVersion\": \"2.0\", \"creationDate\": \"...\", \"epcisBody\": {\"eventList\": [...]}}";
    private static final String EVENT_SHAPE = "{\"type\": \"ObjectEvent\", \"action\": \"ADD\", \"bizStep\": \"commissioning\", ...}";
    /** Keys that only an EPCISDocument has: a single-event body holding one is a document. */
    private static final Set<String> DOCUMENT_KEYS = Set.of("epcisBody", "epcisHeader", "schemaVersion", "creationDate");

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final int maxEvents;
    private final int maxIdentifiersPerEvent;

    /**
     * @param maxEvents the most events one document may hold ({@code GS1-EPCIS-Capture-Limit})
     * @param maxIdentifiersPerEvent the most identifiers one event may list, epcList and childEPCs together
     */
    public EpcisDocumentReader(int maxEvents, int maxIdentifiersPerEvent) {
        if (maxEvents < 1 || maxIdentifiersPerEvent < 1) {
            throw new IllegalArgumentException("limits must be at least 1, got " + maxEvents + " and " + maxIdentifiersPerEvent);
        }
        this.maxEvents = maxEvents;
        this.maxIdentifiersPerEvent = maxIdentifiersPerEvent;
    }

    /** Reads a whole EPCISDocument ({@code POST /epcis/capture}), handing each event to the sink as it is read. */
    public DocumentSummary read(InputStream in, EventSink sink) throws IOException {
        try (JsonParser parser = JSON.createParser(in)) {
            startRoot(parser, "an EPCISDocument, " + DOCUMENT_SHAPE);
            Document document = new Document(sink, false);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = JsonText.key(parser, "the document");
                parser.nextToken();
                if (!document.field(name, parser)) {
                    JsonText.skip(parser, "the document", "'" + name + "'");
                }
            }
            endRoot(parser);
            return document.finish();
        } catch (JsonProcessingException e) {
            throw notJson(e, "an EPCISDocument, " + DOCUMENT_SHAPE);
        }
    }

    /**
     * Reads the body of {@code POST /epcis/events}: one event object, as the EPCIS 2.0 REST binding defines it
     * ({@code @context} allowed). An EPCISDocument holding exactly one event is accepted too, since clients often
     * wrap a single event; a document with no event or several is refused (several go to {@code /epcis/capture}).
     * The event has index 0.
     */
    public void readSingleEvent(InputStream in, EventSink sink) throws IOException {
        String expected = "one EPCIS event, " + EVENT_SHAPE;
        try (JsonParser parser = JSON.createParser(in)) {
            startRoot(parser, expected);
            EventReader event = new EventReader(0, sink, maxIdentifiersPerEvent);
            Document document = null;
            String eventField = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = JsonText.key(parser, "the body");
                parser.nextToken();
                if (DOCUMENT_KEYS.contains(name)) {
                    document = document != null ? document : new Document(sink, true);
                    if (!document.field(name, parser)) {
                        JsonText.skip(parser, "the body", "'" + name + "'");
                    }
                } else if (name.equals("@context")) {
                    JsonText.skip(parser, "the body", "@context");
                } else if (event.field(name, parser) && !name.equals("type")) {
                    eventField = eventField != null ? eventField : name;
                }
            }
            endRoot(parser);
            if (document == null) {
                if (event.type() == null || event.type().equals(DOCUMENT_TYPE)) {
                    throw malformed("the body is not an EPCIS event: it has " + (event.type() == null ? "no type" : "no epcisBody")
                            + "; send " + expected);
                }
                event.finish();
                return;
            }
            if (eventField != null) {
                throw malformed("the body mixes an EPCISDocument with the event field '" + eventField + "': send " + expected);
            }
            document.type = event.type();
            if (document.finish().eventCount() != 1) {
                throw malformed("the EPCISDocument holds no event: send " + expected);
            }
        } catch (JsonProcessingException e) {
            throw notJson(e, expected);
        }
    }

    /** The document's own keys and its epcisBody, read as they come. */
    private final class Document {

        private final EventSink sink;
        /** Read for POST /epcis/events: exactly one event. */
        private final boolean single;
        private String type;
        private String schemaVersion;
        private String creationDate;
        private boolean hasEventList;
        private int eventCount;

        Document(EventSink sink, boolean single) {
            this.sink = sink;
            this.single = single;
        }

        /** Reads one key of the document; false when it is none of the document's own keys (the caller skips it). */
        boolean field(String name, JsonParser parser) throws IOException {
            switch (name) {
                case "type" -> {
                    type = JsonText.stringOrNull(parser, "the document", "type");
                    checkType(); // a wrong type written first stops the reading before any event
                }
                case "schemaVersion" -> schemaVersion = scalar(parser, "schemaVersion");
                case "creationDate" -> creationDate = JsonText.stringOrNull(parser, "the document", "creationDate");
                case "epcisBody" -> body(parser);
                default -> {
                    return false;
                }
            }
            return true;
        }

        DocumentSummary finish() {
            if (type == null) {
                throw malformed("the document has no \"type\": send " + DOCUMENT_SHAPE);
            }
            checkType();
            if (!hasEventList) {
                throw malformed("the EPCISDocument has no epcisBody.eventList: send " + DOCUMENT_SHAPE);
            }
            return new DocumentSummary(schemaVersion, creationDate, eventCount);
        }

        private void checkType() {
            if (type != null && !type.equals(DOCUMENT_TYPE)) {
                throw malformed("the document's type is '" + type + "', not EPCISDocument: send " + DOCUMENT_SHAPE);
            }
        }

        private void body(JsonParser parser) throws IOException {
            expect(parser, JsonToken.START_OBJECT, "epcisBody", "an object holding eventList");
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = JsonText.key(parser, "the document");
                parser.nextToken();
                if (name.equals("eventList")) {
                    eventList(parser);
                } else {
                    JsonText.skip(parser, "the document", "epcisBody '" + name + "'");
                }
            }
        }

        private void eventList(JsonParser parser) throws IOException {
            expect(parser, JsonToken.START_ARRAY, "epcisBody.eventList", "an array of events");
            hasEventList = true;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                if (single && eventCount == 1) {
                    throw malformed("the EPCISDocument holds several events, POST /epcis/events takes one: send the"
                            + " document to /epcis/capture");
                }
                if (eventCount == maxEvents) {
                    throw new Refusal(Reason.DOCUMENT_TOO_LARGE, "the document holds more than " + maxEvents
                            + " events, the capture limit (GS1-EPCIS-Capture-Limit): split it into several documents")
                            .with("limit", maxEvents);
                }
                expect(parser, JsonToken.START_OBJECT, "epcisBody.eventList[" + eventCount + "]", "an event object");
                new EventReader(eventCount, sink, maxIdentifiersPerEvent).readObject(parser);
                eventCount++;
            }
        }

        private String scalar(JsonParser parser, String field) throws IOException {
            if (parser.currentToken().isScalarValue() && parser.currentToken() != JsonToken.VALUE_NULL) {
                String text = parser.getText();
                JsonText.checkStorable(text, "the document", field);
                return text;
            }
            return JsonText.stringOrNull(parser, "the document", field);
        }
    }

    private static void startRoot(JsonParser parser, String expected) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw malformed("the body is empty: send " + expected);
        }
        if (first != JsonToken.START_OBJECT) {
            throw malformed("the body is " + JsonText.describe(first) + ", not a JSON object: send " + expected);
        }
    }

    private static void endRoot(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentLocation();
            throw malformed("the body goes on after its JSON object (line " + at.getLineNr() + ", column " + at.getColumnNr()
                    + "): send one JSON object");
        }
    }

    private static void expect(JsonParser parser, JsonToken token, String field, String what) {
        if (parser.currentToken() != token) {
            throw malformed("the document's " + field + " must be " + what + ", got " + JsonText.describe(parser.currentToken())
                    + ": send " + DOCUMENT_SHAPE);
        }
    }

    private static Refusal notJson(JsonProcessingException e, String expected) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return malformed("the body is not valid JSON" + where + " (" + e.getOriginalMessage() + "): send " + expected);
    }
}
