package org.veripack.core.diagnosis;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.veripack.core.rules.AlertCode;

/**
 * What the service looks up for one alert, in one statement: the registered packs of {@code gtin} (with their
 * batch's expiry) whose serial is in {@code exactSerials} (one array parameter), or starts with one of
 * {@code serialPrefixes} and is {@value MatchMode#PREFIX_MIN_EXTRA} to {@value MatchMode#PREFIX_MAX_EXTRA}
 * characters longer. It passes every pack found to {@link DiagnosisRules#diagnose}; finding more is harmless (every
 * reading is checked again there), finding fewer loses entries. Serials and prefixes may hold {@code %} and
 * {@code _} (GS1 set 82): a prefix match must not treat them as LIKE wildcards.
 *
 * @param exactSerials   the exact serials; for A52, A68 and A24 it holds the alert's own serial, whose pack the
 *                       rules compare with
 * @param serialPrefixes the prefixes (R5); usually none or one
 */
public record SerialLookup(String gtin, Set<String> exactSerials, Set<String> serialPrefixes) {

    public SerialLookup {
        exactSerials = Collections.unmodifiableSet(new LinkedHashSet<>(exactSerials));
        serialPrefixes = Collections.unmodifiableSet(new LinkedHashSet<>(serialPrefixes));
    }

    static SerialLookup of(AlertFacts facts, List<Reading> readings) {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        if (facts.code() == AlertCode.A52 || facts.code() == AlertCode.A68 || facts.code() == AlertCode.A24) {
            exact.add(facts.serial());
        }
        for (Reading reading : readings) {
            (reading.needsPrefixLookup() ? prefixes : exact).add(reading.serial());
        }
        return new SerialLookup(facts.gtin(), exact, prefixes);
    }

    /** Nothing to look up: the service may skip the query. */
    public boolean isEmpty() {
        return exactSerials.isEmpty() && serialPrefixes.isEmpty();
    }
}
