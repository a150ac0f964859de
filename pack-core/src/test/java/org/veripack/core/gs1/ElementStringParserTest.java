package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.gs1.Gs1TestSupport.GS;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN;
import static org.veripack.core.gs1.Gs1TestSupport.expiry;
import static org.veripack.core.gs1.Gs1TestSupport.failure;
import static org.veripack.core.gs1.Gs1TestSupport.parse;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Element strings as scanners send them: raw with GS separators, with symbology identifiers, bracketed. */
class ElementStringParserTest {

    private static final PackIdentifier FULL = new PackIdentifier(GTIN, "SER1AL", "B4TCH", expiry("281130"));

    @Test
    void rawElementStringWithoutSymbologyIdentifierParses() {
        assertThat(parse("01" + GTIN + "17281130" + "10B4TCH" + GS + "21SER1AL")).isEqualTo(FULL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"]d2", "]C1", "]Q3"})
    void gs1SymbologyIdentifiersAreAcceptedAndSkipped(String symbologyIdentifier) {
        assertThat(parse(symbologyIdentifier + "01" + GTIN + "17281130" + "10B4TCH" + GS + "21SER1AL")).isEqualTo(FULL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"]d1", "]D2", "]C0", "]Q1", "]e0", "]xx", "]", "]d"})
    void anyOtherSymbologyIdentifierFailsAtPositionZero(String symbologyIdentifier) {
        Gs1ParseException e = failure(symbologyIdentifier + "01" + GTIN + "21SER1AL");
        assertThat(e.position()).isZero();
        assertThat(e.ai()).isNull();
        assertThat(e.getMessage()).contains("symbology identifier").contains("]d2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "]d2", "]C1"})
    void leadingGroupSeparatorIsSkipped(String prefix) {
        assertThat(parse(prefix + GS + "01" + GTIN + "17281130" + "10B4TCH" + GS + "21SER1AL")).isEqualTo(FULL);
    }

    @Test
    void predefinedLengthAisNeedNoSeparator() {
        String scan = "01" + GTIN + "17281130" + "11250101" + "20" + "07" + "3103000125" + "41" + "0" + "4006381333931"
                + "10B4TCH" + GS + "21SER1AL";
        assertThat(parse(scan)).isEqualTo(FULL);
    }

    @Test
    void groupSeparatorAfterPredefinedLengthAiIsTolerated() {
        assertThat(parse("01" + GTIN + GS + "17281130" + GS + "10B4TCH" + GS + "21SER1AL")).isEqualTo(FULL);
    }

    @Test
    void variableLengthValueEndsAtGroupSeparatorOrAtEndOfInput() {
        assertThat(parse("01" + GTIN + "21SER1AL" + GS + "10B4TCH" + GS + "17281130"))
                .isEqualTo(FULL);
        assertThat(parse("01" + GTIN + "17281130" + "21SER1AL" + GS + "10B4TCH")).isEqualTo(FULL);
    }

    @Test
    void trailingGroupSeparatorIsIgnored() {
        assertThat(parse("01" + GTIN + "17281130" + "10B4TCH" + GS + "21SER1AL" + GS)).isEqualTo(FULL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "01{gtin}17281130 10B4TCH<GS>21SER1AL",
        "17281130 01{gtin}21SER1AL<GS>10B4TCH",
        "21SER1AL<GS>01{gtin}17281130 10B4TCH",
        "10B4TCH<GS>21SER1AL<GS>17281130 01{gtin}",
        "21SER1AL<GS>10B4TCH<GS>01{gtin}17281130"
    })
    void aisMayComeInAnyOrder(String template) {
        String scan = template.replace("{gtin}", GTIN).replace(" ", "").replace("<GS>", GS);
        assertThat(parse(scan)).isEqualTo(FULL);
        assertThat(parse("]d2" + scan)).isEqualTo(FULL);
    }

    @Test
    void batchAndExpiryAreOptional() {
        assertThat(parse("01" + GTIN + "21SER1AL")).isEqualTo(new PackIdentifier(GTIN, "SER1AL", null, null));
    }

    @Test
    void otherKnownAisAreSkipped() {
        String scan = "01" + GTIN + "30" + "12" + GS + "240" + "ADDITIONAL-ID" + GS + "7003" + "2611241200" + GS
                + "21SER1AL" + GS + "91" + "INTERNAL" + GS + "715" + "US-NHRN";
        PackIdentifier id = parse(scan);
        assertThat(id).isEqualTo(new PackIdentifier(GTIN, "SER1AL", null, null));
        assertThat(id.nhrn()).as("715 is not an NHRN").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"710", "711", "712", "713", "714"})
    void nationalReimbursementNumbersAreRead(String ai) {
        PackIdentifier id = parse("01" + GTIN + "21SER1AL" + GS + ai + "PZN-1234567");
        assertThat(id.nhrn()).isEqualTo(new Nhrn(ai, "PZN-1234567"));
    }

    @Test
    void serialAndBatchKeepTheirCaseAndAreNeverNormalised() {
        PackIdentifier lower = parse("01" + GTIN + "10abc" + GS + "21abc");
        PackIdentifier upper = parse("01" + GTIN + "10ABC" + GS + "21ABC");
        assertThat(lower.serial()).isEqualTo("abc");
        assertThat(lower.batch()).isEqualTo("abc");
        assertThat(upper.serial()).isEqualTo("ABC");
        assertThat(lower).isNotEqualTo(upper);
    }

    @Test
    void serialMayHoldEverySpecialCharacterOfSet82() {
        assertThat(parse("01" + GTIN + "21!\"%&'()*+,-./:;<=>?_").serial()).isEqualTo("!\"%&'()*+,-./:;<=>?_");
    }

    @Test
    void sameAiTwiceWithSameValueIsAccepted() {
        assertThat(parse("01" + GTIN + "21SER1AL" + GS + "01" + GTIN).serial()).isEqualTo("SER1AL");
    }

    @Test
    void sameAiTwiceWithDifferentValuesFails() {
        String scan = "01" + GTIN + "21SER1AL" + GS + "21OTHER";
        Gs1ParseException e = failure(scan);
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.position()).isEqualTo(scan.indexOf("OTHER"));
    }

    @Test
    void bracketedHumanReadableFormParses() {
        assertThat(parse("(01)" + GTIN + "(17)281130(10)B4TCH(21)SER1AL")).isEqualTo(FULL);
        assertThat(parse("]d2(01)" + GTIN + "(17)281130(10)B4TCH(21)SER1AL")).isEqualTo(FULL);
    }

    @Test
    void bracketedFormAcceptsAnyOrderAndSkipsOtherAis() {
        assertThat(parse("(21)SER1AL(10)B4TCH(11)250101(17)281130(01)" + GTIN + "(91)X")).isEqualTo(FULL);
    }

    @Test
    void bracketedValueMayHoldBracketsThatAreNotAnAi() {
        assertThat(parse("(01)" + GTIN + "(21)A(B)C").serial()).isEqualTo("A(B)C");
        assertThat(parse("(01)" + GTIN + "(21)A(999)C").serial()).isEqualTo("A(999)C");
    }

    @Test
    void expiryDayZeroMeansLastDayOfMonth() {
        PackIdentifier id = parse("01" + GTIN + "17280200" + "21X");
        assertThat(id.expiryText()).isEqualTo("280200");
        assertThat(id.expiry().lastDay()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void indicatorDigitGtin14IsKeptAsIs() {
        String gtin = CheckDigit.append("1950600013435");
        assertThat(parse("01" + gtin + "21X").gtin()).isEqualTo(gtin);
    }
}
