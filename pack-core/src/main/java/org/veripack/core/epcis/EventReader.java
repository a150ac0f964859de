package org.veripack.core.epcis;

import static org.veripack.core.epcis.JsonText.malformed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/**
 * Reads the fields of one EPCIS event, in whatever order its keys come, streaming its identifier lists to
 * the sink and into the content hash. One instance per event.
 */
final class EventReader {

    private static final Set<String> LOT_KEYS = Set.of("cbvmda:lotNumber", "urn:epcglobal:cbv:mda:lotNumber");
    private static final Set<String> EXPIRY_KEYS = Set.of("cbvmda:itemExpirationDate", "urn:epcglobal:cbv:mda:itemExpirationDate");

    private final int index;
    private final String where;
    private final EventSink sink;
    private final int maxIdentifiers;
    private final ContentHash hash = new ContentHash();

    private String type;
    private String action;
    private String bizStep;
    private String disposition;
    private String eventId;
    private Instant eventTime;
    private String eventTimeZoneOffset;
    private String parentId;
    private String lot;
    private String expiry;
    private String readPoint;
    private String bizLocation;
    private int epcCount;
    private int childCount;

    EventReader(int index, EventSink sink, int maxIdentifiers) {
        this.index = index;
        this.where = "event " + index;
        this.sink = sink;
        this.maxIdentifiers = maxIdentifiers;
    }

    /** Reads a whole event object (the parser on its START_OBJECT) and hands it to the sink. */
    void readObject(JsonParser parser) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = JsonText.key(parser, where);
            parser.nextToken();
            field(name, parser);
        }
        finish();
    }

    /**
     * Reads the value of one key of the event (the parser on the value). Returns false when the key is none
     * this reader keeps: its value was skipped (and checked for text that cannot be stored).
     */
    boolean field(String name, JsonParser parser) throws IOException {
        switch (name) {
            case "type" -> type = text(parser, name);
            case "action" -> action = text(parser, name);
            case "bizStep" -> bizStep = Cbv.bizStep(text(parser, name));
            case "disposition" -> disposition = Cbv.disposition(text(parser, name));
            case "eventID" -> eventId = text(parser, name);
            case "eventTime" -> eventTime = instant(text(parser, name));
            case "eventTimeZoneOffset" -> eventTimeZoneOffset = text(parser, name);
            case "parentID" -> parentId = text(parser, name);
            case "epcList" -> identifiers(parser, EpcListKind.EPC_LIST);
            case "childEPCs" -> identifiers(parser, EpcListKind.CHILD_EPCS);
            case "ilmd" -> ilmd(parser);
            case "readPoint" -> readPoint = locationId(parser, name);
            case "bizLocation" -> bizLocation = locationId(parser, name);
            default -> {
                JsonText.skip(parser, where, "'" + name + "'");
                return false;
            }
        }
        return true;
    }

    /** The event's type as read so far. */
    String type() {
        return type;
    }

    /** Hands the event, read whole, to the sink. */
    void finish() throws IOException {
        String hex = hash.finish(type, action, bizStep, disposition, eventTime == null ? null : eventTime.toString(),
                eventTimeZoneOffset, parentId, lot, expiry, readPoint, bizLocation);
        sink.event(new CapturedEvent(index, type, action, bizStep, disposition, eventId, eventTime, eventTimeZoneOffset,
                parentId, lot, expiry, readPoint, bizLocation, epcCount, childCount, hex));
    }

    private void identifiers(JsonParser parser, EpcListKind list) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            throw malformed(where + ": " + list.jsonName() + " must be an array of EPC URIs, got " + JsonText.describe(parser.currentToken())
                    + ": send [\"urn:epc:id:sgtin:...\", ...]");
        }
        int position = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String field = list.jsonName() + "[" + position + "]";
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                throw malformed(where + ": " + field + " must be a string, got " + JsonText.describe(parser.currentToken())
                        + ": send each identifier as a string, an EPC URN or a Digital Link URI");
            }
            if (epcCount + childCount == maxIdentifiers) {
                throw new Refusal(Reason.DOCUMENT_TOO_LARGE, where + " lists more than " + maxIdentifiers
                        + " identifiers, the limit for one event: split it into several events").with("limit", maxIdentifiers);
            }
            String epc = parser.getText();
            JsonText.checkStorable(epc, where, field);
            if (list == EpcListKind.EPC_LIST) {
                epcCount++;
            } else {
                childCount++;
            }
            hash.identifier(list, epc);
            sink.epc(index, list, epc);
            position++;
        }
    }

    private void ilmd(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw malformed(where + ": ilmd must be an object ({\"cbvmda:lotNumber\": ..., \"cbvmda:itemExpirationDate\": ...}), got "
                    + JsonText.describe(parser.currentToken()) + ": send the lot and expiry as an object's members");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = JsonText.key(parser, where);
            parser.nextToken();
            if (LOT_KEYS.contains(name)) {
                lot = text(parser, "ilmd " + name);
            } else if (EXPIRY_KEYS.contains(name)) {
                expiry = text(parser, "ilmd " + name);
            } else {
                JsonText.skip(parser, where, "ilmd '" + name + "'");
            }
        }
    }

    /** A readPoint or bizLocation: {@code {"id": "urn:epc:id:sgln:..."}}, or the id alone as a string. */
    private String locationId(JsonParser parser, String name) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            return text(parser, name);
        }
        String id = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = JsonText.key(parser, where);
            parser.nextToken();
            if (key.equals("id")) {
                id = text(parser, name + ".id");
            } else {
                JsonText.skip(parser, where, name + " '" + key + "'");
            }
        }
        return id;
    }

    private String text(JsonParser parser, String field) throws IOException {
        return JsonText.stringOrNull(parser, where, field);
    }

    private Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw malformed(where + ": eventTime '" + text + "' is not a date-time with an offset:"
                    + " send it as in 2026-03-01T10:15:30.000Z or 2026-03-01T11:15:30+01:00");
        }
    }
}
