package org.veripack.core.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.diagnosis.DiagnosisFixture.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.gs1.CharacterSet82;
import org.veripack.core.rules.AlertCode;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.ReturnCode;

/**
 * Properties over any alert: no rule leaves the alert's GTIN, no reading repeats the request, and the lookup and
 * the matching agree. The registry and context are built from the alert's own readings, half of them under another
 * GTIN, so the rules have something to find and something they must not find.
 */
class DiagnosisProperties {

    @Property(tries = 300)
    void noReadingHasAnotherGtin(@ForAll("alerts") AlertFacts facts) {
        assertThat(DiagnosisRules.readings(facts)).allSatisfy(reading -> assertThat(reading.gtin()).isEqualTo(GTIN));
        assertThat(DiagnosisRules.lookup(facts).gtin()).isEqualTo(GTIN);
    }

    @Property(tries = 300)
    void noEntryHasAnotherGtin(@ForAll("alerts") AlertFacts facts, @ForAll Random random) {
        List<Reading> readings = DiagnosisRules.readings(facts);
        List<DiagnosisEntry> entries = DiagnosisRules.diagnose(facts, registry(facts, readings, random),
                context(facts, readings, random));

        assertThat(entries).allSatisfy(entry -> assertThat(entry.candidate().gtin()).isEqualTo(GTIN));
        Statistics.collect(entries.isEmpty() ? "no entry" : "entries");
        Statistics.coverage(coverage -> coverage.check("entries").percentage(percent -> percent > 30));
    }

    @Property(tries = 300)
    void noReadingRepeatsTheRequest(@ForAll("alerts") AlertFacts facts) {
        assertThat(DiagnosisRules.readings(facts)).allSatisfy(reading -> {
            assertThat(reading.agreesWithRequest(facts)).as("%s repeats %s", reading, facts).isFalse();
            assertThat(reading.rule().appliesTo(facts.code())).isTrue();
            if (facts.code() == AlertCode.A2 || facts.code() == AlertCode.A3) {
                assertThat(reading.serialMode() == MatchMode.PREFIX || !reading.serial().equals(facts.serial())).isTrue();
            }
        });
    }

    @Property(tries = 300)
    void noReadingEntryProposesThePackAsRequested(@ForAll("alerts") AlertFacts facts, @ForAll Random random) {
        List<Reading> readings = DiagnosisRules.readings(facts);
        List<RegisteredPack> registry = new ArrayList<>(registry(facts, readings, random));
        registry.add(new RegisteredPack(GTIN, facts.serial(), facts.batch(), facts.expiry()));

        List<DiagnosisEntry> entries = DiagnosisRules.diagnose(facts, registry, DiagnosisContext.empty());

        assertThat(entries).allSatisfy(entry -> {
            Candidate candidate = entry.candidate();
            boolean asRequested = candidate.serial().equals(facts.serial())
                    && (facts.batch() == null || facts.batch().equals(candidate.batch()))
                    && (facts.expiry() == null || facts.expiry().equals(candidate.expiry()));
            assertThat(asRequested).as("%s proposes the request itself", entry).isFalse();
        });
    }

    @Property(tries = 300)
    void everyReadingIsLookedUpAndEveryEntryIsAFoundPack(@ForAll("alerts") AlertFacts facts, @ForAll Random random) {
        List<Reading> readings = DiagnosisRules.readings(facts);
        SerialLookup lookup = DiagnosisRules.lookup(facts);
        List<RegisteredPack> registry = registry(facts, readings, random);

        assertThat(readings).allSatisfy(reading -> assertThat(reading.needsPrefixLookup()
                ? lookup.serialPrefixes() : lookup.exactSerials()).contains(reading.serial()));
        assertThat(DiagnosisRules.diagnose(facts, registry, DiagnosisContext.empty())).allSatisfy(entry -> {
            assertThat(entry.rule().triesReadings()).isTrue();
            assertThat(registry).contains(new RegisteredPack(entry.candidate().gtin(), entry.candidate().serial(),
                    entry.candidate().batch(), entry.candidate().expiry()));
        });
    }

