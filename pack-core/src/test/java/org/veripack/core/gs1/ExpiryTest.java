package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.gs1.Gs1TestSupport.GTIN;
import static org.veripack.core.gs1.Gs1TestSupport.expiry;
import static org.veripack.core.gs1.Gs1TestSupport.failureOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expiry YYMMDD: a real date, DD=00 as the last day of the month, the GS1 century rule, expired from the day after. */
class ExpiryTest {

    @Test
    void realDateIsParsedAndItsTextKeptExactly() {
        Expiry expiry = expiry("281130");
        assertThat(expiry.text()).isEqualTo("281130");
        assertThat(expiry.lastDay()).isEqualTo(LocalDate.of(2028, 11, 30));
        assertThat(expiry).hasToString("281130");
    }

    @ParameterizedTest
    @CsvSource({
        "280200, 2028-02-29",
        "270200, 2027-02-28",
        "000200, 2000-02-29",
        "260100, 2026-01-31",
        "260400, 2026-04-30",
        "261200, 2026-12-31"
    })
    void dayZeroMeansTheLastDayOfTheMonth(String text, LocalDate lastDay) {
        Expiry expiry = expiry(text);
        assertThat(expiry.lastDay()).isEqualTo(lastDay);
        assertThat(expiry.text()).as("DD=00 is kept as printed").isEqualTo(text);
    }

    @Test
    void dayZeroInFebruary2100IsThe28thBecause2100IsNotALeapYear() {
        assertThat(Expiry.parse("000200", 2080).lastDay()).isEqualTo(LocalDate.of(2100, 2, 28));
        Gs1ParseException e = failureOf(() -> Expiry.parse("000229", 2080));
        assertThat(e.position()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"280229, 2028-02-29", "000229, 2000-02-29", "260131, 2026-01-31", "770101, 1977-01-01"})
    void validDatesIncludingLeapDays(String text, LocalDate lastDay) {
        assertThat(expiry(text).lastDay()).isEqualTo(lastDay);
    }

    @ParameterizedTest
    @ValueSource(strings = {"270230", "270229", "260431", "260632", "261299"})
    void impossibleDayFailsAtTheDayAndSuggestsDayZero(String text) {
        Gs1ParseException e = failureOf(() -> expiry(text));
        assertThat(e.ai()).isEqualTo("17");
        assertThat(e.position()).isEqualTo(4);
        assertThat(e.getMessage()).contains("not a real date").contains("00");
    }

    @ParameterizedTest
    @ValueSource(strings = {"261301", "260001", "269900"})
    void impossibleMonthFailsAtTheMonth(String text) {
        Gs1ParseException e = failureOf(() -> expiry(text));
        assertThat(e.position()).isEqualTo(2);
        assertThat(e.getMessage()).contains("01 to 12");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2611", "2611300", "26-11-30", "26113A", " 61130", "٢٦١١٣٠"})
    void anythingButSixAsciiDigitsFails(String text) {
        Gs1ParseException e = failureOf(() -> expiry(text));
        assertThat(e.ai()).isEqualTo("17");
        assertThat(e.getMessage()).contains("YYMMDD");
    }

    @Test
    void nonDigitFailsAtThatCharacter() {
        assertThat(failureOf(() -> expiry("26113A")).position()).isEqualTo(5);
    }

    @ParameterizedTest(name = "in {1}, YY {0} is {2}")
    @CsvSource({
        // 2026: up to 50 years ahead stays in this century, 51 or more ahead is the previous one
        "26, 2026, 2026",
        "00, 2026, 2000",
        "75, 2026, 2075",
        "76, 2026, 2076",
        "77, 2026, 1977",
        "99, 2026, 1999",
        // 2080: 50 or more years behind is the next century, 49 behind stays in this one
        "30, 2080, 2130",
        "31, 2080, 2031",
        "00, 2080, 2100",
        "99, 2080, 2099",
        // century boundaries
        "50, 2000, 2050",
        "51, 2000, 1951",
        "49, 2099, 2149",
        "50, 2099, 2050",
        "48, 2098, 2148",
        "49, 2098, 2049",
        "00, 2050, 2100",
        "01, 2050, 2001",
        "99, 2050, 2099",
        "00, 2049, 2000",
        "99, 2048, 1999",
        "98, 2048, 2098"
    })
    void centuryRuleFromTheCurrentYear(int twoDigitYear, int currentYear, int expected) {
        assertThat(Expiry.resolveCentury(twoDigitYear, currentYear)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 100, 2026})
    void twoDigitYearOutside00To99Fails(int twoDigitYear) {
        Gs1ParseException e = failureOf(() -> Expiry.resolveCentury(twoDigitYear, 2026));
        assertThat(e.ai()).isEqualTo("17");
    }

    @Test
    void parserTakesTheCurrentYearFromItsClock() {
        Gs1Parser in2080 = new Gs1Parser(Clock.fixed(Instant.parse("2080-06-01T00:00:00Z"), ZoneOffset.UTC));
        assertThat(in2080.parse("01" + GTIN + "17300100" + "21S").expiry().lastDay()).isEqualTo(LocalDate.of(2130, 1, 31));
        assertThat(in2080.parse("01" + GTIN + "17310100" + "21S").expiry().lastDay()).isEqualTo(LocalDate.of(2031, 1, 31));
        assertThat(Gs1TestSupport.parse("01" + GTIN + "17770100" + "21S").expiry().lastDay())
                .isEqualTo(LocalDate.of(1977, 1, 31));
    }

    @Test
    void notExpiredUpToAndIncludingTheLastDay() {
        Expiry expiry = expiry("261130");
        assertThat(expiry.isExpiredOn(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(expiry.isExpiredOn(LocalDate.of(2026, 11, 30))).isFalse();
        assertThat(expiry.isExpiredOn(LocalDate.of(2026, 12, 1))).isTrue();
    }

    @Test
    void dayZeroExpiresTheDayAfterTheLastDayOfTheMonth() {
        Expiry leap = expiry("280200");
        assertThat(leap.isExpiredOn(LocalDate.of(2028, 2, 28))).isFalse();
        assertThat(leap.isExpiredOn(LocalDate.of(2028, 2, 29))).isFalse();
        assertThat(leap.isExpiredOn(LocalDate.of(2028, 3, 1))).isTrue();
        Expiry nonLeap = expiry("270200");
        assertThat(nonLeap.isExpiredOn(LocalDate.of(2027, 2, 28))).isFalse();
        assertThat(nonLeap.isExpiredOn(LocalDate.of(2027, 3, 1))).isTrue();
    }

    @Test
    void expiryInThePreviousCenturyIsLongExpired() {
        assertThat(expiry("991231").isExpiredOn(LocalDate.now(Gs1TestSupport.CLOCK))).isTrue();
    }
}
