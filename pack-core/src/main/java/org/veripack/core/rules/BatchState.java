package org.veripack.core.rules;

import java.time.LocalDate;
import org.veripack.core.gs1.Expiry;

/** What the registry holds of a batch: its expiry as uploaded and whether it was recalled. */
public record BatchState(String batch, Expiry expiry, BatchStatus status) {

    public boolean isExpiredOn(LocalDate today) {
        return expiry.isExpiredOn(today);
    }
}
