package org.veripack.core.alert;

/** The operation that raised an alert. */
public enum AlertSource {
    VERIFY,
    DECOMMISSION,
    UNDO,
    UPLOAD
}
