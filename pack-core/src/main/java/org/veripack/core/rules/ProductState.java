package org.veripack.core.rules;

/** What the registry holds of a product: its status and the MAH that owns it. */
public record ProductState(String gtin, ProductStatus status, String mahId) {
}
