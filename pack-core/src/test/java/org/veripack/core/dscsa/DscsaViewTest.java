package org.veripack.core.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.veripack.core.dscsa.DscsaFixture.*;

import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.veripack.core.rules.BatchState;
import org.veripack.core.rules.BatchStatus;
import org.veripack.core.rules.PackState;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.ProductState;
import org.veripack.core.rules.ProductStatus;
import org.veripack.core.rules.QuarantineLevel;
import org.veripack.core.rules.RegistryView;

/** The DSCSA view of what the EU rules read from the registry. */
class DscsaViewTest {

    private static final ProductState WITHDRAWN = new ProductState(GTIN, ProductStatus.WITHDRAWN, "MAH-1");

    @Test
    @DisplayName("an unknown product or serial reads as unknown")
    void unknown() {
        assertThat(DscsaView.of(RegistryView.unknownProduct(), null)).isEqualTo(DscsaView.unknownProduct());
        assertThat(DscsaView.of(RegistryView.unknownPack(WITHDRAWN, true), null)).isEqualTo(DscsaView.unknownPack());
    }

    @Test
    @DisplayName("a known pack carries its lot, expiry, status, batch recall, product withdrawal and quarantine")
    void knownPack() {
        PackState pack = new PackState(SERIAL, LOT, PackStatus.LOCKED, null, null, Instant.parse("2026-11-01T00:00:00Z"), 0);
        BatchState batch = new BatchState(LOT, expiry(EXPIRY), BatchStatus.RECALLED);

        assertThat(DscsaView.of(RegistryView.known(WITHDRAWN, pack, batch), QuarantineLevel.SUSPECT)).isEqualTo(
                DscsaView.knownPack(true, LOT, expiry(EXPIRY), true, PackStatus.LOCKED, QuarantineLevel.SUSPECT));
    }

    @Test
    @DisplayName("a known pack needs its product, lot, expiry and status")
    void knownPackIsComplete() {
        assertThatThrownBy(() -> new DscsaView(false, false, true, LOT, expiry(EXPIRY), false, PackStatus.ACTIVE, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DscsaView.knownPack(false, null, expiry(EXPIRY), false, PackStatus.ACTIVE, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
