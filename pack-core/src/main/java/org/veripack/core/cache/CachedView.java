package org.veripack.core.cache;

import java.time.Instant;
import java.time.ZoneId;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.rules.BatchState;
import org.veripack.core.rules.PackState;
import org.veripack.core.rules.ProductState;
import org.veripack.core.rules.RegistryView;

/**
 * The registry view of a pack as the hot cache holds it: product, pack and batch entries read in one round trip.
 * The cache keeps only what a verify needs, so the pack's last location, role and change time are unknown here
 * ({@link #holdsWholePack()} says when that does not matter).
 */
public record CachedView(RegistryView view, CachedProduct product, CachedPack pack, CachedBatch batch) {

    /**
     * Decodes the three cached values, or returns null when any is missing (then the caller reads PostgreSQL).
     *
     * @param at   when the answer is given: the expiry's century is resolved around its year
     * @param zone the market's time zone
     */
    public static CachedView decode(String gtin, String serial, String productValue, String packValue,
            String batchValue, Instant at, ZoneId zone) {
        if (productValue == null || packValue == null || batchValue == null) {
            return null;
        }
        CachedProduct product = CachedProduct.decode(productValue);
        CachedPack pack = CachedPack.decode(packValue);
        CachedBatch batch = CachedBatch.decode(pack.batchOrdinal(), batchValue);
        BatchState batchState = new BatchState(batch.batch(),
                Expiry.parse(batch.expiry(), at.atZone(zone).getYear()), batch.status());
        PackState packState = new PackState(serial, batch.batch(), pack.status(), null, null, null, 0, pack.quarantine());
        RegistryView view = RegistryView.known(new ProductState(gtin, product.status(), product.mahId()), packState,
                batchState);
        return new CachedView(view, product, pack, batch);
    }

    /**
     * Whether the cached pack is a complete basis for a state change: an ACTIVE pack has no repeat count and its last
     * location, role and change time are never read by the rules.
     */
    public boolean holdsWholePack() {
        return pack.status() == org.veripack.core.rules.PackStatus.ACTIVE;
    }
}
