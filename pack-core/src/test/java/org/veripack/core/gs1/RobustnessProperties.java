package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.veripack.core.gs1.Gs1TestSupport.GS;
import static org.veripack.core.gs1.Gs1TestSupport.PARSER;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever a scanner or a client sends, the parser either returns a pack identifier or throws a
 * Gs1ParseException with a position inside the input (or -1): never any other exception.
 */
class RobustnessProperties {

    private static final String SCAN_ALPHABET = "0123456789" + "0123456789" + "()()]%/?&=#:" + GS + GS + GS
            + "ABCdefXYZ \u00e9\u0000\uD83D";

    @Provide
    Arbitrary<String> randomScans() {
        Arbitrary<String> body = Arbitraries.strings().withChars(SCAN_ALPHABET.toCharArray()).ofMaxLength(60);
        Arbitrary<String> prefix = Arbitraries.of("", "]d2", "]C1", "]Q3", "]d1", "]", GS, "(", "(01)", "(21)", "(17)",
                "01" + Gs1TestSupport.GTIN, "0109506000134352(21)", "https://", "https://id.gs1.org/01/",
                "https://id.gs1.org/01/" + Gs1TestSupport.GTIN + "/", "HTTP://x/01/12345670/21/", "ftp://");
        return Arbitraries.oneOf(
                Combinators.combine(prefix, body).as(String::concat),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().ascii().ofMaxLength(80));
    }

    @Provide
    Arbitrary<String> randomUris() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("01", "10", "21", "22", "17", "", "%", "%2", "%GG", "%C3", "%C3%A9", "%41", "%2F", "?", "#"),
                Gs1Arbitraries.anyGtin(),
                Arbitraries.strings().withChars("0123456789%/?&=#AbZ()+\u00e9").ofMaxLength(12));
        Arbitrary<String> query = Arbitraries.oneOf(
                Arbitraries.of("", "?17=", "?17=281130", "?17=270230", "?17=2&17=3", "?710=", "?711=A%20B", "?=&&=",
                        "?714=%", "?17=%32%38%31%31%33%30", "#frag"),
                Arbitraries.strings().withChars("17=&%?#AZ09").ofMaxLength(20).map(q -> "?" + q));
        return Combinators.combine(Arbitraries.of("https://", "http://", "HTTPS://", "https://id.gs1.org", "https://a.b/c"),
                segment.list().ofMaxSize(8), query)
                .as((base, segments, q) -> base + "/" + String.join("/", segments) + q);
    }

    @Provide
    Arbitrary<String> validScans() {
        return Combinators.combine(Gs1Arbitraries.packIdentifier(), Arbitraries.integers().between(0, 3))
                .as((id, form) -> switch (form) {
                    case 0 -> Gs1Formatter.elementString(id, false);
                    case 1 -> Gs1Formatter.elementString(id, true);
                    case 2 -> Gs1Formatter.bracketed(id);
                    default -> Gs1Formatter.digitalLink(id, "https://id.gs1.org");
                });
    }

    @Provide
    Arbitrary<Character> insertedChars() {
        return Arbitraries.oneOf(Arbitraries.chars().with(SCAN_ALPHABET.toCharArray()), Arbitraries.chars());
    }

    @Property(tries = 3000)
    void randomInputParsesOrFailsWithGs1ParseException(@ForAll("randomScans") String scan) {
        assertParsesOrFailsCleanly(scan);
    }

    @Property(tries = 2000)
    void randomDigitalLinksParseOrFailWithGs1ParseException(@ForAll("randomUris") String uri) {
        assertParsesOrFailsCleanly(uri);
    }

    @Property(tries = 2000)
    void validScanWithOneCharacterDeletedParsesOrFailsCleanly(@ForAll("validScans") String scan,
            @ForAll @IntRange(min = 0, max = 200) int at) {
        int index = at % scan.length();
        assertParsesOrFailsCleanly(scan.substring(0, index) + scan.substring(index + 1));
    }

    @Property(tries = 2000)
    void validScanWithOneCharacterInsertedParsesOrFailsCleanly(@ForAll("validScans") String scan,
            @ForAll @IntRange(min = 0, max = 200) int at, @ForAll("insertedChars") char inserted) {
        int index = at % (scan.length() + 1);
        assertParsesOrFailsCleanly(scan.substring(0, index) + inserted + scan.substring(index));
    }

    @Property(tries = 2000)
    void validScanWithOneCharacterReplacedParsesOrFailsCleanly(@ForAll("validScans") String scan,
            @ForAll @IntRange(min = 0, max = 200) int at, @ForAll("insertedChars") char replacement) {
        int index = at % scan.length();
        assertParsesOrFailsCleanly(scan.substring(0, index) + replacement + scan.substring(index + 1));
    }

    @Property(tries = 1000)
    void validScanCutShortParsesOrFailsCleanly(@ForAll("validScans") String scan, @ForAll @IntRange(min = 0, max = 200) int at) {
        assertParsesOrFailsCleanly(scan.substring(0, at % (scan.length() + 1)));
    }

    @Property(tries = 1000)
    void fieldValidatorsAcceptOrFailWithGs1ParseException(@ForAll("randomScans") String value,
            @ForAll @IntRange(min = 0, max = 2100) int year) {
        for (Runnable check : new Runnable[] {
            () -> Gs1Validation.gtin14(value), () -> Gs1Validation.gln(value), () -> Gs1Validation.sscc(value),
            () -> Gs1Validation.serial(value), () -> Gs1Validation.batch(value), () -> Expiry.parse(value, year),
            () -> CheckDigit.isValid(value)
        }) {
            Throwable thrown = catchThrowable(check::run);
            if (thrown != null) {
                assertThat(thrown).as("validating %s", Gs1TestSupport.visible(value)).isExactlyInstanceOf(Gs1ParseException.class);
            }
        }
    }

    private static void assertParsesOrFailsCleanly(String input) {
        Throwable thrown = catchThrowable(() -> PARSER.parse(input));
        if (thrown != null) {
            assertThat(thrown).as("parsing %s", Gs1TestSupport.visible(input)).isExactlyInstanceOf(Gs1ParseException.class);
            Gs1ParseException e = (Gs1ParseException) thrown;
            assertThat(e.position()).as("position for %s: %s", Gs1TestSupport.visible(input), e.getMessage())
                    .isBetween(-1, input.length());
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
