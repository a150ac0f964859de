package org.veripack.core.diagnosis;

import org.veripack.core.rules.AlertCode;

/**
 * R4 (the product's EAN, or its start, appended to the batch or serial) and R5 (the batch or serial read
 * incompletely).
 */
final class AppendedOrTruncatedReadings {

    /** The shortest start of the EAN that counts as appended. */
    static final int MIN_EAN_DIGITS = 3;

    private AppendedOrTruncatedReadings() {
    }

    static void addTo(ReadingCollector readings) {
        if (readings.applies(Rule.R4)) {
            addEanStripped(readings);
        }
        if (readings.applies(Rule.R5)) {
            addTruncated(readings);
        }
    }

    /**
     * The serial or batch without a suffix equal to the GTIN-13 (the GTIN-14 without its leading indicator 0, as a
     * linear EAN-13 on the pack encodes it) or to its first 3 or more digits. A GTIN-14 with another indicator has no
     * EAN-13 and gets no R4 reading.
     */
    private static void addEanStripped(ReadingCollector readings) {
        AlertFacts facts = readings.facts();
        if (facts.gtin().charAt(0) != '0') {
            return;
        }
        String ean = facts.gtin().substring(1);
        for (int digits = ean.length(); digits >= MIN_EAN_DIGITS; digits--) {
            String appended = ean.substring(0, digits);
            readings.serialAndOrBatch(Rule.R4, stripped(facts.serial(), appended), stripped(facts.batch(), appended));
        }
    }

    private static String stripped(String value, String suffix) {
        return value != null && value.length() > suffix.length() && value.endsWith(suffix)
                ? value.substring(0, value.length() - suffix.length())
                : null;
    }

    /**
     * The value the alert says is wrong read as the start of the registered one: A3 the serial (batch as sent), A68
     * the batch (serial as sent), A2 both.
     */
    private static void addTruncated(ReadingCollector readings) {
        AlertFacts facts = readings.facts();
        MatchMode serialMode = facts.code() == AlertCode.A68 ? MatchMode.EXACT : MatchMode.PREFIX;
        MatchMode batchMode = facts.code() == AlertCode.A3 ? MatchMode.EXACT : MatchMode.PREFIX;
        if (batchMode == MatchMode.PREFIX && facts.batch() == null) {
            return;
        }
        readings.add(new Reading(Rule.R5, facts.gtin(), facts.serial(), serialMode, facts.batch(), batchMode, facts.expiry()));
    }
}
