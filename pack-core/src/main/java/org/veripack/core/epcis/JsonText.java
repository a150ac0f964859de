package org.veripack.core.epcis;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.CharBuffer;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/**
 * Reads JSON text values for the EPCIS reader and refuses text PostgreSQL cannot store: U+0000 (a text
 * column cannot hold it) and unpaired UTF-16 surrogates (a {@code \ud800} escape: no UTF-8 encoding exists,
 * the driver would silently store '?').
 */
final class JsonText {

    private JsonText() {
    }

    /** The current string value, null for a JSON null; another kind of value is a malformed document. */
    static String stringOrNull(JsonParser parser, String where, String field) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw malformed(where + ": " + field + " must be a string, got " + describe(token) + ": send it as a JSON string");
        }
        String text = parser.getText();
        checkStorable(text, where, field);
        return text;
    }

    /**
     * Skips the current value whatever it is, checking every string and key inside it: a document is refused
     * whole for text that cannot be stored, even in a field this reader does not keep.
     */
    static void skip(JsonParser parser, String where, String field) throws IOException {
        int depth = 0;
        JsonToken token = parser.currentToken();
        while (true) {
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                depth++;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                depth--;
            } else if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                // getTextCharacters reads the parser's buffer: skipping allocates no string
                String problem = unstorable(CharBuffer.wrap(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()));
                if (problem != null) {
                    String inside = depth == 0 || parser.currentName() == null ? field : field + " (at '" + parser.currentName() + "')";
                    throw Refusal.invalid(where + ": " + inside + problem);
                }
            }
            if (depth == 0) {
                return;
            }
            token = parser.nextToken();
            if (token == null) {
                throw malformed(where + ": the document ends inside " + field + ": send the whole document");
            }
        }
    }

    /** The key at the current FIELD_NAME token, refused when it cannot be stored like any other text. */
    static String key(JsonParser parser, String where) throws IOException {
        String name = parser.currentName();
        checkStorable(name, where, "a key");
        return name;
    }

    static void checkStorable(CharSequence text, String where, String field) {
        String problem = unstorable(text);
        if (problem != null) {
            throw Refusal.invalid(where + ": " + field + problem);
        }
    }

    /** Why PostgreSQL cannot store the text, or null when it can. */
    private static String unstorable(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return " holds the character U+0000, which cannot be stored: remove it";
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return String.format(" holds an unpaired surrogate U+%04X", (int) c)
                            + ", which is no character and cannot be stored: send the text as valid UTF-8";
                }
                i++;
            }
        }
        return null;
    }

    static String describe(JsonToken token) {
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    static Refusal malformed(String detail) {
        return new Refusal(Reason.MALFORMED_DOCUMENT, detail);
    }
}
