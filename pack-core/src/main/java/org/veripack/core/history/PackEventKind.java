package org.veripack.core.history;

/** What an event of a pack's history records. */
public enum PackEventKind {
    /** The pack's status changed (decommission, undo). */
    STATUS,
    /** The pack was quarantined, or its quarantine level changed; the status stays. */
    QUARANTINE,
    /** The pack's quarantine was lifted; the status stays. */
    RELEASE
}
