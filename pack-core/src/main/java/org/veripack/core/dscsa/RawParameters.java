package org.veripack.core.dscsa;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.veripack.core.gs1.Gs1ParseException;
import org.veripack.core.refusal.Refusal;

/**
 * The raw parameters of one request, as the HTTP layer decoded them (percent-decoding done once, there): reads
 * each value once, refuses a repeated query parameter and any control character, and turns every failure into a
 * Refusal of kind INVALID that names the parameter (fact {@code parameter}).
 */
final class RawParameters {

    static final String PATH = "path segment";
    static final String QUERY = "query parameter";

    private static final int LONGEST_ECHO = 40;

    private final Map<String, List<String>> query;

    RawParameters(Map<String, List<String>> query) {
        this.query = query == null ? Map.of() : query;
    }

    /** A query parameter's one value, or null when it is absent or empty. */
    String optional(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw invalid(name, QUERY + " " + name + " is given " + values.size() + " times: send it once");
        }
        String value = values.get(0);
        if (value == null || value.isEmpty()) {
            return null;
        }
        return printable(QUERY, name, value);
    }

    /** A query parameter's one value; refused when absent or empty, saying what to send. */
    String required(String name, String whatToSend) {
        String value = optional(name);
        if (value == null) {
            throw invalid(name, QUERY + " " + name + " is missing: send " + whatToSend);
        }
        return value;
    }

    /** A path segment's value; refused when empty, saying what to send. */
    static String pathSegment(String name, String value, String whatToSend) {
        if (value == null || value.isEmpty()) {
            throw invalid(name, PATH + " " + name + " is empty: send " + whatToSend);
        }
        return printable(PATH, name, value);
    }

    /**
     * Runs a GS1 validation of a parameter's value; its failure is refused naming the parameter (where it is: a
     * {@link #PATH} segment or a {@link #QUERY} parameter) and saying what to send.
     */
    static <T> T gs1(String where, String name, String whatToSend, Supplier<T> validation) {
        try {
            return validation.get();
        } catch (Gs1ParseException e) {
            throw new Refusal(e.reason(), where + " " + name + ": " + e.getMessage() + "; send " + whatToSend)
                    .with("parameter", name);
        }
    }

    /** A refusal of kind INVALID naming the parameter. */
    static Refusal invalid(String name, String detail) {
        return Refusal.invalid(detail).with("parameter", name);
    }

    /**
     * The value in quotes for a message (it is the caller's input, echoed): shortened when long, each control
     * character shown as {@code ?}.
     */
    static String quote(String value) {
        String shown = value.length() <= LONGEST_ECHO ? value : value.substring(0, LONGEST_ECHO) + "...";
        StringBuilder quoted = new StringBuilder(shown.length() + 2).append('\'');
        shown.chars().forEach(c -> quoted.append(Character.isISOControl(c) ? '?' : (char) c));
        return quoted.append('\'').toString();
    }

    private static String printable(String where, String name, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw invalid(name, where + " " + name + " holds the control character " + String.format("U+%04X", (int) c)
                        + " at position " + i + ": send printable characters only");
            }
        }
        return value;
    }
}
