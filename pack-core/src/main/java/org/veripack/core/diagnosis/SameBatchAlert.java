package org.veripack.core.diagnosis;

import java.time.Instant;
import java.util.UUID;

/** An A2 alert on a product and batch (R11): where and when it was raised. */
public record SameBatchAlert(UUID alertId, String gtin, String batch, String location, Instant raisedAt) {
}
