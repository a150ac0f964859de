package org.veripack.core.rules;

import org.veripack.core.refusal.FreeText;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/**
 * Quarantine (contract v1.1): surveillance, an admin or the pack's MAH sets a suspect pack aside. A quarantined pack
 * keeps its status, is never dispensable, refuses the decommissions that would distribute it
 * ({@link PackStatus#distributesThePack()}) and answers DSCSA {@code Not_for_re-distribution}. Setting, changing and
 * lifting it are events of the pack's history.
 */
public final class QuarantineRules {

    public static final int MAX_REASON_LENGTH = 500;

    private QuarantineRules() {
    }

    /** A checked quarantine request. */
    public record Request(QuarantineLevel level, String reason) {
    }

    /** Validates {@code {"level","reason"}}: level SUSPECT or ILLEGITIMATE (exact case), a reason of 1 to 500 characters. */
    public static Request quarantine(String level, String reason) {
        return new Request(level(level), reason(reason));
    }

    /** Validates the reason of a release. */
    public static String reason(String reason) {
        return FreeText.check("reason", reason, MAX_REASON_LENGTH,
                "why the pack is quarantined or released (the pack's history keeps it)", true);
    }

    /** Whether quarantining a pack now at {@code current} (null: none) at {@code requested} is a change to record. */
    public static boolean changes(QuarantineLevel current, QuarantineLevel requested) {
        return current != requested;
    }

    /** A release needs a quarantined pack. */
    public static void requireQuarantined(QuarantineLevel current, String gtin, String serial) {
        if (current == null) {
            throw new Refusal(Reason.PACK_NOT_QUARANTINED, "pack " + gtin + " " + serial
                    + " is not quarantined: there is nothing to release");
        }
    }

    private static QuarantineLevel level(String level) {
        if (level == null || level.isEmpty()) {
            throw Refusal.invalid("\"level\" is missing: send SUSPECT or ILLEGITIMATE").with("parameter", "level");
        }
        for (QuarantineLevel candidate : QuarantineLevel.values()) {
            if (candidate.name().equals(level)) {
                return candidate;
            }
        }
        throw Refusal.invalid("\"level\" is '" + Refusal.printable(level.length() > 40 ? level.substring(0, 40) + "..." : level)
                + "': send SUSPECT or ILLEGITIMATE").with("parameter", "level");
    }
}
