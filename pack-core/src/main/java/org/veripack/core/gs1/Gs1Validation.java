package org.veripack.core.gs1;

/** Field-level validation for identifiers sent as separate fields rather than as a scan. */
public final class Gs1Validation {

    /** Longest serial, batch or NHRN: 20 characters of set 82. */
    public static final int MAX_ALPHANUMERIC = 20;

    private Gs1Validation() {
    }

    /**
     * A GTIN-8, -12, -13 or -14 with a valid check digit, returned as GTIN-14 (left-padded with zeros).
     */
    public static String gtin14(String gtin) {
        if (gtin == null || gtin.isEmpty()) {
            throw new Gs1ParseException("GTIN is missing: send 8, 12, 13 or 14 digits", -1, "01");
        }
        int length = gtin.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            throw new Gs1ParseException("GTIN '" + gtin + "' has " + length + " characters: send 8, 12, 13 or 14 digits", -1, "01");
        }
        checkDigits(gtin, "01", "GTIN");
        if (!CheckDigit.isValid(gtin)) {
            throw new Gs1ParseException("GTIN '" + gtin + "' has a wrong check digit: the last digit should be "
                    + CheckDigit.compute(gtin.substring(0, length - 1)), length - 1, "01");
        }
        return "0".repeat(14 - length) + gtin;
    }

    /** A 13-digit GLN (global location number) with a valid check digit. */
    public static String gln(String gln) {
        return checkedNumber(gln, 13, "414", "GLN");
    }

    /** An 18-digit SSCC with a valid check digit. */
    public static String sscc(String sscc) {
        return checkedNumber(sscc, 18, "00", "SSCC");
    }

    public static String serial(String serial) {
        return checkAlphanumeric(serial, "21", "serial", -1);
    }

    public static String batch(String batch) {
        return checkAlphanumeric(batch, "10", "batch", -1);
    }

    public static boolean isNhrnAi(String ai) {
        return ai != null && ai.length() == 3 && ai.startsWith("71") && ai.charAt(2) >= '0' && ai.charAt(2) <= '4';
    }

    /**
     * 1 to 20 characters of GS1 set 82; {@code offset} is the value's position in a larger input
     * (for error positions), or -1.
     */
    static String checkAlphanumeric(String value, String ai, String name, int offset) {
        if (value == null || value.isEmpty()) {
            throw new Gs1ParseException(name + " is empty: send 1 to " + MAX_ALPHANUMERIC + " characters of GS1 set 82", offset, ai);
        }
        if (value.length() > MAX_ALPHANUMERIC) {
            throw new Gs1ParseException(name + " '" + value + "' has " + value.length() + " characters, at most "
                    + MAX_ALPHANUMERIC + " are allowed (is a group separator missing after it?)", offset, ai);
        }
        int bad = CharacterSet82.firstInvalid(value);
        if (bad >= 0) {
            throw new Gs1ParseException(name + " '" + value + "' holds " + describe(value.charAt(bad))
                    + ", which is not in GS1 character set 82 (letters, digits and !\"%&'()*+,-./:;<=>?_)",
                    offset < 0 ? -1 : offset + bad, ai);
        }
        return value;
    }

    static String describe(char c) {
        return c < 32 || c > 126 ? String.format("the character U+%04X", (int) c) : "'" + c + "'";
    }

    private static String checkedNumber(String number, int length, String ai, String name) {
        if (number == null || number.isEmpty()) {
            throw new Gs1ParseException(name + " is missing: send " + length + " digits", -1, ai);
        }
        if (number.length() != length) {
            throw new Gs1ParseException(name + " must be " + length + " digits, got '" + number + "' (" + number.length()
                    + " characters)", -1, ai);
        }
        checkDigits(number, ai, name);
        if (!CheckDigit.isValid(number)) {
            throw new Gs1ParseException(name + " '" + number + "' has a wrong check digit: the last digit should be "
                    + CheckDigit.compute(number.substring(0, length - 1)), length - 1, ai);
        }
        return number;
    }

    private static void checkDigits(String number, String ai, String name) {
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                throw new Gs1ParseException(name + " '" + number + "' holds " + describe(c) + ": only digits are allowed", i, ai);
            }
        }
    }
}
