package org.veripack.core.cache;

import org.veripack.core.rules.BatchStatus;

/**
 * A batch's entry in its product's meta hash, field {@code o:<ordinal>}: {@code A|270630|L1}
 * (status letter, expiry as uploaded, batch). The batch comes last because it may hold '|'.
 */
public record CachedBatch(int ordinal, String batch, String expiry, BatchStatus status) {

    public String encode() {
        return (status == BatchStatus.RECALLED ? "R" : "A") + "|" + expiry + "|" + batch;
    }

    public static CachedBatch decode(int ordinal, String value) {
        int second = value.indexOf('|', 2);
        if (value.length() < 4 || value.charAt(1) != '|' || second < 0) {
            throw new IllegalArgumentException("malformed cached batch: " + value);
        }
        BatchStatus status = value.charAt(0) == 'R' ? BatchStatus.RECALLED : BatchStatus.ACTIVE;
        return new CachedBatch(ordinal, value.substring(second + 1), value.substring(2, second), status);
    }
}
