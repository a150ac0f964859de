package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What the mod-10 check digit can and cannot detect, over random valid GTIN-14, GLN and SSCC:
 * every single-digit error, every adjacent transposition of digits differing by other than 5,
 * and none of the transpositions of digits differing by exactly 5.
 */
class CheckDigitProperties {

    @Provide
    Arbitrary<String> validNumbers() {
        return Arbitraries.of(13, 12, 17)
                .flatMap(dataLength -> Arbitraries.strings().numeric().ofLength(dataLength))
                .map(CheckDigit::append);
    }

    @Property
    void appendedCheckDigitIsValidAndAcceptedByTheFieldValidators(@ForAll("validNumbers") String number) {
        assertThat(CheckDigit.isValid(number)).isTrue();
        switch (number.length()) {
            case 14 -> assertThat(Gs1Validation.gtin14(number)).isEqualTo(number);
            case 13 -> assertThat(Gs1Validation.gln(number)).isEqualTo(number);
            default -> assertThat(Gs1Validation.sscc(number)).isEqualTo(number);
        }
    }

    @Property
    void everySingleDigitErrorIsCaught(@ForAll("validNumbers") String number,
            @ForAll @IntRange(min = 0, max = 17) int index, @ForAll @IntRange(min = 1, max = 9) int shift) {
        Assume.that(index < number.length());
        char original = number.charAt(index);
        char replacement = (char) ('0' + (original - '0' + shift) % 10);
        String mistyped = number.substring(0, index) + replacement + number.substring(index + 1);
        assertThat(CheckDigit.isValid(mistyped)).as("%s mistyped as %s", number, mistyped).isFalse();
    }

    @Property
    void everyAdjacentTranspositionOfDigitsNotDifferingBy5IsCaught(@ForAll("validNumbers") String number,
            @ForAll @IntRange(min = 0, max = 16) int index) {
        Assume.that(index + 1 < number.length());
        int difference = Math.abs(number.charAt(index) - number.charAt(index + 1));
        Assume.that(difference != 0 && difference != 5);
        assertThat(CheckDigit.isValid(swap(number, index))).as("%s with positions %d and %d swapped", number, index, index + 1)
                .isFalse();
    }

    @Property
    void adjacentTranspositionsOfDigitsDifferingBy5StayValidBecauseMod10CannotSeeThem(
            @ForAll("validNumbers") String number, @ForAll @IntRange(min = 0, max = 15) int index,
            @ForAll @IntRange(min = 0, max = 4) int low, @ForAll boolean lowFirst) {
        String data = number.substring(0, number.length() - 1);
        Assume.that(index + 1 < data.length());
        // plant a pair differing by 5 (0/5, 1/6, 2/7, 3/8 or 4/9) at index: 3a + b and a + 3b differ by 10
        char a = (char) ('0' + (lowFirst ? low : low + 5));
        char b = (char) ('0' + (lowFirst ? low + 5 : low));
        String valid = CheckDigit.append(data.substring(0, index) + a + b + data.substring(index + 2));
        String swapped = swap(valid, index);
        assertThat(swapped).isNotEqualTo(valid);
        assertThat(CheckDigit.isValid(swapped)).as("%s with positions %d and %d swapped", valid, index, index + 1).isTrue();
    }

    @Property
    void computeAlwaysGivesTheDigitThatMakesTheWeightedSumAMultipleOfTen(
            @ForAll("validNumbers") String number) {
        int sum = 0;
        for (int i = 0; i < number.length(); i++) {
            int weight = (number.length() - 1 - i) % 2 == 1 ? 3 : 1;
            sum += (number.charAt(i) - '0') * weight;
        }
        assertThat(sum % 10).isZero();
    }

    private static String swap(String number, int index) {
        char[] chars = number.toCharArray();
        char first = chars[index];
        chars[index] = chars[index + 1];
        chars[index + 1] = first;
        return new String(chars);
    }
}
