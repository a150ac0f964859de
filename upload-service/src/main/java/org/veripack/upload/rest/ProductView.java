package org.veripack.upload.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.veripack.upload.repository.ProductRepository.Product;

/** A product as the API shows it. */
// native: sent inside a Response
@RegisterForReflection
public record ProductView(String gtin, String name, List<String> markets, String mah, String status,
        Instant withdrawnAt, String withdrawReason, Instant createdAt, Instant updatedAt) {

    static ProductView of(Product product) {
        return new ProductView(product.gtin(), product.name(), product.markets(), product.mah(), product.status().name(),
                product.withdrawnAt(), product.withdrawReason(), product.createdAt(), product.updatedAt());
    }
}
