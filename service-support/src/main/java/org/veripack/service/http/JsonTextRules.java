package org.veripack.service.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Text PostgreSQL cannot store is refused where it enters: a JSON string holding U+0000 is a malformed field of the
 * request (400, naming the field), never a failed statement later.
 */
@Singleton
public class JsonTextRules implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("veripack-text").addDeserializer(String.class, new NoNulStrings()));
    }

    /** Strings as Jackson reads them, but never with U+0000. */
    static final class NoNulStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null && value.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, "the text holds U+0000 (NUL), which no field accepts", value,
                        String.class);
            }
            return value;
        }
    }
}
