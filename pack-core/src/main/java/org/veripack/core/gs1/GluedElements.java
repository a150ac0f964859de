package org.veripack.core.gs1;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a value may have held when a scanner dropped a group separator (GS): the elements that followed a
 * variable-length value (serial, batch, NHRN) are then glued to its end, e.g. serial {@code ABC12310L1} for serial
 * {@code ABC123} and batch {@code L1}, or batch {@code L117270630} for batch {@code L1} and expiry {@code 270630}.
 * Splits use this package's AI table and element-string parser, so a glued part is accepted only when it reads
 * completely as GS1 elements.
 */
public final class GluedElements {

    /** The AIs a dropped GS glues into a serial or batch on a pack: batch, expiry, serial and the NHRNs 710 to 714. */
    public static final Set<String> GLUEABLE_AIS = Set.of("10", "17", "21", "710", "711", "712", "713", "714");

    /** Glued elements may themselves hold glued elements (two dropped separators); deeper is not tried. */
    private static final int MAX_DEPTH = 2;

    private GluedElements() {
    }

    /**
     * One reading of a glued value: its own part and the elements glued after it, by AI in the order they appear.
     *
     * @param head  the value as it should have been (never empty)
     * @param glued the elements found after it (AI to value), never empty
     */
    public record Split(String head, Map<String, String> glued) {

        public Split {
            glued = Collections.unmodifiableMap(new LinkedHashMap<>(glued));
        }
    }

    /**
     * Every way to split {@code value} into its own part and glued elements: at each position where a
     * {@linkplain #GLUEABLE_AIS glueable AI} starts and the rest parses completely as GS1 elements. A glued
     * variable-length value is split again (two dropped separators). Empty when nothing fits.
     */
    public static List<Split> splits(String value) {
        return splits(value, MAX_DEPTH);
    }

    /** Whether a {@linkplain #GLUEABLE_AIS glueable AI} starts at {@code position} of {@code text}. */
    public static boolean glueableAiStartsAt(String text, int position) {
        ApplicationIdentifier ai = ApplicationIdentifier.at(text, position);
        return ai != null && GLUEABLE_AIS.contains(ai.code());
    }

    private static List<Split> splits(String value, int depth) {
        List<Split> splits = new ArrayList<>();
        if (value == null) {
            return splits;
        }
        for (int position = 1; position < value.length() - 1; position++) {
            if (!glueableAiStartsAt(value, position)) {
                continue;
            }
            Map<String, String> glued = parseCompletely(value.substring(position));
            if (glued == null) {
                continue;
            }
            String head = value.substring(0, position);
            splits.add(new Split(head, glued));
            if (depth > 1) {
                splits.addAll(splitGluedValuesAgain(head, glued, depth - 1));
            }
        }
        return splits;
    }

    /** For each variable-length glued value that is itself glued, the merged reading (conflicting AIs skipped). */
    private static List<Split> splitGluedValuesAgain(String head, Map<String, String> glued, int depth) {
        List<Split> nested = new ArrayList<>();
        for (Map.Entry<String, String> element : glued.entrySet()) {
            ApplicationIdentifier ai = ApplicationIdentifier.byCode(element.getKey());
            if (ai == null || ai.fixedLength()) {
                continue;
            }
            for (Split inner : splits(element.getValue(), depth)) {
                Map<String, String> merged = new LinkedHashMap<>(glued);
                merged.put(element.getKey(), inner.head());
                if (mergeWithoutConflict(merged, inner.glued())) {
                    nested.add(new Split(head, merged));
                }
            }
        }
        return nested;
    }

    private static boolean mergeWithoutConflict(Map<String, String> into, Map<String, String> more) {
        for (Map.Entry<String, String> element : more.entrySet()) {
            String previous = into.putIfAbsent(element.getKey(), element.getValue());
            if (previous != null && !previous.equals(element.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** The elements of {@code text} when all of it reads as GS1 elements; null otherwise. */
    private static Map<String, String> parseCompletely(String text) {
        try {
            Map<String, String> values = new LinkedHashMap<>();
            ElementStringParser.parse(text).forEach((ai, element) -> values.put(ai, element.value()));
            return values;
        } catch (Gs1ParseException notElements) {
            return null;
        }
    }
}
