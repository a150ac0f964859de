package org.veripack.core.refusal;

/** Checks a free-text field a person writes (a name, a reason): present, not too long, printable. */
public final class FreeText {

    private FreeText() {
    }

    /**
     * The value trimmed, or a refusal (kind INVALID, fact {@code parameter}) naming the field and saying what to send.
     * Lengths count Unicode code points, as a PostgreSQL {@code varchar} does. Control characters are refused, except
     * tab and line breaks when {@code lineBreaksAllowed}.
     */
    public static String check(String field, String value, int maxLength, String whatToSend, boolean lineBreaksAllowed) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw invalid(field, "\"" + field + "\" is missing: send " + whatToSend + ", 1 to " + maxLength + " characters");
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length > maxLength) {
            throw invalid(field, "\"" + field + "\" has " + length + " characters: send at most " + maxLength);
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if (Character.isISOControl(c) && !(lineBreaksAllowed && lineBreak)) {
                throw invalid(field, "\"" + field + "\" holds the control character " + String.format("U+%04X", (int) c)
                        + " at position " + i + ": send printable characters only");
            }
        }
        return trimmed;
    }

    private static Refusal invalid(String field, String detail) {
        return Refusal.invalid(detail).with("parameter", field);
    }
}
