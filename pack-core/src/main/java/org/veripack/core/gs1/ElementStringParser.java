package org.veripack.core.gs1;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses GS1 element strings as scanners send them: an optional symbology identifier
 * ({@code ]d2} DataMatrix, {@code ]C1} GS1-128, {@code ]Q3} QR), an optional leading FNC1/GS,
 * AIs in any order separated by GS (ASCII 29) after variable-length values; or the bracketed
 * human-readable form {@code (01)...(21)...}.
 */
final class ElementStringParser {

    static final char GS = '\u001D';
    private static final String[] SYMBOLOGY_IDENTIFIERS = {"]d2", "]C1", "]Q3"};

    private ElementStringParser() {
    }

    /** The element values by AI, in the order they appear. Positions in errors refer to {@code input}. */
    static Map<String, Element> parse(String input) {
        int position = skipPrefix(input);
        if (position < input.length() && input.charAt(position) == '(') {
            return parseBracketed(input, position);
        }
        Map<String, Element> elements = new LinkedHashMap<>();
        while (position < input.length()) {
            if (input.charAt(position) == GS) {
                position++;
                continue;
            }
            ApplicationIdentifier ai = knownAiAt(input, position);
            int valueStart = position + ai.code().length();
            int valueEnd;
            if (ai.fixedLength()) {
                valueEnd = valueStart + ai.length();
                if (valueEnd > input.length()) {
                    throw new Gs1ParseException("AI " + ai.code() + " needs " + ai.length() + " characters but only "
                            + (input.length() - valueStart) + " follow", valueStart, ai.code());
                }
                position = valueEnd;
                if (!ai.predefined() && position < input.length() && input.charAt(position) == GS) {
                    position++;
                }
            } else {
                int separator = input.indexOf(GS, valueStart);
                valueEnd = separator < 0 ? input.length() : separator;
                position = separator < 0 ? input.length() : separator + 1;
            }
            put(elements, ai, input.substring(valueStart, valueEnd), valueStart);
        }
        return elements;
    }

    private static int skipPrefix(String input) {
        if (input.isEmpty()) {
            throw new Gs1ParseException("the scan is empty: send the GS1 element string or Digital Link of the pack", 0, null);
        }
        int position = 0;
        if (input.charAt(0) == ']') {
            for (String identifier : SYMBOLOGY_IDENTIFIERS) {
                if (input.startsWith(identifier)) {
                    position = identifier.length();
                    break;
                }
            }
            if (position == 0) {
                String found = input.substring(0, Math.min(3, input.length()));
                throw new Gs1ParseException("symbology identifier '" + found
                        + "' is not a GS1 one: send a scan from a GS1 DataMatrix (]d2), GS1-128 (]C1) or GS1 QR code (]Q3)", 0, null);
            }
        }
        while (position < input.length() && input.charAt(position) == GS) {
            position++;
        }
        if (position == input.length()) {
            throw new Gs1ParseException("the scan holds no data after its prefix", position, null);
        }
        return position;
    }

    private static Map<String, Element> parseBracketed(String input, int position) {
        Map<String, Element> elements = new LinkedHashMap<>();
        while (position < input.length()) {
            if (input.charAt(position) != '(') {
                throw new Gs1ParseException("expected '(' to open the next AI but found "
                        + Gs1Validation.describe(input.charAt(position)), position, null);
            }
            int close = input.indexOf(')', position);
            if (close < 0) {
                throw new Gs1ParseException("AI opened with '(' is never closed with ')'", position, null);
            }
            String code = input.substring(position + 1, close);
            ApplicationIdentifier ai = ApplicationIdentifier.byCode(code);
            if (ai == null) {
                throw new Gs1ParseException("unknown application identifier '(" + code + ")'", position, code);
            }
            int valueStart = close + 1;
            int valueEnd = nextBracketedAi(input, valueStart);
            if (ai.fixedLength() && valueEnd > valueStart) {
                valueEnd = fixedLengthEnd(input, ai, valueStart, valueEnd);
            }
            put(elements, ai, input.substring(valueStart, valueEnd), valueStart);
            position = valueEnd;
        }
        return elements;
    }

