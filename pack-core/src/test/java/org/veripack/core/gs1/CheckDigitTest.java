package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.gs1.Gs1TestSupport.GLN;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN12;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN13;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN8;
import static org.veripack.core.gs1.Gs1TestSupport.SSCC;
import static org.veripack.core.gs1.Gs1TestSupport.failureOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The GS1 mod-10 check digit: weights 3, 1, 3, ... from the right. */
class CheckDigitTest {

    @ParameterizedTest
    @CsvSource({
        "0950600013435, 2",
        "400638133393, 1",
        "12345678901, 2",
        "1234567, 0",
        "37610425002123456, 9",
        "061414100000, 5",
        "0000000000000, 0",
        "9, 3",
        "'', 0"
    })
    void computeWeightsDigitsThreeOneFromTheRight(String data, int checkDigit) {
        assertThat(CheckDigit.compute(data)).isEqualTo(checkDigit);
    }

    @ParameterizedTest
    @ValueSource(strings = {GTIN, GTIN13, GTIN12, GTIN8, GLN, SSCC, "00"})
    void knownValidNumbersAreValid(String number) {
        assertThat(CheckDigit.isValid(number)).isTrue();
        assertThat(CheckDigit.append(number.substring(0, number.length() - 1))).isEqualTo(number);
    }

    @Test
    void leadingZerosDoNotChangeTheCheckDigit() {
        assertThat(CheckDigit.isValid("000000" + GTIN8)).isTrue();
        assertThat(CheckDigit.compute("0" + "0950600013435")).isEqualTo(CheckDigit.compute("0950600013435"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0", "09506000134353", "0950600013435A", "-9506000134352", " 9506000134352", "٠٩٥٠٦٠٠٠١٣٤٣٥٢"})
    void wrongOrMalformedNumbersAreInvalid(String number) {
        assertThat(CheckDigit.isValid(number)).isFalse();
    }

    @Test
    void computeRejectsNonDigitsWithTheirPosition() {
        Gs1ParseException e = failureOf(() -> CheckDigit.compute("12a4"));
        assertThat(e.position()).isEqualTo(2);
        assertThat(e.getMessage()).contains("'a'");
    }

    @Test
    void transpositionOfDigitsDifferingBy5IsNotCaughtByMod10() {
        // 0 and 5 weigh 0*3+5 = 15 and 5*3+0 = 15: the same sum mod 10, so the swap goes unnoticed
        String valid = CheckDigit.append("0500000000000");
        String swapped = "5" + "0" + valid.substring(2);
        assertThat(CheckDigit.isValid(valid)).isTrue();
        assertThat(CheckDigit.isValid(swapped)).isTrue();
    }
}
