package org.veripack.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PackEventChainTest {

    private static final Instant T0 = Instant.parse("2026-11-24T12:00:00.123456789Z");

    private static List<PackEventChain.StoredEvent> chain(int length) {
        List<PackEventChain.StoredEvent> events = new ArrayList<>();
        String previous = PackEventChain.GENESIS;
        for (int seq = 1; seq <= length; seq++) {
            PackEventRecord event = new PackEventRecord("09506000134352", "S1", seq, seq % 2 == 1 ? "ACTIVE" : "SUPPLIED",
                    seq % 2 == 1 ? "SUPPLIED" : "ACTIVE", "4012345000009", "pos-1", "pharmacy", T0.plusSeconds(seq), "tx-" + seq);
            String hash = PackEventChain.hash(previous, event);
            events.add(new PackEventChain.StoredEvent(event, previous, hash));
            previous = hash;
        }
        return events;
    }

    @Test
    void anIntactChainIsValid() {
        assertThat(PackEventChain.firstBroken(chain(5))).isEqualTo(-1);
        assertThat(PackEventChain.firstBroken(List.of())).isEqualTo(-1);
    }

    @Test
    void hashIsSha256HexAndDeterministic() {
        List<PackEventChain.StoredEvent> events = chain(1);
        assertThat(events.get(0).hash()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(PackEventChain.hash(PackEventChain.GENESIS, events.get(0).event())).isEqualTo(events.get(0).hash());
    }

    @Test
    void timesAreHashedAtMicrosecondPrecisionLikePostgresStoresThem() {
        PackEventRecord nanos = chain(1).get(0).event();
        PackEventRecord micros = new PackEventRecord(nanos.gtin(), nanos.serial(), nanos.seq(), nanos.from(), nanos.to(),
                nanos.location(), nanos.actor(), nanos.role(), Instant.parse("2026-11-24T12:00:01.123456Z"), nanos.txId());
        assertThat(PackEventChain.hash("x", micros)).isEqualTo(PackEventChain.hash("x", nanos));
        assertThat(PackEventChain.formatInstant(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05.000000Z");
    }

    @Test
    void aChangedEventIsTheFirstBroken() {
        List<PackEventChain.StoredEvent> events = chain(4);
        PackEventChain.StoredEvent third = events.get(2);
        PackEventRecord e = third.event();
        PackEventRecord forged = new PackEventRecord(e.gtin(), e.serial(), e.seq(), e.from(), e.to(), "4098765000003",
                e.actor(), e.role(), e.at(), e.txId());
        events.set(2, new PackEventChain.StoredEvent(forged, third.prevHash(), third.hash()));
        assertThat(PackEventChain.firstBroken(events)).isEqualTo(2);
    }

    @Test
    void aRemovedOrInsertedEventBreaksTheChain() {
        List<PackEventChain.StoredEvent> removed = chain(4);
        removed.remove(1);
        assertThat(PackEventChain.firstBroken(removed)).isEqualTo(1);

        List<PackEventChain.StoredEvent> inserted = chain(3);
        inserted.add(1, inserted.get(1));
        assertThat(PackEventChain.firstBroken(inserted)).isEqualTo(2);
    }

    @Test
    void nullAndEmptyFieldsHashDifferently() {
        PackEventRecord e = chain(1).get(0).event();
        PackEventRecord withNull = new PackEventRecord(e.gtin(), e.serial(), 1, e.from(), e.to(), e.location(), e.actor(), e.role(), e.at(), null);
        PackEventRecord withEmpty = new PackEventRecord(e.gtin(), e.serial(), 1, e.from(), e.to(), e.location(), e.actor(), e.role(), e.at(), "");
        assertThat(PackEventChain.hash("p", withNull)).isNotEqualTo(PackEventChain.hash("p", withEmpty));
    }

    @Test
    void aStatusEventHashesAsBeforeQuarantineExisted() {
        // the hash of this event was computed by the chain before kind, level and reason were added (V2 schema)
        PackEventRecord status = chain(1).get(0).event();
        PackEventRecord explicit = new PackEventRecord(status.gtin(), status.serial(), 1, status.from(), status.to(),
                status.location(), status.actor(), status.role(), status.at(), status.txId(), PackEventKind.STATUS, null, null);
        assertThat(PackEventChain.hash(PackEventChain.GENESIS, explicit))
                .isEqualTo(PackEventChain.hash(PackEventChain.GENESIS, status));
    }

    @Test
    void aQuarantineEventHashesItsKindLevelAndReason() {
        List<PackEventChain.StoredEvent> events = chain(2);
        PackEventRecord quarantine = new PackEventRecord("09506000134352", "S1", 3, "ACTIVE", "ACTIVE", null, "inspector-1",
                "surveillance", T0.plusSeconds(3), null, PackEventKind.QUARANTINE, "SUSPECT", "seized at a wholesaler");
        String hash = PackEventChain.hash(events.get(1).hash(), quarantine);
        events.add(new PackEventChain.StoredEvent(quarantine, events.get(1).hash(), hash));
        assertThat(PackEventChain.firstBroken(events)).isEqualTo(-1);

        for (PackEventRecord forged : List.of(
                new PackEventRecord(quarantine.gtin(), quarantine.serial(), 3, "ACTIVE", "ACTIVE", null, "inspector-1",
                        "surveillance", quarantine.at(), null, PackEventKind.QUARANTINE, "ILLEGITIMATE", "seized at a wholesaler"),
                new PackEventRecord(quarantine.gtin(), quarantine.serial(), 3, "ACTIVE", "ACTIVE", null, "inspector-1",
                        "surveillance", quarantine.at(), null, PackEventKind.QUARANTINE, "SUSPECT", "other reason"),
                new PackEventRecord(quarantine.gtin(), quarantine.serial(), 3, "ACTIVE", "ACTIVE", null, "inspector-1",
                        "surveillance", quarantine.at(), null, PackEventKind.RELEASE, "SUSPECT", "seized at a wholesaler"))) {
            List<PackEventChain.StoredEvent> tampered = new ArrayList<>(events);
            tampered.set(2, new PackEventChain.StoredEvent(forged, events.get(1).hash(), hash));
            assertThat(PackEventChain.firstBroken(tampered)).isEqualTo(2);
        }
    }
}
