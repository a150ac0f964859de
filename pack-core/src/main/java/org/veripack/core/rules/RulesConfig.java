package org.veripack.core.rules;

import java.time.Duration;

/**
 * The tunable parts of the rules.
 *
 * @param sameLocationRepeatLimit how many repeats of the same state at the same location answer
 *                                NMVS_NC_PCK_30 without an alert before the next one raises A24
 * @param undoWindow              how long after a decommission an undo is allowed (LOCKED: always)
 */
public record RulesConfig(int sameLocationRepeatLimit, Duration undoWindow) {

    public static final RulesConfig DEFAULT = new RulesConfig(3, Duration.ofHours(240));

    public RulesConfig {
        if (sameLocationRepeatLimit < 0) {
            throw new IllegalArgumentException("sameLocationRepeatLimit must be >= 0");
        }
        if (undoWindow == null || undoWindow.isNegative()) {
            throw new IllegalArgumentException("undoWindow must be a positive duration");
        }
    }
}
