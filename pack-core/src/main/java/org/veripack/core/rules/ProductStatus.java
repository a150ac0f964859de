package org.veripack.core.rules;

/** A product is ACTIVE until it is WITHDRAWN, for good. */
public enum ProductStatus {
    ACTIVE,
    WITHDRAWN
}
