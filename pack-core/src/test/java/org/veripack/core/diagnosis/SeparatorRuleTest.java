package org.veripack.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.diagnosis.DiagnosisFixture.*;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.rules.AlertCode;

/** R3: a dropped group separator glues the next elements into the serial or batch. */
class SeparatorRuleTest {

    @Test
    @DisplayName("R3: batch glued into the serial (ABC12310L1 = serial ABC123 + batch L1) is split again (HIGH)")
    void batchGluedIntoSerial() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A3, "ABC12310L1", null, EXPIRY), pack("ABC123", "L1", EXPIRY));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R3);
            assertThat(entry.cause()).isEqualTo(Cause.MISSING_GS);
            assertThat(entry.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(entry.candidate()).isEqualTo(new Candidate(GTIN, "ABC123", "L1", EXPIRY));
            assertThat(entry.explanation()).isEqualTo("The scanner probably did not send a group separator, so the next"
                    + " data element was glued on: serial ABC12310L1 was read, ABC123 is registered with batch L1.");
        });
    }

    @Test
    @DisplayName("R3 stays silent when the split pack is not registered with the glued batch")
    void batchGluedIntoSerialAbsent() {
        assertThat(diagnose(alert(AlertCode.A3, "ABC12310L1", null, EXPIRY), pack("ABC123", "L2", EXPIRY))).isEmpty();
    }

    @Test
    @DisplayName("R3: expiry glued into the batch (L117270630 = batch L1 + expiry 270630), A68 on the serial's own pack")
    void expiryGluedIntoBatch() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A68, "S1", "L117270630", null), pack("S1", "L1", "270630"));

        assertThat(entries).extracting(DiagnosisEntry::rule).containsExactly(Rule.R3);
        assertThat(entries.get(0).candidate()).isEqualTo(new Candidate(GTIN, "S1", "L1", "270630"));
    }

    @Test
    @DisplayName("R3 stays silent when the glued expiry is not the registered one")
    void expiryGluedIntoBatchOtherExpiry() {
        assertThat(diagnose(alert(AlertCode.A68, "S1", "L117270630", null), pack("S1", "L1", "270730"))).isEmpty();
    }

    @Test
    @DisplayName("R3: a serial glued into the batch (A2: L121ABC123 = batch L1 + serial ABC123)")
    void serialGluedIntoBatch() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A2, "Q9", "L121ABC123", EXPIRY), pack("ABC123", "L1", EXPIRY));

        assertThat(entries).extracting(DiagnosisEntry::rule).containsExactly(Rule.R3);
        assertThat(entries.get(0).candidate().serial()).isEqualTo("ABC123");
    }

    @Test
    @DisplayName("R3: an NHRN (AI 714) glued into the serial is dropped")
    void nationalNumberGluedIntoSerial() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A3, "ABC123714PT1234", "L1", EXPIRY), pack("ABC123", "L1", EXPIRY));

        assertThat(entries).extracting(DiagnosisEntry::rule).containsExactly(Rule.R3);
    }

    @Test
    @DisplayName("R3: two dropped separators (batch and expiry glued into the serial)")
    void twoSeparatorsDropped() {
        List<DiagnosisEntry> entries = diagnose(alert(AlertCode.A3, "AB110L117270630", null, null), pack("AB1", "L1", "270630"));

        assertThat(entries).extracting(DiagnosisEntry::rule).containsExactly(Rule.R3);
    }

    @Test
    @DisplayName("R3 with the raw scan: parsed again with a GS put back, the scan's expiry and batch come along")
    void rawScanParsedAgain() {
        String scan = "]d201" + GTIN + "17270630" + "21ABC12310L1";
        AlertFacts facts = alert(AlertCode.A3, "ABC12310L1", null, "270630", scan, AlertSource.VERIFY);

        assertThat(DiagnosisRules.readings(facts)).contains(Reading.exact(Rule.R3, GTIN, "ABC123", "L1", "270630"));
        assertThat(diagnose(facts, pack("ABC123", "L1", "270630"))).extracting(DiagnosisEntry::rule).containsExactly(Rule.R3);
        assertThat(diagnose(facts, pack("ABC123", "L1", "270730"))).isEmpty();
    }

    @Test
    @DisplayName("R3 never reads a GTIN glued into a value as another product")
    void gluedGtinOfAnotherProduct() {
        AlertFacts facts = alert(AlertCode.A68, "S1", "L1172706300104006381333931", null);

        assertThat(DiagnosisRules.readings(facts)).allSatisfy(reading -> assertThat(reading.gtin()).isEqualTo(GTIN));
        assertThat(DiagnosisRules.readings(facts)).noneMatch(reading -> reading.rule() == Rule.R3);
    }
}
