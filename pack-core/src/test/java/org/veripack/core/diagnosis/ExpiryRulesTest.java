package org.veripack.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.diagnosis.DiagnosisFixture.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.veripack.core.rules.AlertCode;

/** R7 only the expiry's day differs, R8 the expiry entered as DDMMYY. */
class ExpiryRulesTest {

    @Test
    @DisplayName("R7: DD=00 read, the month's last day registered (HIGH)")
    void dayZeroAgainstLastDay() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A52, "S1", "L1", "270600"), pack("S1", "L1", "270630"));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R7);
            assertThat(entry.cause()).isEqualTo(Cause.EXPIRY_DAY_ONLY);
            assertThat(entry.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(entry.explanation()).isEqualTo("Only the day of the expiry date differs: 270600 was read, 270630 is"
                    + " registered; day 00 means the last day of the month, so both probably name the same date.");
        });
    }

    @Test
    @DisplayName("R7: another day of the same month, batch not sent (verify)")
    void otherDaySameMonth() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A52, "S1", null, "270615"), pack("S1", "L1", "270630"));

        assertThat(entries).extracting(DiagnosisEntry::rule).containsExactly(Rule.R7);
        assertThat(entries.get(0).explanation()).contains("year and month agree");
    }

    @Test
    @DisplayName("R7 stays silent when the month differs")
    void otherMonth() {
        assertThat(diagnose(alert(AlertCode.A52, "S1", "L1", "270600"), pack("S1", "L1", "270730"))).isEmpty();
    }

    @Test
    @DisplayName("R8: 300627 entered as DDMMYY is the registered 270630 (HIGH)")
    void dayMonthYear() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A52, "S1", "L1", "300627"), pack("S1", "L1", "270630"));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R8);
            assertThat(entry.cause()).isEqualTo(Cause.EXPIRY_DDMMYY);
            assertThat(entry.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(entry.explanation()).contains("300627 was entered, 270630 is registered");
        });
    }

    @Test
    @DisplayName("R8 stays silent when the swapped date is not the registered one")
    void dayMonthYearAbsent() {
        assertThat(diagnose(alert(AlertCode.A52, "S1", "L1", "300627"), pack("S1", "L1", "270530"))).isEmpty();
    }
}
