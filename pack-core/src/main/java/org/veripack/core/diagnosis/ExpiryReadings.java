package org.veripack.core.diagnosis;

/**
 * R7 (only the expiry's day differs, DD=00 against the month's last day among them) and R8 (the expiry entered as
 * DDMMYY): readings of the pack as sent with another expiry.
 */
final class ExpiryReadings {

    private ExpiryReadings() {
    }

    static void addTo(ReadingCollector readings) {
        AlertFacts facts = readings.facts();
        String expiry = facts.expiry();
        if (expiry == null || !expiry.matches("\\d{6}")) {
            return;
        }
        if (readings.applies(Rule.R7)) {
            String yearMonth = expiry.substring(0, 4);
            for (int day = 0; day <= 31; day++) {
                readings.exact(Rule.R7, facts.serial(), facts.batch(), yearMonth + String.format("%02d", day));
            }
        }
        if (readings.applies(Rule.R8)) {
            readings.exact(Rule.R8, facts.serial(), facts.batch(), dayMonthYearAsYearMonthDay(expiry));
        }
    }

    /** DDMMYY read as YYMMDD: the first and last two digits swapped. */
    static String dayMonthYearAsYearMonthDay(String expiry) {
        return expiry.substring(4, 6) + expiry.substring(2, 4) + expiry.substring(0, 2);
    }
}
