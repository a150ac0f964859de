package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN12;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN13;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN8;
import static org.veripack.core.gs1.Gs1TestSupport.expiry;
import static org.veripack.core.gs1.Gs1TestSupport.failure;
import static org.veripack.core.gs1.Gs1TestSupport.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** GS1 Digital Link URIs: any resolver prefix, /01/ then /10/ then /21/, expiry and NHRN in the query. */
class DigitalLinkParserTest {

    private static final PackIdentifier FULL = new PackIdentifier(GTIN, "SER1AL", "B4TCH", expiry("281130"));

    @ParameterizedTest
    @ValueSource(strings = {
        "https://id.gs1.org",
        "https://example.com/some/prefix",
        "http://example.com",
        "HTTPS://EXAMPLE.COM",
        "https://example.com:8443/dl",
        "https://example.com/01/shop"
    })
    void anyHostAndPathPrefixIsAccepted(String base) {
        assertThat(parse(base + "/01/" + GTIN + "/10/B4TCH/21/SER1AL?17=281130")).isEqualTo(FULL);
    }

    @Test
    void batchIsOptional() {
        assertThat(parse("https://id.gs1.org/01/" + GTIN + "/21/SER1AL"))
                .isEqualTo(new PackIdentifier(GTIN, "SER1AL", null, null));
    }

    @Test
    void consumerProductVariantMayComeBeforeBatch() {
        assertThat(parse("https://id.gs1.org/01/" + GTIN + "/22/V1/10/B4TCH/21/SER1AL?17=281130")).isEqualTo(FULL);
    }

    @ParameterizedTest
    @CsvSource({
        "/01/{gtin}/21/SER1AL/10/B4TCH, 10",
        "/01/{gtin}/10/B4TCH/22/V1/21/SER1AL, 22",
        "/01/{gtin}/21/SER1AL/21/SER1AL, 21"
    })
    void keyQualifiersOutOfOrderFail(String path, String offendingAi) {
        String uri = "https://id.gs1.org" + path.replace("{gtin}", GTIN);
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo(offendingAi);
        assertThat(e.position()).isEqualTo(uri.lastIndexOf("/" + offendingAi + "/") + 1);
        assertThat(e.getMessage()).contains("out of order");
    }

    @Test
    void pathElementThatIsNotAKeyQualifierFails() {
        String uri = "https://id.gs1.org/01/" + GTIN + "/17/281130/21/SER1AL";
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("17");
        assertThat(e.position()).isEqualTo(uri.indexOf("/17/") + 1);
    }

    @Test
    void expiryAndNhrnComeFromTheQueryAndOtherParametersAreIgnored() {
        PackIdentifier id = parse("https://id.gs1.org/01/" + GTIN + "/10/B4TCH/21/SER1AL"
                + "?linkType=gs1:pip&17=281130&foo=bar&21=IGNORED&711=CIP-34009&context");
        assertThat(id.expiry()).isEqualTo(expiry("281130"));
        assertThat(id.nhrn()).isEqualTo(new Nhrn("711", "CIP-34009"));
        assertThat(id.serial()).isEqualTo("SER1AL");
    }

    @Test
    void fragmentIsIgnored() {
        assertThat(parse("https://id.gs1.org/01/" + GTIN + "/10/B4TCH/21/SER1AL?17=281130#top")).isEqualTo(FULL);
        assertThat(parse("https://id.gs1.org/01/" + GTIN + "/10/B4TCH/21/SER1AL#?17=999999"))
                .isEqualTo(new PackIdentifier(GTIN, "SER1AL", "B4TCH", null));
    }

    @Test
    void queryParameter715IsNotAnNhrn() {
        assertThat(parse("https://id.gs1.org/01/" + GTIN + "/21/S?715=X").nhrn()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A%2FB|A/B",
        "100%25|100%",
        "WHY%3F|WHY?",
        "A%26B|A&B",
        "%22Q%22|\"Q\"",
        "x%2fy|x/y",
        "a+b|a+b",
        "%41%42c|ABc"
    })
    void serialIsPercentDecoded(String encoded, String serial) {
        assertThat(parse("https://id.gs1.org/01/" + GTIN + "/21/" + encoded).serial()).isEqualTo(serial);
    }

    @Test
    void batchAndNhrnArePercentDecoded() {
        PackIdentifier id = parse("https://id.gs1.org/01/" + GTIN + "/10/L%2F1/21/S?714=A%26B");
        assertThat(id.batch()).isEqualTo("L/1");
        assertThat(id.nhrn()).isEqualTo(new Nhrn("714", "A&B"));
    }

