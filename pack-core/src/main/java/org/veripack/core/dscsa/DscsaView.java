package org.veripack.core.dscsa;

import java.util.Objects;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.rules.BatchStatus;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.ProductStatus;
import org.veripack.core.rules.QuarantineLevel;
import org.veripack.core.rules.RegistryView;

/**
 * What the registry holds about the GTIN and serial of a DSCSA request, as far as {@link DscsaRules} cares. Build
 * it with {@link #unknownProduct()}, {@link #unknownPack()}, {@link #knownPack} or {@link #of}.
 *
 * @param productKnown     whether the GTIN is a product of the registry
 * @param productWithdrawn whether that product is withdrawn
 * @param packKnown        whether the GTIN and serial name a pack
 * @param lot              the pack's lot (batch), or null when the pack is unknown
 * @param expiry           the expiry of the pack's batch as uploaded, or null when the pack is unknown
 * @param batchRecalled    whether the pack's batch is recalled
 * @param packStatus       the pack's status, or null when the pack is unknown
 * @param quarantine       the pack's quarantine level, or null when it is not quarantined
 */
public record DscsaView(boolean productKnown, boolean productWithdrawn, boolean packKnown, String lot, Expiry expiry,
        boolean batchRecalled, PackStatus packStatus, QuarantineLevel quarantine) {

    public DscsaView {
        if (packKnown && (!productKnown || lot == null || expiry == null || packStatus == null)) {
            throw new IllegalArgumentException("a known pack needs its product, lot, expiry and status");
        }
    }

    /** The GTIN is not a product of the registry. */
    public static DscsaView unknownProduct() {
        return new DscsaView(false, false, false, null, null, false, null, null);
    }

    /** The product is known, the serial is not. */
    public static DscsaView unknownPack() {
        return new DscsaView(true, false, false, null, null, false, null, null);
    }

    /** A known pack, with its batch's lot and expiry and what happened to it, its batch and its product. */
    public static DscsaView knownPack(boolean productWithdrawn, String lot, Expiry expiry, boolean batchRecalled,
            PackStatus packStatus, QuarantineLevel quarantine) {
        return new DscsaView(true, productWithdrawn, true, lot, expiry, batchRecalled, packStatus, quarantine);
    }

    /** The view of what the EU rules read from the registry, plus the pack's quarantine level (null: none). */
    public static DscsaView of(RegistryView registry, QuarantineLevel quarantine) {
        Objects.requireNonNull(registry, "registry");
        if (registry.product() == null) {
            return unknownProduct();
        }
        if (registry.pack() == null) {
            return unknownPack();
        }
        return knownPack(registry.product().status() == ProductStatus.WITHDRAWN, registry.packBatch().batch(),
                registry.packBatch().expiry(), registry.packBatch().status() == BatchStatus.RECALLED,
                registry.pack().status(), quarantine);
    }
}
