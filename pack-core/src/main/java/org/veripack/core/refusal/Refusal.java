package org.veripack.core.refusal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request refused by a rule: the {@link Reason} and a sentence that says what was wrong and what to send
 * instead, plus optional facts the client can act on (a character position, a list of blocking packs). The one
 * refusal type of Veripack: the services let it travel to service-support's problem mapper, which alone chooses
 * the HTTP status and problem type.
 */
public class Refusal extends RuntimeException {

    private final Reason reason;
    private final Map<String, Object> facts = new LinkedHashMap<>();

    public Refusal(Reason reason, String detail) {
        super(printable(detail), null, false, false);
        this.reason = reason;
    }

    /**
     * A sentence with every control character shown as {@code ?}. Refusals echo the caller's input, and their
     * sentences are stored (upload reports, alert details): text PostgreSQL cannot store (a NUL) must not pass.
     */
    public static String printable(String text) {
        if (text == null || text.chars().noneMatch(Character::isISOControl)) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length());
        text.chars().forEach(c -> shown.append(Character.isISOControl(c) ? '?' : (char) c));
        return shown.toString();
    }

    /** A request no state could make valid. */
    public static Refusal invalid(String detail) {
        return new Refusal(Reason.INVALID_REQUEST, detail);
    }

    public Reason reason() {
        return reason;
    }

    public RefusalKind kind() {
        return reason.kind();
    }

    /** Adds a fact (an extension member of the problem answer); null values are written as null. */
    public Refusal with(String name, Object value) {
        facts.put(name, value);
        return this;
    }

    public Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }
}
