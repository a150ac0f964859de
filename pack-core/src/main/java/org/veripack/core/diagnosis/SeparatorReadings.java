package org.veripack.core.diagnosis;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.gs1.GluedElements;
import org.veripack.core.gs1.Gs1ParseException;
import org.veripack.core.gs1.Gs1Parser;
import org.veripack.core.gs1.PackIdentifier;

/**
 * R3: a scanner that drops the group separator (GS) glues the next elements into the serial or batch. Splits the
 * serial and the batch wherever a batch (10), expiry (17), serial (21) or NHRN (710-714) could start and reads the
 * parts again; when the request was a scan, also parses the raw scan again with a GS put back before each such AI.
 */
final class SeparatorReadings {

    private static final String SERIAL = "21";
    private static final String BATCH = "10";
    private static final String EXPIRY = "17";
    private static final String GTIN = "01";
    private static final char GS = '\u001D';

    private SeparatorReadings() {
    }

    static void addTo(ReadingCollector readings) {
        if (!readings.applies(Rule.R3)) {
            return;
        }
        AlertFacts facts = readings.facts();
        for (GluedElements.Split split : GluedElements.splits(facts.serial())) {
            add(readings, split.glued(), SERIAL, split.head());
        }
        for (GluedElements.Split split : GluedElements.splits(facts.batch())) {
            add(readings, split.glued(), BATCH, split.head());
        }
        if (facts.scan() != null) {
            addScanReadAgain(readings);
        }
    }

    /** The reading where {@code field} holds {@code head} and the glued elements replace what the request said. */
    private static void add(ReadingCollector readings, Map<String, String> glued, String field, String head) {
        AlertFacts facts = readings.facts();
        if (glued.containsKey(field) || !glued.getOrDefault(GTIN, facts.gtin()).equals(facts.gtin())) {
            return;
        }
        String serial = field.equals(SERIAL) ? head : glued.getOrDefault(SERIAL, facts.serial());
        String batch = field.equals(BATCH) ? head : glued.getOrDefault(BATCH, facts.batch());
        String expiry = glued.getOrDefault(EXPIRY, facts.expiry());
        if (isDate(expiry, facts)) {
            readings.exact(Rule.R3, serial, batch, expiry);
        }
    }

    /** The raw scan parsed with a GS inserted before each glueable AI in turn (a Digital Link has no GS to drop). */
    private static void addScanReadAgain(ReadingCollector readings) {
        AlertFacts facts = readings.facts();
        String scan = facts.scan();
        if (scan.regionMatches(true, 0, "http", 0, 4)) {
            return;
        }
        Gs1Parser parser = new Gs1Parser(Clock.fixed(facts.raisedAt(), ZoneOffset.UTC));
        for (int position = 1; position < scan.length(); position++) {
            if (scan.charAt(position - 1) == GS || !GluedElements.glueableAiStartsAt(scan, position)) {
                continue;
            }
            String withSeparator = scan.substring(0, position) + GS + scan.substring(position);
            try {
                PackIdentifier pack = parser.parse(withSeparator);
                if (pack.gtin().equals(facts.gtin())) {
                    readings.exact(Rule.R3, pack.serial(), pack.batch(), pack.expiryText());
                }
            } catch (Gs1ParseException notAPack) {
                // a GS there does not make a valid scan: no reading
            }
        }
    }

    private static boolean isDate(String expiry, AlertFacts facts) {
        if (expiry == null) {
            return true;
        }
        try {
            Expiry.parse(expiry, facts.raisedAt().atZone(ZoneOffset.UTC).getYear());
            return true;
        } catch (Gs1ParseException notADate) {
            return false;
        }
    }
}