    /** The end of a fixed-length value in the bracketed form: exactly its length, then '(' or the end. */
    private static int fixedLengthEnd(String input, ApplicationIdentifier ai, int valueStart, int nextAi) {
        int end = valueStart + ai.length();
        if (nextAi < end) {
            throw new Gs1ParseException("AI " + ai.code() + " needs exactly " + ai.length() + " characters but '"
                    + printable(input.substring(valueStart, nextAi)) + "' has " + (nextAi - valueStart), valueStart, ai.code());
        }
        if (end < input.length() && input.charAt(end) != '(') {
            throw new Gs1ParseException("AI " + ai.code() + " needs exactly " + ai.length() + " characters but more follow"
                    + " before the next '(': check the value or the brackets", end, ai.code());
        }
        return end;
    }

    /**
     * Where the next known "(AI)" starts at or after {@code from}; the end of the input if none. A value
     * may hold brackets, but not a bracketed known AI: that starts the next element.
     */
    private static int nextBracketedAi(String input, int from) {
        for (int i = input.indexOf('(', from); i >= 0; i = input.indexOf('(', i + 1)) {
            int close = input.indexOf(')', i);
            if (close > i && ApplicationIdentifier.byCode(input.substring(i + 1, close)) != null) {
                return i;
            }
        }
        return input.length();
    }

    private static ApplicationIdentifier knownAiAt(String input, int position) {
        ApplicationIdentifier ai = ApplicationIdentifier.at(input, position);
        if (ai == null) {
            String found = input.substring(position, Math.min(position + 4, input.length()));
            throw new Gs1ParseException("no known application identifier starts with '" + printable(found)
                    + "' (a missing group separator after a variable-length value often causes this)", position, null);
        }
        return ai;
    }

    private static void put(Map<String, Element> elements, ApplicationIdentifier ai, String value, int position) {
        if (value.isEmpty()) {
            throw new Gs1ParseException("AI " + ai.code() + " has no value", position, ai.code());
        }
        if (!ai.fixedLength() && value.length() > ai.length()) {
            throw new Gs1ParseException("AI " + ai.code() + " value has " + value.length() + " characters, at most "
                    + ai.length() + " are allowed (is a group separator missing after it?)", position, ai.code());
        }
        Element previous = elements.get(ai.code());
        if (previous != null && !previous.value().equals(value)) {
            throw new Gs1ParseException("AI " + ai.code() + " appears twice with different values", position, ai.code());
        }
        elements.putIfAbsent(ai.code(), new Element(ai.code(), value, position));
    }

    private static String printable(String text) {
        return text.replace(String.valueOf(GS), "<GS>");
    }

    /**
     * One element of a scan: its AI, its value, the value's position in the input and the value as it
     * appears in the input ({@code raw}, which differs from {@code value} when it was percent-encoded).
     */
    record Element(String ai, String value, int position, String raw) {

        Element(String ai, String value, int position) {
            this(ai, value, position, value);
        }

        /** The position in the input of the value's character at {@code index} (0 for the value's start). */
        int inputPosition(int index) {
            if (index <= 0 || raw.equals(value)) {
                return position + Math.max(index, 0);
            }
            int rawIndex = 0;
            int valueIndex = 0;
            while (valueIndex < index && valueIndex < value.length() && rawIndex < raw.length()) {
                int codePoint = value.codePointAt(valueIndex);
                int chars = Character.charCount(codePoint);
                rawIndex += raw.charAt(rawIndex) == '%' ? 3 * utf8Length(codePoint) : chars;
                valueIndex += chars;
            }
            return position + Math.min(rawIndex, raw.length());
        }

        private static int utf8Length(int codePoint) {
            return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
        }
    }
}
