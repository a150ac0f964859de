package org.veripack.core.diagnosis;

/**
 * R1 (letter case inverted), R2 (Y and Z swapped) and R6 (special characters remapped by a German/US layout
 * mismatch): readings with the serial, the batch, or both transformed.
 */
final class KeyboardReadings {

    private KeyboardReadings() {
    }

    static void addTo(ReadingCollector readings) {
        readings.serialAndOrBatch(Rule.R1, KeyboardReadings::caseInverted);
        readings.serialAndOrBatch(Rule.R2, KeyboardReadings::yzSwapped);
        if (readings.applies(Rule.R6)) {
            for (KeyboardLayoutMismatch mismatch : KeyboardLayoutMismatch.values()) {
                addLayoutMismatch(readings, mismatch);
            }
        }
    }

    /** Every ASCII letter's case swapped; null when the value holds no letter. */
    static String caseInverted(String value) {
        StringBuilder inverted = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 'a' && c <= 'z') {
                inverted.append(Character.toUpperCase(c));
            } else if (c >= 'A' && c <= 'Z') {
                inverted.append(Character.toLowerCase(c));
            } else {
                inverted.append(c);
            }
        }
        return unlessUnchanged(value, inverted.toString());
    }

    /** y↔z and Y↔Z swapped; null when the value holds none of them. */
    static String yzSwapped(String value) {
        StringBuilder swapped = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            swapped.append(switch (c) {
                case 'y' -> 'z';
                case 'z' -> 'y';
                case 'Y' -> 'Z';
                case 'Z' -> 'Y';
                default -> c;
            });
        }
        return unlessUnchanged(value, swapped.toString());
    }

    /**
     * The serial, the batch or both as printed under {@code mismatch}, when at least one of the changed values had a
     * special character remapped (a change of Y and Z alone is R2's).
     */
    private static void addLayoutMismatch(ReadingCollector readings, KeyboardLayoutMismatch mismatch) {
        AlertFacts facts = readings.facts();
        String serial = remapped(mismatch, facts.serial());
        String batch = facts.batch() == null ? null : remapped(mismatch, facts.batch());
        boolean serialSpecial = serial != null && mismatch.remapsSpecialCharacter(facts.serial());
        boolean batchSpecial = batch != null && mismatch.remapsSpecialCharacter(facts.batch());
        if (serialSpecial) {
            readings.exact(Rule.R6, serial, facts.batch(), facts.expiry());
        }
        if (batchSpecial) {
            readings.exact(Rule.R6, facts.serial(), batch, facts.expiry());
        }
        if (serial != null && batch != null && (serialSpecial || batchSpecial)) {
            readings.exact(Rule.R6, serial, batch, facts.expiry());
        }
    }

    private static String remapped(KeyboardLayoutMismatch mismatch, String value) {
        String original = mismatch.original(value);
        return original == null ? null : unlessUnchanged(value, original);
    }

    private static String unlessUnchanged(String before, String after) {
        return after.equals(before) ? null : after;
    }
}
