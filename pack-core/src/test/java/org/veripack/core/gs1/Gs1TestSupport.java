package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Shared fixtures: a fixed clock in 2026, a parser on it, valid identifiers and a failure helper. */
final class Gs1TestSupport {

    /** 24 November 2026: two-digit years up to 76 are this century, 77 and later the previous one. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    static final Gs1Parser PARSER = new Gs1Parser(CLOCK);
    static final int CURRENT_YEAR = 2026;

    static final String GS = "\u001D";
    /** GS1 example GTIN-14 (check digit 2). */
    static final String GTIN = "09506000134352";
    static final String GTIN13 = "4006381333931";
    static final String GTIN12 = "123456789012";
    static final String GTIN8 = "12345670";
    static final String GLN = "0614141000005";
    static final String SSCC = "376104250021234569";

    private Gs1TestSupport() {
    }

    static PackIdentifier parse(String scan) {
        return PARSER.parse(scan);
    }

    /** Parses a scan that must fail, and returns the failure, asserting it is a Gs1ParseException. */
    static Gs1ParseException failure(String scan) {
        Throwable thrown = catchThrowable(() -> PARSER.parse(scan));
        assertThat(thrown).as("parsing %s", visible(scan)).isExactlyInstanceOf(Gs1ParseException.class);
        return (Gs1ParseException) thrown;
    }

    /** Runs code that must fail with a Gs1ParseException and returns it. */
    static Gs1ParseException failureOf(Runnable code) {
        Throwable thrown = catchThrowable(code::run);
        assertThat(thrown).isExactlyInstanceOf(Gs1ParseException.class);
        return (Gs1ParseException) thrown;
    }

    static Expiry expiry(String yymmdd) {
        return Expiry.parse(yymmdd, CURRENT_YEAR);
    }

    static String visible(String scan) {
        return scan == null ? "null" : "'" + scan.replace(GS, "<GS>") + "'";
    }
}
