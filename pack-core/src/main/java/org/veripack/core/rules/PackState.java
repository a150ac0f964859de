package org.veripack.core.rules;

import java.time.Instant;

/**
 * What the registry holds of a pack: its status, where, by which role and when it last changed,
 * how many times the same state was asked again at that location since, and its quarantine (or null).
 */
public record PackState(String serial, String batch, PackStatus status, String lastLocation, Role lastRole,
        Instant lastChangedAt, int repeatCount, QuarantineLevel quarantine) {

    public PackState(String serial, String batch, PackStatus status, String lastLocation, Role lastRole,
            Instant lastChangedAt, int repeatCount) {
        this(serial, batch, status, lastLocation, lastRole, lastChangedAt, repeatCount, null);
    }

    /** A pack as an upload creates it. */
    public static PackState uploaded(String serial, String batch, Instant at) {
        return new PackState(serial, batch, PackStatus.ACTIVE, null, null, at, 0);
    }
}
