package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.gs1.Gs1TestSupport.GS;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN;
import static org.veripack.core.gs1.Gs1TestSupport.failure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every failure is a Gs1ParseException that says what was wrong, where (position) and for which AI. */
class ParseErrorReportingTest {

    @Test
    void parseExceptionIsARefusalOfAnInvalidIdentifierWithPositionAndAiInItsMessage() {
        Gs1ParseException e = new Gs1ParseException("bad", 7, "21");
        assertThat(e).isInstanceOf(org.veripack.core.refusal.Refusal.class);
        assertThat(e.reason()).isEqualTo(org.veripack.core.refusal.Reason.INVALID_IDENTIFIER);
        assertThat(e.getMessage()).isEqualTo("bad (AI 21, at position 7)");
        assertThat(new Gs1ParseException("bad", 3, null).getMessage()).isEqualTo("bad (at position 3)");
        assertThat(new Gs1ParseException("bad").position()).isEqualTo(-1);
        assertThat(new Gs1ParseException("bad").getMessage()).isEqualTo("bad");
    }

    @Test
    void emptyOrNullScanFailsAtPositionZero() {
        for (String scan : new String[] {"", null}) {
            Gs1ParseException e = failure(scan);
            assertThat(e.position()).isZero();
            assertThat(e.ai()).isNull();
            assertThat(e.getMessage()).contains("empty");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"]d2", "]C1" + GS, GS + GS})
    void prefixWithoutDataFails(String scan) {
        Gs1ParseException e = failure(scan);
        assertThat(e.position()).isEqualTo(scan.length());
    }

    @Test
    void wrongGtinCheckDigitPointsAtTheCheckDigitAndSaysTheRightOne() {
        String scan = "]d2" + "01" + "09506000134353" + "21S";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("01");
        assertThat(e.position()).isEqualTo(3 + 2 + 13);
        assertThat(e.getMessage()).contains("check digit").contains("should be 2");
    }

    @Test
    void nonDigitInGtinPointsAtThatCharacter() {
        String scan = "01" + "0950600A134352" + "21S";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("01");
        assertThat(e.position()).isEqualTo(2 + 7);
    }

