package org.veripack.upload.rest;

/** The body of PUT /api/v1/dscsa/policy. */
public record DscsaPolicyRequest(String recalled, String expired) {
}
