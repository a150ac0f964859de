package org.veripack.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.veripack.core.diagnosis.DiagnosisFixture.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.veripack.core.rules.AlertCode;

/** R1 case inverted, R2 Y/Z swapped, R6 special characters remapped by a German/US layout mismatch. */
class KeyboardRulesTest {

    @Test
    @DisplayName("R1: a serial read with CAPS LOCK on is found with its case swapped (HIGH)")
    void caseInvertedSerial() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A3, "ABC12x", "L1", EXPIRY), pack("abc12X", "L1", EXPIRY));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R1);
            assertThat(entry.cause()).isEqualTo(Cause.CASE_INVERTED);
            assertThat(entry.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(entry.candidate()).isEqualTo(new Candidate(GTIN, "abc12X", "L1", EXPIRY));
            assertThat(entry.explanation()).isEqualTo("The letter case was probably inverted (CAPS LOCK or a scanner"
                    + " setting): serial ABC12x was read, abc12X is registered.");
        });
    }

    @Test
    @DisplayName("R1: serial and batch both inverted (A2) are found together")
    void caseInvertedSerialAndBatch() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A2, "ABC12x", "l7", EXPIRY), pack("abc12X", "L7", EXPIRY));

        assertThat(entries).extracting(DiagnosisEntry::rule).containsExactly(Rule.R1);
        assertThat(entries.get(0).explanation()).contains("serial ABC12x and batch l7 were read, abc12X and L7 are registered");
    }

    @Test
    @DisplayName("R1: a batch read inverted (A68) is found on the serial's own pack")
    void caseInvertedBatch() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A68, "S100", "lot7a", EXPIRY), pack("S100", "LOT7A", EXPIRY));

        assertThat(entries).extracting(DiagnosisEntry::rule, DiagnosisEntry::confidence).containsExactly(
                tuple(Rule.R1, Confidence.HIGH));
    }

    @Test
    @DisplayName("R1 stays silent when the case-swapped pack is not registered")
    void caseInvertedAbsent() {
        assertThat(diagnose(alert(AlertCode.A3, "ABC12x", "L1", EXPIRY), pack("abc99X", "L1", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("R1 stays silent when the case-swapped serial is registered in another batch than the one read")
    void caseInvertedOtherBatch() {
        assertThat(diagnose(alert(AlertCode.A3, "ABC12x", "L1", EXPIRY), pack("abc12X", "L2", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("R2: y and z swapped by a QWERTZ/QWERTY mismatch (HIGH)")
    void yzSwapped() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A3, "XYZ123", "L1", EXPIRY), pack("XZY123", "L1", EXPIRY));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R2);
            assertThat(entry.cause()).isEqualTo(Cause.KEYBOARD_YZ);
            assertThat(entry.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(entry.explanation()).contains("XYZ123 was read, XZY123 is registered");
        });
    }

    @Test
    @DisplayName("R2 stays silent when the swapped serial is not registered")
    void yzSwappedAbsent() {
        assertThat(diagnose(alert(AlertCode.A3, "XYZ123", "L1", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("R6: a US scanner on a German computer types / as - and & as / (MEDIUM)")
    void specialCharactersRemapped() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A3, "A/B-1", "L1", EXPIRY), pack("A&B/1", "L1", EXPIRY));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R6);
            assertThat(entry.cause()).isEqualTo(Cause.KEYBOARD_SPECIAL);
            assertThat(entry.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(entry.explanation()).contains("A/B-1 was read, A&B/1 is registered");
        });
    }

    @Test
    @DisplayName("R6: a German scanner on a US computer, batch and serial (A2), Y/Z swapped with them")
    void germanScannerOnUsComputer() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A2, "Z&1", "B?y", EXPIRY), pack("Y/1", "B_z", EXPIRY));

        assertThat(entries).extracting(DiagnosisEntry::rule).containsExactly(Rule.R6);
    }

    @Test
    @DisplayName("R6 stays silent when the remapped serial is not registered")
    void specialCharactersAbsent() {
        assertThat(diagnose(alert(AlertCode.A3, "A/B-1", "L1", EXPIRY), pack("A&B/2", "L1", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("the layout table: each mismatch undoes the other, and a character no printed value turns into rules it out")
    void layoutTable() {
        assertThat(KeyboardLayoutMismatch.US_SCANNER_GERMAN_COMPUTER.original("A-/()=?_;:zY")).isEqualTo("A/&*()_?<>yZ");
        assertThat(KeyboardLayoutMismatch.GERMAN_SCANNER_US_COMPUTER.original("A/&*()_?<>yZ")).isEqualTo("A-/()=?_;:zY");
        assertThat(KeyboardLayoutMismatch.US_SCANNER_GERMAN_COMPUTER.original("A+1")).isNull();
        assertThat(KeyboardLayoutMismatch.GERMAN_SCANNER_US_COMPUTER.original("A-1")).isNull();
        assertThat(KeyboardLayoutMismatch.US_SCANNER_GERMAN_COMPUTER.remapsSpecialCharacter("XYZ")).isFalse();
    }
}
