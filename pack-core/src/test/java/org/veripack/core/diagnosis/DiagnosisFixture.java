package org.veripack.core.diagnosis;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.rules.AlertCode;

/** Alerts, registered packs and context for the diagnosis tests. */
final class DiagnosisFixture {

    /** GS1 example GTIN-14 (indicator 0, so its GTIN-13 is 9506000134352). */
    static final String GTIN = "09506000134352";
    static final String GTIN13 = "9506000134352";
    static final String OTHER_GTIN = "04006381333931";
    static final String HERE = "4012345000009";
    static final String ELSEWHERE = "4012345000016";
    static final String THIRD_PLACE = "4012345000023";
    static final Instant RAISED_AT = Instant.parse("2026-11-24T12:00:00Z");
    static final String EXPIRY = "270630";
    static final String GS = "\u001D";

    private DiagnosisFixture() {
    }

    static AlertFacts alert(AlertCode code, String serial, String batch, String expiry) {
        return alert(code, serial, batch, expiry, null, AlertSource.VERIFY);
    }

    static AlertFacts alert(AlertCode code, String serial, String batch, String expiry, String scan, AlertSource source) {
        return new AlertFacts(UUID.randomUUID(), code, GTIN, serial, batch, expiry, scan, HERE, source, RAISED_AT);
    }

    static RegisteredPack pack(String serial, String batch, String expiry) {
        return new RegisteredPack(GTIN, serial, batch, expiry);
    }

    static List<DiagnosisEntry> diagnose(AlertFacts facts, RegisteredPack... found) {
        return DiagnosisRules.diagnose(facts, Arrays.asList(found), DiagnosisContext.empty());
    }

    static List<DiagnosisEntry> diagnose(AlertFacts facts, DiagnosisContext context, RegisteredPack... found) {
        return DiagnosisRules.diagnose(facts, Arrays.asList(found), context);
    }

    static List<DiagnosisEntry> entriesOf(Rule rule, List<DiagnosisEntry> entries) {
        return entries.stream().filter(entry -> entry.rule() == rule).toList();
    }
}