    @ParameterizedTest
    @ValueSource(strings = {GTIN8, GTIN12, GTIN13})
    void shortGtinsArePaddedTo14Digits(String gtin) {
        String gtin14 = "0".repeat(14 - gtin.length()) + gtin;
        assertThat(parse("https://id.gs1.org/01/" + gtin + "/21/S").gtin()).isEqualTo(gtin14);
    }

    @ParameterizedTest
    @ValueSource(strings = {"%2", "%ZZ1", "%4", "A%G1", "A%", "A%%41"})
    void incompletePercentEncodingFailsAtThePercentSign(String encodedSerial) {
        String uri = "https://id.gs1.org/01/" + GTIN + "/21/" + encodedSerial;
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.position()).isEqualTo(uri.indexOf('%'));
        assertThat(e.getMessage()).contains("two hex digits");
    }

    @Test
    void percentSignFollowedByNonAsciiDigitsFails() {
        String uri = "https://id.gs1.org/01/" + GTIN + "/21/A%\u0664\u0661";
        Gs1ParseException e = failure(uri);
        assertThat(e.position()).isEqualTo(uri.indexOf('%'));
    }

    @Test
    void percentEncodedBytesThatAreNotUtf8Fail() {
        String uri = "https://id.gs1.org/01/" + GTIN + "/21/AB%C3";
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.getMessage()).contains("UTF-8");
    }

    @Test
    void decodedCharacterOutsideSet82IsReportedAtItsPositionInTheUri() {
        String uri = "https://id.gs1.org/01/" + GTIN + "/21/%41%20B";
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.position()).isEqualTo(uri.indexOf("%20"));
        assertThat(e.getMessage()).contains("' '").contains("set 82");
    }

    @Test
    void percentEncodedMultiByteCharacterIsReportedAtItsFirstEscape() {
        String uri = "https://id.gs1.org/01/" + GTIN + "/10/L%2F1/21/AB%C3%A9";
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.position()).isEqualTo(uri.indexOf("%C3"));
        assertThat(e.getMessage()).contains("U+00E9");
    }

    @Test
    void percentEncodedExpiryErrorIsReportedAtItsPositionInTheUri() {
        String uri = "https://id.gs1.org/01/" + GTIN + "/21/S?17=%32%37%30%32%33%30";
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("17");
        assertThat(e.position()).isEqualTo(uri.indexOf("%33%30"));
    }

    @Test
    void rawCharactersOutsideAsciiAreNeverTurnedIntoValidCharacters() {
        String uri = "https://id.gs1.org/01/" + GTIN + "/21/%41\uD83D\uDE00";
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.position()).isEqualTo(uri.indexOf('\uD83D'));
    }

    @Test
    void gtinWithWrongCheckDigitFailsAtTheCheckDigit() {
        String uri = "https://id.gs1.org/01/09506000134353/21/S";
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("01");
        assertThat(e.position()).isEqualTo(uri.indexOf("09506000134353") + 13);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://id.gs1.org/21/S",
        "https://id.gs1.org/01/123/21/S",
        "https://id.gs1.org/01/\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667/21/S",
        "https://id.gs1.org/01/"
    })
    void missingGtinFails(String uri) {
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("01");
        assertThat(e.position()).isEqualTo("https://id.gs1.org".length());
    }

    @Test
    void missingSerialFails() {
        Gs1ParseException e = failure("https://id.gs1.org/01/" + GTIN + "/10/B4TCH");
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.getMessage()).contains("serial");
    }

    @Test
    void keyWithoutValueFails() {
        String uri = "https://id.gs1.org/01/" + GTIN + "/21";
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("21");
        assertThat(e.position()).isEqualTo(uri.length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://id.gs1.org/01/09506000134352/21/S", "https://id.gs1.org", "https://"})
    void nonHttpSchemeOrMissingPathFails(String uri) {
        failure(uri);
    }

    @Test
    void impossibleExpiryInQueryFailsAtTheDay() {
        String uri = "https://id.gs1.org/01/" + GTIN + "/21/S?17=270230";
        Gs1ParseException e = failure(uri);
        assertThat(e.ai()).isEqualTo("17");
        assertThat(e.position()).isEqualTo(uri.indexOf("270230") + 4);
    }

    @Test
    void conflictingExpiriesInQueryFail() {
        Gs1ParseException e = failure("https://id.gs1.org/01/" + GTIN + "/21/S?17=281130&17=281231");
        assertThat(e.ai()).isEqualTo("17");
    }
}
