package org.veripack.core.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.veripack.core.gs1.Gs1ParseException;
import org.veripack.core.refusal.Reason;

/** SGTINs and SSCCs as EPC URNs and as Digital Links of any host, canonicalised to GTIN-14 + serial and SSCC-18. */
class EpcIdentifiersTest {

    /** urn:epc:id:sgtin:0614141.107346.* : indicator 1, company prefix 0614141, item reference 07346. */
    private static final String GTIN = "10614141073464";
    /** urn:epc:id:sscc:0614141.1234567890 : extension 1, company prefix 0614141, serial reference 234567890. */
    private static final String SSCC = "106141412345678908";

    @Test
    void sgtinUrnPutsTheIndicatorFirstAndComputesTheCheckDigit() {
        assertThat(EpcIdentifiers.sgtin("urn:epc:id:sgtin:0614141.107346.2017")).isEqualTo(new PackRef(GTIN, "2017"));
    }

    @ParameterizedTest
    @CsvSource({
        "urn:epc:id:sgtin:061414.1073460.S1, 10614140734601",
        "urn:epc:id:sgtin:061414107346.1.S1, 10614141073464",
        "urn:epc:id:sgtin:0614141.007346.S1, 00614141073467"
    })
    void everyCompanyPrefixLengthFrom6To12Works(String urn, String gtin) {
        assertThat(EpcIdentifiers.sgtin(urn).gtin()).isEqualTo(gtin);
    }

    @Test
    void serialKeepsItsDotsAndCase() {
        assertThat(EpcIdentifiers.sgtin("urn:epc:id:sgtin:0614141.107346.aB.c.1").serial()).isEqualTo("aB.c.1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A%2FB|A/B",
        "%22Q%22|\"Q\"",
        "100%25|100%",
        "a%26b%3Cc%3Ed%3F|a&b<c>d?",
        "x%2fy|x/y"
    })
    void urnEscapesAreDecoded(String escaped, String serial) {
        assertThat(EpcIdentifiers.sgtin("urn:epc:id:sgtin:0614141.107346." + escaped).serial()).isEqualTo(serial);
    }

    @ParameterizedTest
    @ValueSource(strings = {"A%2", "A%ZZ", "A%C3%A9", "%"})
    void badOrNonAsciiEscapesAreRefused(String serial) {
        String urn = "urn:epc:id:sgtin:0614141.107346." + serial;
        assertThat(failure(urn).getMessage()).contains(urn).contains("%25");
    }

