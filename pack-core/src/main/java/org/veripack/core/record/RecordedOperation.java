package org.veripack.core.record;

/** The operations the record of every operation on a pack holds (DR 2016/161 Art. 35(1)(g)). */
public enum RecordedOperation {
    VERIFY,
    DECOMMISSION,
    UNDO,
    QUARANTINE,
    RELEASE
}
