package org.veripack.core.diagnosis;

import java.util.LinkedHashSet;
import java.util.Set;
import org.veripack.core.gs1.CharacterSet82;

/**
 * R9: every serial at edit distance 1 from the one sent, over GS1 set 82 (one character substituted, missing or
 * added: about 3 400 serials for a 20-character serial), in the alert's batch (any batch when the request had
 * none).
 */
final class NearMissReadings {

    private NearMissReadings() {
    }

    static void addTo(ReadingCollector readings) {
        if (!readings.applies(Rule.R9)) {
            return;
        }
        AlertFacts facts = readings.facts();
        for (String serial : atEditDistanceOne(facts.serial())) {
            readings.exact(Rule.R9, serial, facts.batch(), facts.expiry());
        }
    }

    /** The distinct strings of set 82 at edit distance 1 from {@code value} (not {@code value} itself). */
    static Set<String> atEditDistanceOne(String value) {
        Set<String> near = new LinkedHashSet<>();
        String alphabet = CharacterSet82.ALL;
        for (int i = 0; i <= value.length(); i++) {
            String before = value.substring(0, i);
            if (i < value.length()) {
                String after = value.substring(i + 1);
                near.add(before + after);
                for (int c = 0; c < alphabet.length(); c++) {
                    if (alphabet.charAt(c) != value.charAt(i)) {
                        near.add(before + alphabet.charAt(c) + after);
                    }
                }
            }
            String rest = value.substring(i);
            for (int c = 0; c < alphabet.length(); c++) {
                near.add(before + alphabet.charAt(c) + rest);
            }
        }
        near.remove(value);
        return near;
    }
}
