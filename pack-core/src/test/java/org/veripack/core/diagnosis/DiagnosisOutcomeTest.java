package org.veripack.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.veripack.core.diagnosis.DiagnosisFixture.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.rules.AlertCode;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.ReturnCode;

/** What a diagnosis as a whole looks like: confidence with several candidates, order, emptiness, shape, lookups. */
class DiagnosisOutcomeTest {

    @Test
    @DisplayName("a rule with two candidates gives one LOW entry per candidate")
    void twoCandidatesAreLow() {
        AlertFacts facts = alert(AlertCode.A3, "A10B10C", null, EXPIRY);
        List<DiagnosisEntry> entries = diagnose(facts, pack("A", "B10C", EXPIRY), pack("A10B", "C", EXPIRY));

        assertThat(entries).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R3);
            assertThat(entry.confidence()).isEqualTo(Confidence.LOW);
        });
        assertThat(entries).extracting(entry -> entry.candidate().serial()).containsExactly("A", "A10B");
    }

    @Test
    @DisplayName("a MEDIUM rule with two candidates is LOW too (R6: both layout mismatches find a pack)")
    void twoLayoutCandidatesAreLow() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A3, "A(B/", "L1", EXPIRY), pack("A*B&", "L1", EXPIRY),
                pack("A)B-", "L1", EXPIRY));

        assertThat(entries).extracting(DiagnosisEntry::rule, DiagnosisEntry::confidence).containsOnly(
                tuple(Rule.R6, Confidence.LOW));
    }

    @Test
    @DisplayName("an unknown serial with no near candidate: empty diagnosis")
    void unknownSerialNothingNear() {
        AlertFacts facts = alert(AlertCode.A3, "ABC123", "L1", EXPIRY);

        assertThat(diagnose(facts, pack("ZZZ999", "L1", EXPIRY), pack("QRS456", "L1", EXPIRY))).isEmpty();
        assertThat(diagnose(facts)).isEmpty();
    }

    @Test
    @DisplayName("entries are ordered by confidence, then rule")
    void orderedByConfidenceThenRule() {
        AlertFacts facts = alert(AlertCode.A3, "Y12", "L1", EXPIRY);
        DiagnosisContext rescan = new DiagnosisContext(List.of(new OperationRecord(GTIN, HERE,
                RAISED_AT.plus(Duration.ofMinutes(2)), "Z12", "L1", EXPIRY, ReturnCode.NMVS_OK, Operation.VERIFY)),
                List.of(), List.of());

        List<DiagnosisEntry> entries = diagnose(facts, rescan, pack("Z12", "L1", EXPIRY));

        assertThat(entries).extracting(DiagnosisEntry::rule).containsExactly(Rule.R2, Rule.R9, Rule.R10);
        assertThat(entries).extracting(DiagnosisEntry::confidence)
                .containsExactly(Confidence.HIGH, Confidence.MEDIUM, Confidence.MEDIUM);
    }

    @Test
    @DisplayName("alerts no rule applies to (A7, U1) have no readings, no lookup and no diagnosis")
    void undiagnosedCodes() {
        for (AlertCode code : new AlertCode[] {AlertCode.A7, AlertCode.U1}) {
            AlertFacts facts = alert(code, "ABC", "L1", EXPIRY);
            assertThat(DiagnosisRules.diagnoses(code)).isFalse();
            assertThat(DiagnosisRules.readings(facts)).isEmpty();
            assertThat(DiagnosisRules.lookup(facts).isEmpty()).isTrue();
            assertThat(diagnose(facts, pack("abc", "L1", EXPIRY))).isEmpty();
        }
        assertThat(List.of(AlertCode.A2, AlertCode.A3, AlertCode.A52, AlertCode.A68, AlertCode.A24))
                .allMatch(DiagnosisRules::diagnoses);
    }

    @Test
    @DisplayName("the lookup: the readings' exact serials, the R5 prefix, and the alert's own serial where it exists")
    void lookupContract() {
        SerialLookup unknownSerial = DiagnosisRules.lookup(alert(AlertCode.A3, "ABC12x", "L1", EXPIRY));
        SerialLookup batchMismatch = DiagnosisRules.lookup(alert(AlertCode.A68, "S1", "LX", EXPIRY));
        SerialLookup doubleDecommission = DiagnosisRules.lookup(alert(AlertCode.A24, "S1", "L1", EXPIRY, null,
                AlertSource.DECOMMISSION));

        assertThat(unknownSerial.gtin()).isEqualTo(GTIN);
        assertThat(unknownSerial.exactSerials()).contains("abc12X", "ABC12X", "ABC12").doesNotContain("ABC12x");
        assertThat(unknownSerial.serialPrefixes()).containsExactly("ABC12x");
        assertThat(batchMismatch.exactSerials()).contains("S1");
        assertThat(doubleDecommission.exactSerials()).containsExactly("S1");
        assertThat(doubleDecommission.serialPrefixes()).isEmpty();
    }

    @Test
    @DisplayName("the context query: windows and which context each code needs")
    void contextQuery() {
        ContextQuery a2 = DiagnosisRules.contextQuery(alert(AlertCode.A2, "S1", "L9", EXPIRY));
        ContextQuery a24 = DiagnosisRules.contextQuery(alert(AlertCode.A24, "S1", "L1", EXPIRY, null, AlertSource.DECOMMISSION));

        assertThat(a2.recentVerifications()).isTrue();
        assertThat(a2.verificationsFrom()).isEqualTo(RAISED_AT);
        assertThat(a2.verificationsUntil()).isEqualTo(RAISED_AT.plus(Duration.ofMinutes(10)));
        assertThat(a2.sameBatchA2()).isTrue();
        assertThat(a2.sameBatchFrom()).isEqualTo(RAISED_AT.minus(Duration.ofHours(24)));
        assertThat(a2.packHistory()).isFalse();
        assertThat(a24.recentVerifications()).isFalse();
        assertThat(a24.sameBatchA2()).isFalse();
        assertThat(a24.packHistory()).isTrue();
    }

    @Test
    @DisplayName("an entry serialises as the alert carries it: rule, cause, confidence, candidate, explanation")
    void jsonShape() throws Exception {
        DiagnosisEntry entry = diagnose(alert(AlertCode.A3, "ABC12x", "L1", EXPIRY), pack("abc12X", "L1", EXPIRY)).get(0);

        JsonNode json = new ObjectMapper().valueToTree(entry);

        assertThat(json.fieldNames()).toIterable().containsExactlyInAnyOrder("rule", "cause", "confidence", "candidate",
                "explanation");
        assertThat(json.get("rule").asText()).isEqualTo("R1");
        assertThat(json.get("cause").asText()).isEqualTo("CASE_INVERTED");
        assertThat(json.get("confidence").asText()).isEqualTo("HIGH");
        assertThat(json.get("candidate").fieldNames()).toIterable().containsExactlyInAnyOrder("gtin", "serial", "batch", "expiry");
        assertThat(json.get("candidate").get("serial").asText()).isEqualTo("abc12X");
    }
}
