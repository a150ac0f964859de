package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.gs1.Gs1TestSupport.GS;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN;
import static org.veripack.core.gs1.Gs1TestSupport.expiry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact text of each output form. */
class Gs1FormatterTest {

    private static final PackIdentifier FULL = new PackIdentifier(GTIN, "S/1", "B4", expiry("281100"), new Nhrn("710", "PZN1"));
    private static final PackIdentifier MINIMAL = new PackIdentifier(GTIN, "S1", null, null);

    @Test
    void elementStringPutsPredefinedLengthAisFirstAndAGroupSeparatorBetweenVariableOnes() {
        assertThat(Gs1Formatter.elementString(FULL, false)).isEqualTo("01" + GTIN + "17281100" + "10B4" + GS + "21S/1" + GS + "710PZN1");
        assertThat(Gs1Formatter.elementString(MINIMAL, true)).isEqualTo("]d201" + GTIN + "21S1");
    }

    @Test
    void bracketedFormWritesEveryAiInBrackets() {
        assertThat(Gs1Formatter.bracketed(FULL)).isEqualTo("(01)" + GTIN + "(17)281100(10)B4(21)S/1(710)PZN1");
        assertThat(Gs1Formatter.bracketed(MINIMAL)).isEqualTo("(01)" + GTIN + "(21)S1");
    }

    @Test
    void digitalLinkPutsKeyQualifiersInThePathAndAttributesInTheQuery() {
        assertThat(Gs1Formatter.digitalLink(FULL, "https://id.gs1.org/"))
                .isEqualTo("https://id.gs1.org/01/" + GTIN + "/10/B4/21/S%2F1?17=281100&710=PZN1");
        assertThat(Gs1Formatter.digitalLink(MINIMAL, "https://example.com/prefix"))
                .isEqualTo("https://example.com/prefix/01/" + GTIN + "/21/S1");
        PackIdentifier nhrnOnly = new PackIdentifier(GTIN, "S1", null, null, new Nhrn("714", "A&B"));
        assertThat(Gs1Formatter.digitalLink(nhrnOnly, "https://id.gs1.org")).endsWith("/21/S1?714=A%26B");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AZaz09-._~|AZaz09-._~",
        "a/b|a%2Fb",
        "100%|100%25",
        "?&=#|%3F%26%3D%23",
        "\"'()*+,:;<>!|%22%27%28%29%2A%2B%2C%3A%3B%3C%3E%21",
        "é|%C3%A9",
        "a b|a%20b"
    })
    void percentEncodeEncodesAllButUnreservedCharactersAsUppercaseUtf8(String value, String encoded) {
        assertThat(Gs1Formatter.percentEncode(value)).isEqualTo(encoded);
    }
}
