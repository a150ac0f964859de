package org.veripack.core.diagnosis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R1 to R9 against what the registry holds: per rule, the distinct registered packs some reading of the rule
 * matches. One candidate: an entry with the rule's confidence; two or more: one {@link Confidence#LOW} entry each,
 * except R9, which speaks only when exactly one registered serial is that near.
 */
final class RegistryMatcher {

    private RegistryMatcher() {
    }

    static List<DiagnosisEntry> entries(AlertFacts facts, List<Reading> readings, List<RegisteredPack> found) {
        Map<String, List<RegisteredPack>> bySerial = new HashMap<>();
        for (RegisteredPack pack : found) {
            if (pack.gtin().equals(facts.gtin())) {
                bySerial.computeIfAbsent(pack.serial(), serial -> new ArrayList<>()).add(pack);
            }
        }
        Map<Rule, Map<String, RegisteredPack>> candidatesByRule = new EnumMap<>(Rule.class);
        for (Reading reading : readings) {
            for (RegisteredPack pack : packsToCompare(reading, bySerial)) {
                if (reading.matches(pack)) {
                    candidatesByRule.computeIfAbsent(reading.rule(), rule -> new LinkedHashMap<>()).putIfAbsent(pack.serial(), pack);
                }
            }
        }
        List<DiagnosisEntry> entries = new ArrayList<>();
        candidatesByRule.forEach((rule, candidates) -> {
            if (rule == Rule.R9 && candidates.size() != 1) {
                return;
            }
            Confidence confidence = candidates.size() == 1 ? rule.singleCandidateConfidence() : Confidence.LOW;
            for (RegisteredPack pack : candidates.values()) {
                Candidate candidate = Candidate.of(pack);
                entries.add(new DiagnosisEntry(rule, confidence, candidate, Explanations.ofReading(rule, facts, candidate)));
            }
        });
        return entries;
    }

    private static List<RegisteredPack> packsToCompare(Reading reading, Map<String, List<RegisteredPack>> bySerial) {
        if (!reading.needsPrefixLookup()) {
            return bySerial.getOrDefault(reading.serial(), List.of());
        }
        List<RegisteredPack> packs = new ArrayList<>();
        bySerial.forEach((serial, samePacks) -> {
            if (reading.serialMode().matches(reading.serial(), serial)) {
                packs.addAll(samePacks);
            }
        });
        return packs;
    }
}
