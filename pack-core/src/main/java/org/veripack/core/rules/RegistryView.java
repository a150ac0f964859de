package org.veripack.core.rules;

/**
 * The registry's view of what a request names, read from the cache or from PostgreSQL.
 *
 * @param product            the product of the GTIN, or null when the GTIN is unknown
 * @param pack               the pack of the GTIN and serial, or null when the serial is unknown
 * @param packBatch          the batch the pack belongs to (null when the pack is unknown)
 * @param requestedBatchKnown whether the batch the request names exists for the product
 *                           (only asked when the pack is unknown and a batch was given)
 */
public record RegistryView(ProductState product, PackState pack, BatchState packBatch, boolean requestedBatchKnown) {

    public static RegistryView unknownProduct() {
        return new RegistryView(null, null, null, false);
    }

    public static RegistryView unknownPack(ProductState product, boolean requestedBatchKnown) {
        return new RegistryView(product, null, null, requestedBatchKnown);
    }

    public static RegistryView known(ProductState product, PackState pack, BatchState batch) {
        if (pack == null || batch == null) {
            throw new IllegalArgumentException("a known pack needs its batch");
        }
        return new RegistryView(product, pack, batch, true);
    }
}
