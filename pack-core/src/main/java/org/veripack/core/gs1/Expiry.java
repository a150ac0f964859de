package org.veripack.core.gs1;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * An expiry date as printed on the pack, AI (17) YYMMDD. {@code text} is kept exactly as given
 * (DD may be 00) because the registry compares expiries as uploaded; {@code lastDay} is the last
 * day the pack may be used: the given day, or the last day of the month when DD is 00.
 * A batch is expired from the day after {@code lastDay}.
 */
public record Expiry(String text, LocalDate lastDay) {

    /**
     * Parses YYMMDD. YY follows the GS1 century rule (General Specifications 7.12): relative to the
     * current year, a two-digit year 51 to 99 years ahead lies in the previous century, one 50 to
     * 99 years behind in the next century, anything else in the current century.
     *
     * @param currentYear the full current year (from the caller's clock)
     */
    public static Expiry parse(String text, int currentYear) {
        if (text == null || text.length() != 6) {
            throw new Gs1ParseException("expiry must be 6 digits YYMMDD, got "
                    + (text == null ? "nothing" : "'" + text + "' (" + text.length() + " characters)"), -1, "17");
        }
        for (int i = 0; i < 6; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new Gs1ParseException("expiry must be digits YYMMDD, found '" + c + "' in '" + text + "'", i, "17");
            }
        }
        int yy = Integer.parseInt(text.substring(0, 2));
        int month = Integer.parseInt(text.substring(2, 4));
        int day = Integer.parseInt(text.substring(4, 6));
        int year = resolveCentury(yy, currentYear);
        if (month < 1 || month > 12) {
            throw new Gs1ParseException("expiry '" + text + "' has month " + month + ": send a month 01 to 12", 2, "17");
        }
        YearMonth yearMonth = YearMonth.of(year, month);
        if (day == 0) {
            return new Expiry(text, yearMonth.atEndOfMonth());
        }
        try {
            return new Expiry(text, yearMonth.atDay(day));
        } catch (DateTimeException e) {
            throw new Gs1ParseException("expiry '" + text + "' is not a real date: " + yearMonth + " has "
                    + yearMonth.lengthOfMonth() + " days (send 00 as the day for the end of the month)", 4, "17");
        }
    }

    /** The full year for a two-digit year by the GS1 century rule. */
    public static int resolveCentury(int twoDigitYear, int currentYear) {
        if (twoDigitYear < 0 || twoDigitYear > 99) {
            throw new Gs1ParseException("two-digit year must be 00 to 99, got " + twoDigitYear, -1, "17");
        }
        int currentCentury = currentYear - Math.floorMod(currentYear, 100);
        int difference = twoDigitYear - Math.floorMod(currentYear, 100);
        if (difference >= 51) {
            return currentCentury - 100 + twoDigitYear;
        }
        if (difference <= -50) {
            return currentCentury + 100 + twoDigitYear;
        }
        return currentCentury + twoDigitYear;
    }

    /** True when {@code today} is after the last day of use. */
    public boolean isExpiredOn(LocalDate today) {
        return today.isAfter(lastDay);
    }

    @Override
    public String toString() {
        return text;
    }
}
