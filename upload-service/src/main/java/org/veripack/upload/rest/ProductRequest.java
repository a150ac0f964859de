package org.veripack.upload.rest;

import java.util.List;

/** The body of PUT /api/v1/products/{gtin}. */
public record ProductRequest(String name, List<String> markets) {
}
