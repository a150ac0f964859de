package org.veripack.upload.rest;

/** The body of a withdrawal or a recall. */
public record ReasonRequest(String reason) {
}
