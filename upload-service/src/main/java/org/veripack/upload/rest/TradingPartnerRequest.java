package org.veripack.upload.rest;

/** The body of PUT /api/v1/trading-partners/{gln}. */
public record TradingPartnerRequest(String name, String status, String reason) {
}
