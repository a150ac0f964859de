package org.veripack.alert.repository;

import java.time.Instant;
import java.util.UUID;

/** A row of alert.alert_status_change: one step of an alert's investigation. */
public record AlertChangeRow(UUID alertId, int seq, String from, String to, String by, Instant at, String reason,
        String closeReason) {
}