    @Test
    void serialTooLongBecauseOfAMissingGroupSeparatorPointsAtTheSerial() {
        String scan = "01" + GTIN + "21" + "ABCDEFGHIJKLMNOP" + "10" + "BATCH42";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.position()).isEqualTo(18);
        assertThat(e.getMessage()).contains("25 characters").contains("at most 20").contains("group separator");
    }

    @Test
    void batchTooLongPointsAtTheBatch() {
        String scan = "01" + GTIN + "21S" + GS + "10" + "X".repeat(21);
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("10");
        assertThat(e.position()).isEqualTo(scan.indexOf("XXX"));
    }

    @ParameterizedTest
    @ValueSource(chars = {' ', '#', '$', '@', '[', '\\', '^', '`', '{', '|', '}', '~', 'é', '\u0000', '\u001C'})
    void characterOutsideSet82PointsAtThatCharacter(char bad) {
        String scan = "01" + GTIN + "10OK" + GS + "21AB" + bad + "CD";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.position()).isEqualTo(scan.indexOf(bad));
        assertThat(e.getMessage()).contains("set 82");
    }

    @Test
    void characterOutsideSet82InBracketedFormPointsAtThatCharacter() {
        String scan = "(01)" + GTIN + "(10)LOT 1(21)S";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("10");
        assertThat(e.position()).isEqualTo(scan.indexOf(' '));
    }

    @Test
    void unknownAiInRawFormPointsAtItAndHintsAtAMissingSeparator() {
        String scan = "01" + GTIN + "8X" + "21S";
        Gs1ParseException e = failure(scan);
        assertThat(e.position()).isEqualTo(16);
        assertThat(e.getMessage()).contains("no known application identifier").contains("8X21");
    }

    @Test
    void unknownAiInBracketedFormPointsAtItsBracket() {
        String scan = "(01)" + GTIN + "(999)X(21)S";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("999");
        assertThat(e.position()).isEqualTo(18);
    }

    @Test
    void unclosedBracketFails() {
        Gs1ParseException e = failure("(01" + GTIN);
        assertThat(e.position()).isZero();
        assertThat(e.getMessage()).contains("never closed");
    }

    @Test
    void truncatedPredefinedLengthValueSaysHowManyCharactersAreMissing() {
        Gs1ParseException e = failure("21S" + GS + "01" + "0950600");
        assertThat(e.ai()).isEqualTo("01");
        assertThat(e.position()).isEqualTo(6);
        assertThat(e.getMessage()).contains("needs 14 characters but only 7 follow");
    }

    @Test
    void shortFixedLengthValueInBracketedFormSaysSo() {
        String scan = "(01)" + GTIN + "(17)2611(21)S";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("17");
        assertThat(e.position()).isEqualTo(scan.indexOf("2611"));
        assertThat(e.getMessage()).contains("6");
    }

    @Test
    void tooLongFixedLengthValueInBracketedFormPointsAtTheFirstExtraCharacter() {
        String scan = "(01)" + GTIN + "9(21)S";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("01");
        assertThat(e.position()).isEqualTo(18);
        assertThat(e.getMessage()).contains("exactly 14");
    }

    @Test
    void rawAndBracketedFormsCannotBeMixed() {
        Gs1ParseException e = failure("01" + GTIN + "(21)S");
        assertThat(e.position()).isEqualTo(16);
    }

    @Test
    void emptyValueInBracketedFormFailsInsteadOfSwallowingTheNextAi() {
        String scan = "(01)" + GTIN + "(21)(10)B4TCH";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.position()).isEqualTo(scan.indexOf("(10)"));
        assertThat(e.getMessage()).contains("no value");
    }

    @Test
    void emptyVariableValueInRawFormFails() {
        String scan = "01" + GTIN + "21" + GS + "10B";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.position()).isEqualTo(18);
    }

    @Test
    void impossibleExpiryDatePointsAtTheDay() {
        String scan = "01" + GTIN + "17270230" + "21S";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("17");
        assertThat(e.position()).isEqualTo(18 + 4);
        assertThat(e.getMessage()).contains("270230").contains("28 days").contains("00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"271300", "270000", "279915"})
    void impossibleExpiryMonthPointsAtTheMonth(String yymmdd) {
        String scan = "(01)" + GTIN + "(17)" + yymmdd + "(21)S";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("17");
        assertThat(e.position()).isEqualTo(scan.indexOf(yymmdd) + 2);
        assertThat(e.getMessage()).contains("01 to 12");
    }

    @Test
    void nonDigitExpiryPointsAtTheCharacter() {
        String scan = "01" + GTIN + "172711A0" + "21S";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("17");
        assertThat(e.position()).isEqualTo(18 + 4);
    }

    @Test
    void missingSerialNamesAi21() {
        Gs1ParseException e = failure("01" + GTIN + "10B4TCH");
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.getMessage()).contains("serial");
    }

    @Test
    void missingGtinNamesAi01() {
        Gs1ParseException e = failure("21S" + GS + "10B4TCH");
        assertThat(e.ai()).isEqualTo("01");
        assertThat(e.getMessage()).contains("GTIN");
    }

    @Test
    void badPercentEncodingPointsAtThePercentSign() {
        String uri = "https://id.gs1.org/01/" + GTIN + "/10/L%Z1/21/S";
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("10");
        assertThat(e.position()).isEqualTo(uri.indexOf('%'));
    }

    @Test
    void invalidNhrnValuePointsAtTheBadCharacter() {
        String scan = "01" + GTIN + "21S" + GS + "710PZN 123";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("710");
        assertThat(e.position()).isEqualTo(scan.indexOf(' '));
    }
}
