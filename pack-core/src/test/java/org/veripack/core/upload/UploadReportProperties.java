package org.veripack.core.upload;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class UploadReportProperties {

    @Property
    void aShownSerialHoldsNoControlCharacterAndStaysShort(@ForAll String serial) {
        String shown = UploadReport.shown(serial);
        assertThat(shown.codePoints()).noneMatch(Character::isISOControl);
        assertThat(shown.codePointCount(0, shown.length())).isLessThanOrEqualTo(UploadReport.MAX_SHOWN_SERIAL + 1);
    }

    @Property
    void theErrorsKeptAreTheFirstByLineWhateverTheOrder(@ForAll java.util.List<@net.jqwik.api.constraints.LongRange(min = 1, max = 10_000) Long> lines) {
        UploadReport report = new UploadReport();
        lines.forEach(line -> report.invalid(line, "s" + line, "bad"));
        java.util.List<Long> expected = lines.stream().sorted().limit(UploadRules.MAX_REPORTED_ERRORS).toList();
        assertThat(report.errors()).extracting(UploadReport.LineError::line).containsExactlyElementsOf(expected);
        assertThat(report.invalidCount()).isEqualTo(lines.size());
    }

    @Test
    void aNulInARefusedSerialIsShownAsAReplacementCharacter() {
        UploadReport report = new UploadReport();
        report.invalid(3, "AB\u0000C", "the serial holds a character GS1 does not allow");
        assertThat(report.errors().get(0).serial()).isEqualTo("AB\uFFFDC");
        assertThat(UploadReport.shown("x".repeat(100))).hasSize(UploadReport.MAX_SHOWN_SERIAL + 1).endsWith("\u2026");
        assertThat(UploadReport.shown(null)).isNull();
    }
}