    @Test
    void escapeThatDecodesOutsideSet82IsRefusedNamingTheCharacter() {
        String urn = "urn:epc:id:sgtin:0614141.107346.A%7FB";
        assertThat(failure(urn).getMessage()).contains(urn).contains("U+007F").contains("set 82");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "urn:epc:id:sgtin:0614141.107346.",
        "urn:epc:id:sgtin:0614141.107346.123456789012345678901"
    })
    void serialMustBe1To20Characters(String urn) {
        assertThat(failure(urn).getMessage()).contains(urn).contains("serial");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "urn:epc:id:sgtin:0614141.107346",
        "urn:epc:id:sgtin:06141.1073469.S1",
        "urn:epc:id:sgtin:0614141.10734.S1",
        "urn:epc:id:sgtin:0614141.1073A6.S1",
        "urn:epc:id:sgtin:0614141..S1"
    })
    void malformedSgtinUrnsAreRefusedNamingTheIdentifier(String urn) {
        Gs1ParseException e = failure(urn);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_IDENTIFIER);
        assertThat(e.getMessage()).contains("'" + urn + "'");
    }

    @Test
    void ssccUrnPutsTheExtensionFirst() {
        assertThat(EpcIdentifiers.sscc("urn:epc:id:sscc:0614141.1234567890")).isEqualTo(SSCC);
        assertThat(EpcIdentifiers.child("URN:EPC:ID:SSCC:0614141.1234567890")).isEqualTo(new UnitRef(SSCC));
    }

    @ParameterizedTest
    @ValueSource(strings = {"urn:epc:id:sscc:0614141.123456789", "urn:epc:id:sscc:0614141.1234567890.1", "urn:epc:id:sscc:0614141"})
    void malformedSsccUrnsAreRefused(String urn) {
        assertThat(failure(() -> EpcIdentifiers.sscc(urn)).getMessage()).contains(urn);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://id.gs1.org/01/10614141073464/21/2017",
        "https://example.com/some/prefix/01/10614141073464/21/2017",
        "http://example.com/01/10614141073464/10/LOT1/21/2017?linkType=all&17=991399",
        "HTTPS://ID.GS1.ORG/01/10614141073464/21/2017#anything",
        "https://id.gs1.org/01/10614141073464/21/%32017"
    })
    void digitalLinkOfAnyHostGivesTheSamePackAsTheUrn(String uri) {
        assertThat(EpcIdentifiers.sgtin(uri)).isEqualTo(EpcIdentifiers.sgtin("urn:epc:id:sgtin:0614141.107346.2017"));
    }

    @Test
    void digitalLinkPathIsPercentDecoded() {
        assertThat(EpcIdentifiers.sgtin("https://id.gs1.org/01/10614141073464/21/A%2FB").serial()).isEqualTo("A/B");
    }

    @Test
    void shortGtinInADigitalLinkIsPaddedToGtin14() {
        assertThat(EpcIdentifiers.sgtin("https://id.gs1.org/01/4036001234560/21/X").gtin()).isEqualTo("04036001234560");
    }

    @Test
    void ssccDigitalLink() {
        assertThat(EpcIdentifiers.sscc("https://id.gs1.org/00/" + SSCC)).isEqualTo(SSCC);
        assertThat(EpcIdentifiers.child("https://example.com/dl/00/" + SSCC + "?x=1")).isEqualTo(new UnitRef(SSCC));
    }

    @Test
    void wrongCheckDigitInADigitalLinkIsRefusedWithTheRightDigit() {
        String uri = "https://id.gs1.org/01/10614141073465/21/2017";
        Gs1ParseException e = failure(uri);
        assertThat(e.reason()).isEqualTo(Reason.INVALID_IDENTIFIER);
        assertThat(e.getMessage()).contains(uri).contains("check digit").contains("should be 4");

        String sscc = "https://id.gs1.org/00/106141412345678907";
        assertThat(failure(() -> EpcIdentifiers.sscc(sscc)).getMessage()).contains(sscc).contains("should be 8");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://id.gs1.org/01/10614141073464|not a pack",
        "https://id.gs1.org/01/10614141073464/10/LOT1|not a pack",
        "https://id.gs1.org/01/10614141073464/21/2017/10/LOT1|out of order",
        "https://id.gs1.org/414/0614141000005|/01/{gtin}/21/{serial}",
        "https://id.gs1.org/00/106141412345678908/21/1|continues after",
        "https://id.gs1.org/00/10614141234567890|18 digits",
        "https://id.gs1.org|/01/{gtin}/21/{serial}"
    })
    void unusableDigitalLinksAreRefusedSayingWhy(String uri, String why) {
        assertThat(failure(() -> EpcIdentifiers.child(uri)).getMessage()).contains(uri).contains(why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "urn:epc:id:sgln:0614141.00777.0", "urn:epc:class:lgtin:4012345.012345.998877", "10614141073464"})
    void otherIdentifiersAreRefused(String epc) {
        assertThat(failure(() -> EpcIdentifiers.child(epc)).getMessage()).contains("urn:epc:id:sgtin:").contains("/00/{sscc}");
    }

    @Test
    void nullIsRefused() {
        assertThat(failure(() -> EpcIdentifiers.child(null)).getMessage()).contains("empty");
    }

    @Test
    void aPackIsNotAUnitNorAUnitAPack() {
        assertThat(failure(() -> EpcIdentifiers.sgtin("urn:epc:id:sscc:0614141.1234567890")).getMessage())
                .contains("is an SSCC").contains("urn:epc:id:sgtin:");
        assertThat(failure(() -> EpcIdentifiers.sscc("https://id.gs1.org/01/10614141073464/21/2017")).getMessage())
                .contains("is an SGTIN").contains("urn:epc:id:sscc:");
    }

    @Test
    void childTellsPacksFromUnits() {
        assertThat(EpcIdentifiers.child("urn:epc:id:sgtin:0614141.107346.2017")).isInstanceOf(PackRef.class);
        assertThat(EpcIdentifiers.child("urn:epc:id:sscc:0614141.1234567890")).isInstanceOf(UnitRef.class);
    }

    private static Gs1ParseException failure(String sgtin) {
        return failure(() -> EpcIdentifiers.sgtin(sgtin));
    }

    private static Gs1ParseException failure(Runnable code) {
        Gs1ParseException e = catchThrowableOfType(Gs1ParseException.class, code::run);
        assertThat(e).as("expected a Gs1ParseException").isNotNull();
        return e;
    }
}
