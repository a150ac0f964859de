package org.veripack.core.diagnosis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.veripack.core.rules.AlertCode;

/**
 * The alert diagnosis of docs/architecture.md "Alert diagnosis" as pure functions: which other
 * readings of an alert's request to look up, and which likely causes the registry's answer and the alert's context
 * support. The service only fetches data, set-based:
 * <ol>
 *   <li>{@link #lookup(AlertFacts)}: one query for all registered packs of the alert's GTIN with one of its exact
 *       serials or serial prefixes;</li>
 *   <li>{@link #contextQuery(AlertFacts)}: the operation records, A2 alerts and pack history the context rules
 *       need, if any;</li>
 *   <li>{@link #diagnose(AlertFacts, List, DiagnosisContext)} with what it found.</li>
 * </ol>
 * Every candidate has the alert's GTIN. Nothing here clears an alert: the entries are suggestions for investigators
 * (and must never be shown to the scanning location).
 */
public final class DiagnosisRules {

    private static final Comparator<DiagnosisEntry> STRONGEST_FIRST = Comparator
            .comparing(DiagnosisEntry::confidence)
            .thenComparing(DiagnosisEntry::rule)
            .thenComparing(entry -> entry.candidate().serial(), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(entry -> entry.candidate().batch(), Comparator.nullsFirst(Comparator.naturalOrder()));

    private DiagnosisRules() {
    }

    /** Whether alerts of {@code code} are diagnosed at all (A2, A3, A52, A68, A24). */
    public static boolean diagnoses(AlertCode code) {
        for (Rule rule : Rule.values()) {
            if (rule.appliesTo(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every other reading R1 to R9 propose for the alert, each of the alert's GTIN and none equal to what the request
     * said; empty for codes no such rule applies to.
     */
    public static List<Reading> readings(AlertFacts facts) {
        ReadingCollector readings = new ReadingCollector(facts);
        KeyboardReadings.addTo(readings);
        SeparatorReadings.addTo(readings);
        AppendedOrTruncatedReadings.addTo(readings);
        ExpiryReadings.addTo(readings);
        NearMissReadings.addTo(readings);
        return readings.readings();
    }

    /** The serials and serial prefixes to look up for {@link #readings} (and the alert's own serial where it exists). */
    public static SerialLookup lookup(AlertFacts facts) {
        return SerialLookup.of(facts, readings(facts));
    }

    /** The context {@link #diagnose} needs beside the registered packs, with its time windows. */
    public static ContextQuery contextQuery(AlertFacts facts) {
        return ContextQuery.of(facts);
    }

    /**
     * The likely causes of the alert, strongest first (by confidence, then rule); empty when nothing matched.
     *
     * @param found   every registered pack the service found for {@link #lookup(AlertFacts)} (more is harmless)
     * @param context what {@link #contextQuery(AlertFacts)} asked for
     */
    public static List<DiagnosisEntry> diagnose(AlertFacts facts, List<RegisteredPack> found, DiagnosisContext context) {
        Objects.requireNonNull(facts, "facts");
        List<RegisteredPack> packs = found == null ? List.of() : List.copyOf(found);
        DiagnosisContext givenContext = context == null ? DiagnosisContext.empty() : context;
        List<Reading> readings = readings(facts);
        List<DiagnosisEntry> entries = new ArrayList<>(RegistryMatcher.entries(facts, readings, packs));
        entries.addAll(ContextRules.entries(facts, readings, packs, givenContext));
        entries.sort(STRONGEST_FIRST);
        return List.copyOf(entries);
    }
}
