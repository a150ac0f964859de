package org.veripack.core.cache;

import org.veripack.core.rules.ProductStatus;

/** A product's entry in its meta hash, field {@code p}: {@code A|<mah>} or {@code W|<mah>}. */
public record CachedProduct(ProductStatus status, String mahId) {

    public String encode() {
        return (status == ProductStatus.WITHDRAWN ? "W" : "A") + "|" + mahId;
    }

    public static CachedProduct decode(String value) {
        if (value.length() < 2 || value.charAt(1) != '|') {
            throw new IllegalArgumentException("malformed cached product: " + value);
        }
        return new CachedProduct(value.charAt(0) == 'W' ? ProductStatus.WITHDRAWN : ProductStatus.ACTIVE, value.substring(2));
    }
}
