package org.veripack.core.rules;

/** What a location asks of a pack; also the source of an alert (with UPLOAD for upload-service). */
public enum Operation {
    VERIFY,
    DECOMMISSION,
    UNDO
}
