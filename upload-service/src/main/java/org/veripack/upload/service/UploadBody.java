package org.veripack.upload.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;


/**
 * Reads an upload body as it arrives, one serial at a time, so that a million serials never sit in memory:
 * JSON {@code {"gtin","batch","expiry","serials":[...]}} (fields in any order) or CSV, one serial a line.
 */
public final class UploadBody {

    private static final JsonFactory JSON = new JsonFactory();

    /** Receives each line of the upload, numbered from 1; a null serial is a line that is not a string. */
    public interface LineSink {
        void line(long line, String serial) throws IOException;
    }

    /** The fields of a JSON upload besides its serials. */
    public record Header(String gtin, String batch, String expiry) {
    }

    private UploadBody() {
    }

    public static Header readJson(InputStream body, LineSink sink) throws IOException {
        String gtin = null;
        String batch = null;
        String expiry = null;
        boolean serialsSeen = false;
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw Refusal.invalid("the body must be a JSON object {\"gtin\",\"batch\",\"expiry\",\"serials\":[...]}");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "gtin" -> gtin = text(parser, value, field);
                    case "batch" -> batch = text(parser, value, field);
                    case "expiry" -> expiry = text(parser, value, field);
                    case "serials" -> {
                        if (value != JsonToken.START_ARRAY) {
                            throw Refusal.invalid("\"serials\" must be an array of strings");
                        }
                        serialsSeen = true;
                        long line = 0;
                        for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                            line++;
                            if (item == JsonToken.VALUE_STRING) {
                                sink.line(line, parser.getText());
                            } else {
                                parser.skipChildren();
                                sink.line(line, null);
                            }
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
        }
        if (!serialsSeen) {
            throw Refusal.invalid("\"serials\" is missing: send the serials of the batch as an array of strings");
        }
        return new Header(gtin, batch, expiry);
    }

    public static void readCsv(InputStream body, LineSink sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
        long line = 0;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            sink.line(line, text);
        }
    }

    private static String text(JsonParser parser, JsonToken value, String field) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            throw Refusal.invalid("\"" + field + "\" must be a string");
        }
        String text = parser.getText();
        if (text.indexOf('\u0000') >= 0) {
            // as JsonTextRules does for bound JSON: text PostgreSQL cannot store is refused where it enters
            throw Refusal.invalid("\"" + field + "\" holds U+0000 (NUL), which no field accepts");
        }
        return text;
    }
}
