package org.veripack.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.diagnosis.DiagnosisFixture.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.veripack.core.rules.AlertCode;

/** R4 the EAN appended to the batch or serial, R5 a value read incompletely. */
class AppendedOrTruncatedRulesTest {

    @Test
    @DisplayName("R4: the start of the EAN (950600) appended to the batch (A68) is stripped (HIGH)")
    void eanStartAppendedToBatch() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A68, "S1", "L1234950600", EXPIRY), pack("S1", "L1234", EXPIRY));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R4);
            assertThat(entry.cause()).isEqualTo(Cause.EAN_APPENDED);
            assertThat(entry.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(entry.explanation()).contains("batch L1234950600 was read, L1234 is registered");
        });
    }

    @Test
    @DisplayName("R4: the whole GTIN-13 appended to the serial (A3)")
    void wholeEanAppendedToSerial() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A3, "AB7" + GTIN13, "L1", EXPIRY), pack("AB7", "L1", EXPIRY));

        assertThat(entries).extracting(DiagnosisEntry::rule).containsExactly(Rule.R4);
    }

    @Test
    @DisplayName("R4 stays silent when the stripped batch is not the pack's")
    void eanAppendedAbsent() {
        assertThat(diagnose(alert(AlertCode.A68, "S1", "L1234950600", EXPIRY), pack("S1", "L9", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("R4 needs at least 3 digits of the EAN: 95 appended is not stripped")
    void twoDigitsAreNoEan() {
        assertThat(diagnose(alert(AlertCode.A68, "S1", "L123495", EXPIRY), pack("S1", "L1234", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("R5: a serial read 2 characters short (A3) is found by prefix (MEDIUM)")
    void truncatedSerial() {
        AlertFacts facts = alert(AlertCode.A3, "ABC12", "L1", EXPIRY);
        List<DiagnosisEntry> entries = diagnose(facts, pack("ABC1234", "L1", EXPIRY));

        assertThat(DiagnosisRules.lookup(facts).serialPrefixes()).containsExactly("ABC12");
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R5);
            assertThat(entry.cause()).isEqualTo(Cause.TRUNCATED);
            assertThat(entry.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(entry.explanation()).contains("serial ABC12 was read, ABC1234 is registered");
        });
    }

    @Test
    @DisplayName("R5 stays silent when the registered serial is 4 characters longer")
    void truncatedTooMuch() {
        assertThat(diagnose(alert(AlertCode.A3, "ABC12", "L1", EXPIRY), pack("ABC123456", "L1", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("R5: a batch read short (A68) on the serial's own pack, no prefix lookup needed")
    void truncatedBatch() {
        AlertFacts facts = alert(AlertCode.A68, "S1", "LOT20", EXPIRY);

        assertThat(DiagnosisRules.lookup(facts).serialPrefixes()).isEmpty();
        assertThat(diagnose(facts, pack("S1", "LOT2024", EXPIRY))).extracting(DiagnosisEntry::rule).containsExactly(Rule.R5);
        assertThat(diagnose(facts, pack("S1", "LOT1999", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("R5: serial and batch both read short (A2)")
    void truncatedSerialAndBatch() {
        AlertFacts facts = alert(AlertCode.A2, "ABC12", "LOT", EXPIRY);

        assertThat(diagnose(facts, pack("ABC123", "LOT7", EXPIRY))).extracting(DiagnosisEntry::rule).containsExactly(Rule.R5);
        assertThat(diagnose(facts, pack("ABC123", "XLOT", EXPIRY))).isEmpty();
    }
}
