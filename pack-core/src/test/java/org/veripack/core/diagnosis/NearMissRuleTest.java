package org.veripack.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.diagnosis.DiagnosisFixture.*;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.veripack.core.gs1.CharacterSet82;
import org.veripack.core.rules.AlertCode;

/** R9: exactly one registered serial of the batch at edit distance 1. */
class NearMissRuleTest {

    @Test
    @DisplayName("R9: the one registered serial of the batch that differs by one character (MEDIUM)")
    void oneNearSerial() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A3, "ABC123", "L1", EXPIRY), pack("ABD123", "L1", EXPIRY));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R9);
            assertThat(entry.cause()).isEqualTo(Cause.NEAR_MISS_SERIAL);
            assertThat(entry.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(entry.explanation()).isEqualTo("One character of the serial was probably misread or mistyped:"
                    + " ABC123 was read, ABD123 is the only registered serial of batch L1 that differs by one character.");
        });
    }

    @Test
    @DisplayName("R9: a character missing and a character added count too")
    void deletionAndInsertion() {
        AlertFacts facts = alert(AlertCode.A3, "ABC123", "L1", EXPIRY);

        assertThat(diagnose(facts, pack("AB123", "L1", EXPIRY))).extracting(DiagnosisEntry::rule).containsExactly(Rule.R9);
        assertThat(diagnose(facts, pack("ABC1%23", "L1", EXPIRY))).extracting(DiagnosisEntry::rule).containsExactly(Rule.R9);
    }

    @Test
    @DisplayName("R9 stays silent when two registered serials of the batch are that near")
    void twoNearSerials() {
        assertThat(diagnose(alert(AlertCode.A3, "ABC123", "L1", EXPIRY), pack("ABD123", "L1", EXPIRY),
                pack("ABC124", "L1", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("R9 stays silent when the near serial belongs to another batch")
    void nearSerialOfAnotherBatch() {
        assertThat(diagnose(alert(AlertCode.A3, "ABC123", "L1", EXPIRY), pack("ABD123", "L2", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("R9 stays silent when no registered serial is that near")
    void noNearSerial() {
        assertThat(diagnose(alert(AlertCode.A3, "ABC123", "L1", EXPIRY), pack("ABD124", "L1", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("the serials at edit distance 1 over set 82: substitutions, deletions, insertions, never the serial itself")
    void editDistanceOne() {
        Set<String> near = NearMissReadings.atEditDistanceOne("AB");
        int alphabet = CharacterSet82.ALL.length();

        assertThat(near).contains("A", "B", "AC", "CB", "ABC", "CAB", "A%B").doesNotContain("AB", "BA", "ABCD");
        assertThat(near).allSatisfy(serial -> assertThat(levenshtein("AB", serial)).isEqualTo(1));
        // 2 deletions, 2 x 81 substitutions, 3 x 82 insertions, less the 2 insertions that repeat a neighbour
        assertThat(near).hasSize(2 + 2 * (alphabet - 1) + 3 * alphabet - 2);
    }

    static int levenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
                        d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
        }
        return d[a.length()][b.length()];
    }
}
