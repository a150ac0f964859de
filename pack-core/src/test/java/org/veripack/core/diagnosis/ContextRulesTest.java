package org.veripack.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.diagnosis.DiagnosisFixture.*;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.rules.AlertCode;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.ReturnCode;

/** R10 rescan resolved, R11 batch not uploaded, R12 double decommission. */
class ContextRulesTest {

    private static DiagnosisContext rescans(OperationRecord... records) {
        return new DiagnosisContext(List.of(records), List.of(), List.of());
    }

    private static OperationRecord verifiedOk(String location, Duration after, String serial, String batch) {
        return new OperationRecord(GTIN, location, RAISED_AT.plus(after), serial, batch, EXPIRY, ReturnCode.NMVS_OK,
                Operation.VERIFY);
    }

    private static DiagnosisContext a2From(String location, Duration before) {
        return new DiagnosisContext(List.of(), List.of(new SameBatchAlert(UUID.randomUUID(), GTIN, "L9", location,
                RAISED_AT.minus(before))), List.of());
    }

    private static DiagnosisContext history(PackStateChange... changes) {
        return new DiagnosisContext(List.of(), List.of(), List.of(changes));
    }

    @Test
    @DisplayName("R10: the same location verified a plausible rescan successfully 3 minutes later (MEDIUM)")
    void rescanResolved() {
        AlertFacts facts = alert(AlertCode.A3, "abc123", "L1", EXPIRY);
        List<DiagnosisEntry> entries = diagnose(facts, rescans(verifiedOk(HERE, Duration.ofMinutes(3), "ABC123", "L1")));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R10);
            assertThat(entry.cause()).isEqualTo(Cause.RESCAN_RESOLVED);
            assertThat(entry.confidence()).isEqualTo(Confidence.MEDIUM);
            assertThat(entry.candidate()).isEqualTo(new Candidate(GTIN, "ABC123", "L1", EXPIRY));
            assertThat(entry.explanation()).isEqualTo("The same location verified a matching pack successfully 3 minutes"
                    + " later (serial ABC123, batch L1), so the first read was probably a scanner or typing error.");
        });
    }

    @Test
    @DisplayName("R10 stays silent for a rescan after 10 minutes, at another location, failed, or of an unrelated serial")
    void rescanNotResolving() {
        AlertFacts facts = alert(AlertCode.A3, "abc123", "L1", EXPIRY);
        OperationRecord failed = new OperationRecord(GTIN, HERE, RAISED_AT.plusSeconds(60), "ABC123", "L1", EXPIRY,
                ReturnCode.NMVS_NC_PC_02, Operation.VERIFY);

        assertThat(diagnose(facts, rescans(verifiedOk(HERE, Duration.ofMinutes(11), "ABC123", "L1")))).isEmpty();
        assertThat(diagnose(facts, rescans(verifiedOk(ELSEWHERE, Duration.ofMinutes(3), "ABC123", "L1")))).isEmpty();
        assertThat(diagnose(facts, rescans(failed))).isEmpty();
        assertThat(diagnose(facts, rescans(verifiedOk(HERE, Duration.ofMinutes(3), "QQQ999", "L1")))).isEmpty();
    }

    @Test
    @DisplayName("R10 on A68: the same serial rescanned with its batch; a rescan without batch does not resolve it")
    void rescanOfBatchMismatch() {
        AlertFacts facts = alert(AlertCode.A68, "S1", "LX", EXPIRY);

        assertThat(diagnose(facts, rescans(verifiedOk(HERE, Duration.ofMinutes(1), "S1", "L1"))))
                .extracting(DiagnosisEntry::rule).containsExactly(Rule.R10);
        assertThat(diagnose(facts, rescans(verifiedOk(HERE, Duration.ofMinutes(1), "S1", null)))).isEmpty();
    }

    @Test
    @DisplayName("R11: A2 on the same batch from 3 locations within 24 hours (LOW)")
    void batchNotUploaded() {
        AlertFacts facts = alert(AlertCode.A2, "S1", "L9", EXPIRY);
        DiagnosisContext context = new DiagnosisContext(List.of(), List.of(
                new SameBatchAlert(UUID.randomUUID(), GTIN, "L9", ELSEWHERE, RAISED_AT.minus(Duration.ofHours(20))),
                new SameBatchAlert(UUID.randomUUID(), GTIN, "L9", THIRD_PLACE, RAISED_AT.minus(Duration.ofHours(1))),
                new SameBatchAlert(facts.alertId(), GTIN, "L9", HERE, RAISED_AT)), List.of());

        assertThat(diagnose(facts, context)).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R11);
            assertThat(entry.cause()).isEqualTo(Cause.BATCH_NOT_UPLOADED);
            assertThat(entry.confidence()).isEqualTo(Confidence.LOW);
            assertThat(entry.candidate()).isEqualTo(new Candidate(GTIN, "S1", "L9", EXPIRY));
            assertThat(entry.explanation()).contains("Batch L9 is unknown", "3 locations", "not uploaded");
        });
    }

    @Test
    @DisplayName("R11 stays silent with 2 locations, or when the third location's A2 is older than 24 hours")
    void batchNotUploadedTooFew() {
        AlertFacts facts = alert(AlertCode.A2, "S1", "L9", EXPIRY);
        DiagnosisContext twoLocations = a2From(ELSEWHERE, Duration.ofHours(2));
        DiagnosisContext oldThird = new DiagnosisContext(List.of(), List.of(
                new SameBatchAlert(UUID.randomUUID(), GTIN, "L9", ELSEWHERE, RAISED_AT.minus(Duration.ofHours(2))),
                new SameBatchAlert(UUID.randomUUID(), GTIN, "L9", THIRD_PLACE, RAISED_AT.minus(Duration.ofHours(25)))),
                List.of());

        assertThat(diagnose(facts, twoLocations)).isEmpty();
        assertThat(diagnose(facts, oldThird)).isEmpty();
    }

    @Test
    @DisplayName("R12: A24 on a decommission of a pack this location had decommissioned itself (HIGH)")
    void doubleDecommission() {
        AlertFacts facts = alert(AlertCode.A24, "S1", "L1", EXPIRY, null, AlertSource.DECOMMISSION);
        DiagnosisContext context = history(new PackStateChange(1, PackStatus.ACTIVE, PackStatus.SUPPLIED, HERE,
                RAISED_AT.minus(Duration.ofHours(2))));

        assertThat(diagnose(facts, context, pack("S1", "L1", EXPIRY))).singleElement().satisfies(entry -> {
            assertThat(entry.rule()).isEqualTo(Rule.R12);
            assertThat(entry.cause()).isEqualTo(Cause.DOUBLE_DECOMMISSION);
            assertThat(entry.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(entry.candidate()).isEqualTo(new Candidate(GTIN, "S1", "L1", EXPIRY));
            assertThat(entry.explanation()).isEqualTo("This location had already decommissioned this pack itself"
                    + " (SUPPLIED on 2026-11-24 10:00 UTC), so the alert most likely comes from decommissioning the same"
                    + " pack twice.");
        });
    }

    @Test
    @DisplayName("R12 stays silent when another location decommissioned the pack, after an undo, or for an undo")
    void notADoubleDecommission() {
        AlertFacts facts = alert(AlertCode.A24, "S1", "L1", EXPIRY, null, AlertSource.DECOMMISSION);
        PackStateChange suppliedHere = new PackStateChange(1, PackStatus.ACTIVE, PackStatus.SUPPLIED, HERE,
                RAISED_AT.minus(Duration.ofHours(3)));

        assertThat(diagnose(facts, history(new PackStateChange(1, PackStatus.ACTIVE, PackStatus.SUPPLIED, ELSEWHERE,
                RAISED_AT.minus(Duration.ofHours(2)))))).isEmpty();
        assertThat(diagnose(facts, history(suppliedHere,
                new PackStateChange(2, PackStatus.SUPPLIED, PackStatus.ACTIVE, HERE, RAISED_AT.minus(Duration.ofHours(2))),
                new PackStateChange(3, PackStatus.ACTIVE, PackStatus.DESTROYED, ELSEWHERE, RAISED_AT.minus(Duration.ofHours(1))))))
                .isEmpty();
        assertThat(diagnose(alert(AlertCode.A24, "S1", "L1", EXPIRY, null, AlertSource.UNDO), history(suppliedHere))).isEmpty();
    }
}
