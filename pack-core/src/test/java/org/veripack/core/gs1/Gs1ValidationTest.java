package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.gs1.Gs1TestSupport.GLN;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN12;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN13;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN8;
import static org.veripack.core.gs1.Gs1TestSupport.SSCC;
import static org.veripack.core.gs1.Gs1TestSupport.expiry;
import static org.veripack.core.gs1.Gs1TestSupport.failureOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Field-level validation: GTIN, GLN, SSCC check digits; serial, batch and NHRN values; set 82. */
class Gs1ValidationTest {

    @ParameterizedTest
    @CsvSource({
        GTIN8 + ", 000000" + GTIN8,
        GTIN12 + ", 00" + GTIN12,
        GTIN13 + ", 0" + GTIN13,
        GTIN + ", " + GTIN
    })
    void gtin8To14IsReturnedPaddedTo14Digits(String gtin, String gtin14) {
        assertThat(Gs1Validation.gtin14(gtin)).isEqualTo(gtin14);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "12345678901", "123456789012345", "1"})
    void gtinOfAnyOtherLengthFailsAndSaysWhichLengthsAreAllowed(String gtin) {
        Gs1ParseException e = failureOf(() -> Gs1Validation.gtin14(gtin));
        assertThat(e.ai()).isEqualTo("01");
        assertThat(e.getMessage()).contains(gtin.length() + " characters").contains("8, 12, 13 or 14 digits");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingGtinFails(String gtin) {
        assertThat(failureOf(() -> Gs1Validation.gtin14(gtin)).getMessage()).contains("missing");
    }

    @Test
    void gtinWithANonDigitFailsAtThatCharacter() {
        Gs1ParseException e = failureOf(() -> Gs1Validation.gtin14("0950600013435X"));
        assertThat(e.position()).isEqualTo(13);
        assertThat(e.getMessage()).contains("'X'").contains("only digits");
    }

    @Test
    void gtinWithAWrongCheckDigitFailsAndNamesTheRightOne() {
        Gs1ParseException e = failureOf(() -> Gs1Validation.gtin14("09506000134350"));
        assertThat(e.position()).isEqualTo(13);
        assertThat(e.getMessage()).contains("should be 2");
        assertThat(failureOf(() -> Gs1Validation.gtin14("12345678")).position()).isEqualTo(7);
    }

    @Test
    void glnIs13DigitsWithAValidCheckDigit() {
        assertThat(Gs1Validation.gln(GLN)).isEqualTo(GLN);
        assertThat(failureOf(() -> Gs1Validation.gln("0614141000006")).position()).isEqualTo(12);
        assertThat(failureOf(() -> Gs1Validation.gln("061414100000")).getMessage()).contains("13 digits");
        assertThat(failureOf(() -> Gs1Validation.gln("06141410000A5")).position()).isEqualTo(11);
        assertThat(failureOf(() -> Gs1Validation.gln(null)).getMessage()).contains("GLN");
    }

    @Test
    void ssccIs18DigitsWithAValidCheckDigit() {
        assertThat(Gs1Validation.sscc(SSCC)).isEqualTo(SSCC);
        assertThat(failureOf(() -> Gs1Validation.sscc("376104250021234560")).position()).isEqualTo(17);
        assertThat(failureOf(() -> Gs1Validation.sscc("37610425002123456")).getMessage()).contains("18 digits");
        assertThat(failureOf(() -> Gs1Validation.sscc(null)).ai()).isEqualTo("00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "abc", "ABC", "12345678901234567890", "!\"%&'()*+,-./:;<=>?_", "aZ09"})
    void serialAndBatchAccept1To20CharactersOfSet82Unchanged(String value) {
        assertThat(Gs1Validation.serial(value)).isEqualTo(value);
        assertThat(Gs1Validation.batch(value)).isEqualTo(value);
    }

    @Test
    void serialOf21CharactersFails() {
        Gs1ParseException e = failureOf(() -> Gs1Validation.serial("123456789012345678901"));
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.getMessage()).contains("21 characters").contains("at most 20");
    }

    @ParameterizedTest
    @NullAndEmptySource
    void emptySerialOrBatchFails(String value) {
        assertThat(failureOf(() -> Gs1Validation.serial(value)).ai()).isEqualTo("21");
        assertThat(failureOf(() -> Gs1Validation.batch(value)).ai()).isEqualTo("10");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"AB CD|2", "#1|0", "ok~|2", "ÄB|0", "a\tb|1"})
    void batchOutsideSet82FailsAtTheBadCharacter(String batch, int index) {
        Gs1ParseException e = failureOf(() -> Gs1Validation.batch(batch));
        assertThat(e.ai()).isEqualTo("10");
        assertThat(e.getMessage()).contains("set 82");
        assertThat(e.position()).isEqualTo(-1);
        assertThat(CharacterSet82.firstInvalid(batch)).isEqualTo(index);
    }

    @Test
    void serialsDifferingOnlyInCaseAreDifferentIdentifiers() {
        PackIdentifier lower = new PackIdentifier(GTIN, "abc", null, null);
        PackIdentifier upper = new PackIdentifier(GTIN, "ABC", null, null);
        assertThat(lower).isNotEqualTo(upper);
        assertThat(lower.serial()).isEqualTo("abc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"710", "711", "712", "713", "714"})
    void aisFrom710To714AreNhrns(String ai) {
        assertThat(Gs1Validation.isNhrnAi(ai)).isTrue();
        assertThat(new Nhrn(ai, "X1").value()).isEqualTo("X1");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"715", "709", "71", "7100", "21", "71a", "0710"})
    void otherAisAreNotNhrns(String ai) {
        assertThat(Gs1Validation.isNhrnAi(ai)).isFalse();
        failureOf(() -> new Nhrn(ai, "X1"));
    }

    @Test
    void nhrnValueFollowsTheSerialRules() {
        assertThat(failureOf(() -> new Nhrn("710", "")).ai()).isEqualTo("710");
        assertThat(failureOf(() -> new Nhrn("711", "X".repeat(21))).ai()).isEqualTo("711");
        assertThat(failureOf(() -> new Nhrn("712", "A B")).ai()).isEqualTo("712");
    }

    @Test
    void characterSet82HoldsExactly82PrintableAsciiCharacters() {
        assertThat(CharacterSet82.ALL).hasSize(82);
        assertThat(CharacterSet82.ALL.chars()).allMatch(c -> c > 32 && c < 127);
        assertThat(CharacterSet82.ALL).contains("!\"%&'()*+,-./", "0123456789", ":;<=>?", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "_",
                "abcdefghijklmnopqrstuvwxyz");
        for (char c : " #$@[\\]^`{|}~\u001D\u00e9\u0000\u00ff\u4e00".toCharArray()) {
            assertThat(CharacterSet82.contains(c)).as("U+%04X", (int) c).isFalse();
        }
        assertThat(CharacterSet82.firstInvalid("abc")).isEqualTo(-1);
        assertThat(CharacterSet82.firstInvalid("")).isEqualTo(-1);
    }

    @Test
    void packIdentifierRejectsInvalidFields() {
        assertThat(failureOf(() -> new PackIdentifier("0950600013435", "S", null, null)).ai()).isEqualTo("01");
        assertThat(failureOf(() -> new PackIdentifier("09506000134353", "S", null, null)).ai()).isEqualTo("01");
        assertThat(failureOf(() -> new PackIdentifier(null, "S", null, null)).ai()).isEqualTo("01");
        assertThat(failureOf(() -> new PackIdentifier(GTIN, null, null, null)).ai()).isEqualTo("21");
        assertThat(failureOf(() -> new PackIdentifier(GTIN, "S", "", null)).ai()).isEqualTo("10");
        PackIdentifier id = new PackIdentifier(GTIN, "S", "B", expiry("281100"));
        assertThat(id.expiryText()).isEqualTo("281100");
        assertThat(id.nhrn()).isNull();
        assertThat(new PackIdentifier(GTIN, "S", null, null).expiryText()).isNull();
    }
}
