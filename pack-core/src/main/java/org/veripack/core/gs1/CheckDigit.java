package org.veripack.core.gs1;

/**
 * The GS1 mod-10 check digit shared by GTIN-8/12/13/14, GLN and SSCC: from the right, the data
 * digits are weighted 3, 1, 3, 1, ...; the check digit brings the sum to a multiple of ten.
 * It catches every single-digit error and every adjacent transposition except those of two
 * digits that differ by 5 (for example 0 and 5), which no weight pair 3/1 can tell apart.
 */
public final class CheckDigit {

    private CheckDigit() {
    }

    /** The check digit for the given data digits (the number without its check digit). */
    public static int compute(CharSequence dataDigits) {
        int sum = 0;
        boolean weightThree = true;
        for (int i = dataDigits.length() - 1; i >= 0; i--) {
            int digit = digitAt(dataDigits, i);
            sum += weightThree ? digit * 3 : digit;
            weightThree = !weightThree;
        }
        return (10 - sum % 10) % 10;
    }

    /** True when the string is all digits and its last digit is the check digit of the others. */
    public static boolean isValid(CharSequence number) {
        if (number == null || number.length() < 2) {
            return false;
        }
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        int last = number.length() - 1;
        return compute(number.subSequence(0, last)) == number.charAt(last) - '0';
    }

    /** The data digits followed by their check digit. */
    public static String append(String dataDigits) {
        return dataDigits + compute(dataDigits);
    }

    private static int digitAt(CharSequence text, int index) {
        char c = text.charAt(index);
        if (c < '0' || c > '9') {
            throw new Gs1ParseException("expected a digit but found '" + c + "'", index, null);
        }
        return c - '0';
    }
}
