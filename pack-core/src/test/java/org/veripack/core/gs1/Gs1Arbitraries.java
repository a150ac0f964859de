package org.veripack.core.gs1;

import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of valid GS1 data for the property tests. */
final class Gs1Arbitraries {

    private Gs1Arbitraries() {
    }

    /** A GTIN-14: 13 random digits and their check digit. */
    static Arbitrary<String> gtin14() {
        return Arbitraries.strings().numeric().ofLength(13).map(CheckDigit::append);
    }

    /** A GTIN-8, -12, -13 or -14 as printed, before padding. */
    static Arbitrary<String> anyGtin() {
        return Arbitraries.of(7, 11, 12, 13)
                .flatMap(length -> Arbitraries.strings().numeric().ofLength(length))
                .map(CheckDigit::append);
    }

    /** 1 to 20 characters of GS1 set 82. */
    static Arbitrary<String> set82Value() {
        return Arbitraries.strings().withChars(CharacterSet82.ALL.toCharArray()).ofMinLength(1).ofMaxLength(20);
    }

    /** A valid YYMMDD for the test clock's year, DD=00 included. */
    static Arbitrary<Expiry> expiry() {
        return Combinators.combine(Arbitraries.integers().between(0, 99), Arbitraries.integers().between(1, 12))
                .flatAs((yy, month) -> {
                    int year = Expiry.resolveCentury(yy, Gs1TestSupport.CURRENT_YEAR);
                    int days = YearMonth.of(year, month).lengthOfMonth();
                    return Arbitraries.integers().between(0, days)
                            .map(day -> Expiry.parse(String.format("%02d%02d%02d", yy, month, day), Gs1TestSupport.CURRENT_YEAR));
                });
    }

    static Arbitrary<Nhrn> nhrn() {
        return Combinators.combine(Arbitraries.of("710", "711", "712", "713", "714"), set82Value()).as(Nhrn::new);
    }

    /** A pack identifier with optional batch, expiry and NHRN. */
    static Arbitrary<PackIdentifier> packIdentifier() {
        return Combinators.combine(gtin14(), set82Value(), set82Value().injectNull(0.3), expiry().injectNull(0.3),
                nhrn().injectNull(0.5)).as(PackIdentifier::new);
    }

    /** A resolver base for Digital Links. */
    static Arbitrary<String> base() {
        return Arbitraries.of("https://id.gs1.org", "https://example.com/some/prefix", "http://example.com/",
                "https://dl.example.org:8443/01/x/gtin");
    }
}
