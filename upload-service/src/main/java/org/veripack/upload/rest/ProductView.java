package org.veripack.upload.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.veripack.upload.repository.ProductEntity;

/** A product as the API shows it. */
// native: sent inside a Response
@RegisterForReflection
public record ProductView(String gtin, String name, List<String> markets, String mah, String status,
        Instant withdrawnAt, String withdrawReason, Instant createdAt, Instant updatedAt) {

    public static ProductView of(ProductEntity product) {
        return new ProductView(product.gtin, product.name, List.of(product.markets), product.mahId, product.status,
                product.withdrawnAt, product.withdrawReason, product.createdAt, product.updatedAt);
    }
}
