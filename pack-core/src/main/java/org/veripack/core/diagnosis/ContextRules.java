package org.veripack.core.diagnosis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.rules.AlertCode;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.ReturnCode;

/**
 * R10 (a successful rescan soon after), R11 (the batch is not uploaded yet) and R12 (the location decommissioned
 * the pack twice): rules over the alert's context rather than over other readings.
 */
final class ContextRules {

    private ContextRules() {
    }

    static List<DiagnosisEntry> entries(AlertFacts facts, List<Reading> readings, List<RegisteredPack> found,
            DiagnosisContext context) {
        List<DiagnosisEntry> entries = new ArrayList<>();
        if (Rule.R10.appliesTo(facts.code())) {
            entries.addAll(rescanResolved(facts, readings, context.recentVerifications()));
        }
        if (Rule.R11.appliesTo(facts.code())) {
            batchNotUploaded(facts, context.sameBatchA2()).ifPresent(entries::add);
        }
        if (Rule.R12.appliesTo(facts.code())) {
            doubleDecommission(facts, found, context.packHistory()).ifPresent(entries::add);
        }
        return entries;
    }

    /**
     * R10: successful verifies at the alert's location, of its product, within {@link DiagnosisContext#RESCAN_WINDOW}
     * after it, of the same serial or one of the readings' serials; for A68 the rescan must have sent a batch, for
     * A52 an expiry (it passed the check that failed). One entry per distinct serial, the earliest rescan.
     */
    private static List<DiagnosisEntry> rescanResolved(AlertFacts facts, List<Reading> readings, List<OperationRecord> records) {
        Instant until = facts.raisedAt().plus(DiagnosisContext.RESCAN_WINDOW);
        Map<String, OperationRecord> rescans = new LinkedHashMap<>();
        records.stream()
                .filter(record -> record.at() != null && !record.at().isBefore(facts.raisedAt()) && !record.at().isAfter(until))
                .filter(record -> facts.gtin().equals(record.gtin()) && facts.location() != null
                        && facts.location().equals(record.location()))
                .filter(record -> record.operation() == Operation.VERIFY && record.code() == ReturnCode.NMVS_OK)
                .filter(record -> (facts.code() != AlertCode.A68 || record.batch() != null)
                        && (facts.code() != AlertCode.A52 || record.expiry() != null))
                .filter(record -> isPlausibleRescan(record.serial(), facts, readings))
                .sorted(Comparator.comparing(OperationRecord::at))
                .forEach(record -> rescans.putIfAbsent(record.serial(), record));
        Confidence confidence = rescans.size() == 1 ? Rule.R10.singleCandidateConfidence() : Confidence.LOW;
        List<DiagnosisEntry> entries = new ArrayList<>();
        for (OperationRecord rescan : rescans.values()) {
            Candidate candidate = new Candidate(facts.gtin(), rescan.serial(), rescan.batch(), rescan.expiry());
            entries.add(new DiagnosisEntry(Rule.R10, confidence, candidate, Explanations.rescanResolved(rescan, facts)));
        }
        return entries;
    }

    private static boolean isPlausibleRescan(String serial, AlertFacts facts, List<Reading> readings) {
        if (serial == null) {
            return false;
        }
        if (serial.equals(facts.serial())) {
            return true;
        }
        for (Reading reading : readings) {
            if (reading.serialMode().matches(reading.serial(), serial)) {
                return true;
            }
        }
        return false;
    }

    /**
     * R11: A2 alerts on the product and batch from at least {@link DiagnosisContext#SAME_BATCH_MIN_LOCATIONS} distinct
     * locations (this one included) within {@link DiagnosisContext#SAME_BATCH_WINDOW} up to this alert.
     */
    private static Optional<DiagnosisEntry> batchNotUploaded(AlertFacts facts, List<SameBatchAlert> alerts) {
        if (facts.batch() == null) {
            return Optional.empty();
        }
        Instant from = facts.raisedAt().minus(DiagnosisContext.SAME_BATCH_WINDOW);
        Set<String> locations = new HashSet<>();
        if (facts.location() != null) {
            locations.add(facts.location());
        }
        for (SameBatchAlert alert : alerts) {
            if (facts.gtin().equals(alert.gtin()) && facts.batch().equals(alert.batch()) && alert.location() != null
                    && alert.raisedAt() != null && !alert.raisedAt().isBefore(from) && !alert.raisedAt().isAfter(facts.raisedAt())) {
                locations.add(alert.location());
            }
        }
        if (locations.size() < DiagnosisContext.SAME_BATCH_MIN_LOCATIONS) {
            return Optional.empty();
        }
        Candidate candidate = new Candidate(facts.gtin(), facts.serial(), facts.batch(), facts.expiry());
        return Optional.of(new DiagnosisEntry(Rule.R11, Rule.R11.singleCandidateConfidence(), candidate,
                Explanations.batchNotUploaded(facts, locations.size())));
    }

    /**
     * R12: an A24 on a decommission where the pack's last state change up to the alert decommissioned it at this same
     * location. The candidate is the pack itself (as registered when the service found it).
     */
    private static Optional<DiagnosisEntry> doubleDecommission(AlertFacts facts, List<RegisteredPack> found,
            List<PackStateChange> history) {
        if (facts.source() != AlertSource.DECOMMISSION || facts.location() == null) {
            return Optional.empty();
        }
        Optional<PackStateChange> last = history.stream()
                .filter(change -> change.at() == null || !change.at().isAfter(facts.raisedAt()))
                .max(Comparator.comparingLong(PackStateChange::seq));
        if (last.isEmpty() || last.get().to() == null || !last.get().to().isDecommissioned()
                || !facts.location().equals(last.get().location())) {
            return Optional.empty();
        }
        Candidate candidate = found.stream()
                .filter(pack -> pack.gtin().equals(facts.gtin()) && pack.serial().equals(facts.serial()))
                .findFirst()
                .map(Candidate::of)
                .orElse(new Candidate(facts.gtin(), facts.serial(), facts.batch(), facts.expiry()));
        return Optional.of(new DiagnosisEntry(Rule.R12, Rule.R12.singleCandidateConfidence(), candidate,
                Explanations.doubleDecommission(last.get().to(), last.get().at())));
    }
}