    @Provide
    Arbitrary<AlertFacts> alerts() {
        Arbitrary<String> serial = value();
        Arbitrary<String> batch = value().injectNull(0.2);
        Arbitrary<String> expiry = Arbitraries.of("270630", "270600", "300627", "270615", "991231").injectNull(0.2);
        Arbitrary<AlertSource> source = Arbitraries.of(AlertSource.VERIFY, AlertSource.DECOMMISSION, AlertSource.UNDO);
        return Combinators.combine(Arbitraries.of(AlertCode.class), serial, batch, expiry, source, Arbitraries.of(true, false),
                        Arbitraries.of(GTIN, OTHER_GTIN))
                .as((code, s, b, e, src, withScan, scanGtin) -> new AlertFacts(UUID.randomUUID(), code, GTIN, s, b, e,
                        withScan ? scan(scanGtin, s, b, e) : null, HERE, src, RAISED_AT));
    }

    /** A scan as a scanner that drops every GS sends it (of the alert's GTIN, or of another one). */
    private static String scan(String gtin, String serial, String batch, String expiry) {
        return "]d201" + gtin + (expiry == null ? "" : "17" + expiry) + (batch == null ? "" : "10" + batch) + "21" + serial;
    }

    /** 1 to 20 characters of set 82, rich in what the rules react to: case, y/z, specials, AI digits, EAN digits. */
    private static Arbitrary<String> value() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.strings().withChars(CharacterSet82.ALL.toCharArray()).ofMinLength(1).ofMaxLength(3),
                Arbitraries.of("10", "17", "21", "714", "270630", "yZ", "&/", "-(", "9506", "950600", "L1", "ab", "Y"));
        return piece.list().ofMinSize(1).ofMaxSize(5).map(pieces -> String.join("", pieces))
                .filter(value -> value.length() <= 20);
    }

    /** Packs that match some of the readings, under the alert's GTIN or another one, plus unrelated packs. */
    private static List<RegisteredPack> registry(AlertFacts facts, List<Reading> readings, Random random) {
        List<RegisteredPack> packs = new ArrayList<>();
        for (Reading reading : readings) {
            if (random.nextInt(Math.max(1, readings.size() / 8)) != 0) {
                continue;
            }
            String serial = reading.serialMode() == MatchMode.PREFIX ? reading.serial() + "x".repeat(1 + random.nextInt(3))
                    : reading.serial();
            String batch = reading.batch() == null ? "B" + random.nextInt(3)
                    : reading.batchMode() == MatchMode.PREFIX ? reading.batch() + "7" : reading.batch();
            String expiry = reading.expiry() == null ? "280131" : reading.expiry();
            packs.add(new RegisteredPack(random.nextBoolean() ? GTIN : OTHER_GTIN, serial, batch, expiry));
        }
        packs.add(new RegisteredPack(OTHER_GTIN, facts.serial(), facts.batch(), facts.expiry()));
        return packs;
    }

    /** Rescans, A2 alerts and history, each of the alert's GTIN or another one. */
    private static DiagnosisContext context(AlertFacts facts, List<Reading> readings, Random random) {
        List<OperationRecord> rescans = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String serial = readings.isEmpty() || random.nextBoolean() ? facts.serial()
                    : readings.get(random.nextInt(readings.size())).serial();
            rescans.add(new OperationRecord(random.nextBoolean() ? GTIN : OTHER_GTIN, HERE,
                    facts.raisedAt().plusSeconds(random.nextInt(600)), serial, "B1", "280131", ReturnCode.NMVS_OK,
                    Operation.VERIFY));
        }
        List<SameBatchAlert> alerts = new ArrayList<>();
        for (String location : List.of(ELSEWHERE, THIRD_PLACE)) {
            alerts.add(new SameBatchAlert(UUID.randomUUID(), random.nextBoolean() ? GTIN : OTHER_GTIN, facts.batch(),
                    location, facts.raisedAt().minus(Duration.ofHours(random.nextInt(24)))));
        }
        Instant before = facts.raisedAt().minus(Duration.ofHours(1));
        List<PackStateChange> history = List.of(new PackStateChange(1, PackStatus.ACTIVE, PackStatus.SUPPLIED, HERE, before));
        return new DiagnosisContext(rescans, alerts, history);
    }
}
