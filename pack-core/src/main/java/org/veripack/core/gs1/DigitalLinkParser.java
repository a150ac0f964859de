package org.veripack.core.gs1;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a GS1 Digital Link URI: any scheme host and path prefix, then {@code /01/{gtin}} and the
 * key qualifiers in the standard's order ({@code /22/}, {@code /10/{batch}}, {@code /21/{serial}}),
 * data attributes such as {@code ?17=YYMMDD} and NHRNs (710-714) in the query. Values are
 * percent-decoded as UTF-8; unknown query parameters (linkType, ...) are ignored.
 */
final class DigitalLinkParser {

    private static final List<String> QUALIFIER_ORDER = List.of("22", "10", "21");

    private DigitalLinkParser() {
    }

    static boolean looksLikeDigitalLink(String input) {
        int colon = input.indexOf("://");
        return colon > 0 && input.substring(0, colon).chars().allMatch(c -> Character.isLetter(c) || c == '+' || c == '-' || c == '.');
    }

    static Map<String, ElementStringParser.Element> parse(String uri) {
        String scheme = uri.substring(0, uri.indexOf("://")).toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Gs1ParseException("a GS1 Digital Link must be an http or https URI, got scheme '" + scheme + "'", 0, null);
        }
        int pathStart = uri.indexOf('/', scheme.length() + 3);
        if (pathStart < 0) {
            throw new Gs1ParseException("the Digital Link has no path: expected /01/{gtin}/10/{batch}/21/{serial}", uri.length(), null);
        }
        int fragment = uri.indexOf('#');
        int end = fragment < 0 ? uri.length() : fragment;
        int queryStart = uri.indexOf('?');
        if (queryStart > end) {
            queryStart = -1;
        }
        int pathEnd = queryStart < 0 ? end : queryStart;

        Map<String, ElementStringParser.Element> elements = new LinkedHashMap<>();
        List<int[]> segments = segments(uri, pathStart, pathEnd);
        int gtinIndex = findGtinSegment(uri, segments);
        int lastQualifier = -1;
        for (int i = gtinIndex; i < segments.size(); i += 2) {
            int[] keySegment = segments.get(i);
            String key = uri.substring(keySegment[0], keySegment[1]);
            if (i + 1 >= segments.size()) {
                throw new Gs1ParseException("path element /" + key + "/ has no value after it", keySegment[1], key);
            }
            int[] valueSegment = segments.get(i + 1);
            String value = decode(uri, valueSegment[0], valueSegment[1], key);
            if (i > gtinIndex) {
                int order = QUALIFIER_ORDER.indexOf(key);
                if (order < 0) {
                    throw new Gs1ParseException("path element /" + key + "/ is not a key qualifier of a GTIN: expected /22/, /10/ or /21/",
                            keySegment[0], key);
                }
                if (order <= lastQualifier) {
                    throw new Gs1ParseException("key qualifier /" + key + "/ is out of order: a Digital Link gives /22/, then /10/ (batch), then /21/ (serial)",
                            keySegment[0], key);
                }
                lastQualifier = order;
            }
            if (value.isEmpty()) {
                throw new Gs1ParseException("path element /" + key + "/ has an empty value", valueSegment[0], key);
            }
            elements.put(key, new ElementStringParser.Element(key, value, valueSegment[0], uri.substring(valueSegment[0], valueSegment[1])));
        }
        if (queryStart >= 0) {
            parseQuery(uri, queryStart + 1, end, elements);
        }
        return elements;
    }

    private static List<int[]> segments(String uri, int pathStart, int pathEnd) {
        List<int[]> segments = new ArrayList<>();
        int start = pathStart + 1;
        while (start <= pathEnd) {
            int slash = uri.indexOf('/', start);
            int stop = slash < 0 || slash > pathEnd ? pathEnd : slash;
            if (stop > start) {
                segments.add(new int[] {start, stop});
            }
            start = stop + 1;
        }
        return segments;
    }

    /** Index of the "01" segment followed by a GTIN; path segments before it are the resolver's prefix. */
    private static int findGtinSegment(String uri, List<int[]> segments) {
        for (int i = 0; i + 1 < segments.size(); i++) {
            int[] segment = segments.get(i);
            if (uri.substring(segment[0], segment[1]).equals("01")) {
                int[] value = segments.get(i + 1);
                int length = value[1] - value[0];
                if ((length == 8 || length == 12 || length == 13 || length == 14)
                        && isAsciiDigits(uri.substring(value[0], value[1]))) {
                    return i;
                }
            }
        }
        throw new Gs1ParseException("the Digital Link has no /01/{gtin} path element with 8, 12, 13 or 14 digits", uri.indexOf('/', uri.indexOf("://") + 3), "01");
    }

    private static void parseQuery(String uri, int start, int end, Map<String, ElementStringParser.Element> elements) {
        int position = start;
        while (position < end) {
            int amp = uri.indexOf('&', position);
            int stop = amp < 0 || amp > end ? end : amp;
            int equals = uri.indexOf('=', position);
            if (equals > position && equals < stop) {
                String key = uri.substring(position, equals);
                if (key.equals("17") || Gs1Validation.isNhrnAi(key)) {
                    String value = decode(uri, equals + 1, stop, key);
                    if (elements.containsKey(key) && !elements.get(key).value().equals(value)) {
                        throw new Gs1ParseException("AI " + key + " appears twice with different values", equals + 1, key);
                    }
                    elements.put(key, new ElementStringParser.Element(key, value, equals + 1, uri.substring(equals + 1, stop)));
                }
            }
            position = stop + 1;
        }
    }

    /**
     * Percent-decodes uri[start, end): each run of %XX escapes is decoded as UTF-8, other characters
     * are kept as they are ('+' stays '+': this is a path, not a form).
     */
    private static String decode(String uri, int start, int end, String ai) {
        StringBuilder out = new StringBuilder(end - start);
        int i = start;
        while (i < end) {
            if (uri.charAt(i) != '%') {
                out.append(uri.charAt(i++));
                continue;
            }
            int runStart = i;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (i < end && uri.charAt(i) == '%') {
                int high = i + 1 < end ? hexValue(uri.charAt(i + 1)) : -1;
                int low = i + 2 < end ? hexValue(uri.charAt(i + 2)) : -1;
                if (high < 0 || low < 0) {
                    throw new Gs1ParseException("'%' must be followed by two hex digits (0-9, A-F); write a '%' in a value as %25", i, ai);
                }
                bytes.write(high * 16 + low);
                i += 3;
            }
            try {
                out.append(StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.toByteArray())));
            } catch (CharacterCodingException e) {
                throw new Gs1ParseException("percent-encoded bytes " + uri.substring(runStart, i)
                        + " are not valid UTF-8: percent-encode each character as its UTF-8 bytes", runStart, ai);
            }
        }
        return out.toString();
    }

    /** The value of an ASCII hex digit, or -1 (Character.digit would also accept non-ASCII digits). */
    private static int hexValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    private static boolean isAsciiDigits(String text) {
        return text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
