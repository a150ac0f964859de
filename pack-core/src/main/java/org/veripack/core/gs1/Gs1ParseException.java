package org.veripack.core.gs1;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/**
 * The one exception the GS1 parsers and validators throw. It says what was wrong and where:
 * the zero-based character position in the input (or -1 when it does not apply) and the
 * application identifier concerned (or null).
 */
public final class Gs1ParseException extends Refusal {

    private final String reason;
    private final int position;
    private final String ai;

    public Gs1ParseException(String message, int position, String ai) {
        super(Reason.INVALID_IDENTIFIER, describe(message, position, ai));
        with("position", position < 0 ? null : position);
        with("ai", ai);
        this.reason = printable(message);
        this.position = position;
        this.ai = ai;
    }

    public Gs1ParseException(String message) {
        this(message, -1, null);
    }

    private static String describe(String message, int position, String ai) {
        StringBuilder text = new StringBuilder(message);
        if (ai != null) {
            text.append(" (AI ").append(ai);
            if (position >= 0) {
                text.append(", at position ").append(position);
            }
            text.append(')');
        } else if (position >= 0) {
            text.append(" (at position ").append(position).append(')');
        }
        return text.toString();
    }

    /** What was wrong, without the "(AI .., at position ..)" suffix of {@link #getMessage()}. */
    String what() {
        return reason;
    }

    /** Zero-based position in the input where the problem was found, or -1. */
    public int position() {
        return position;
    }

    /** The application identifier concerned, or null. */
    public String ai() {
        return ai;
    }
}
