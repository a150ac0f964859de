package org.veripack.verification.repository;

import org.veripack.core.rules.RegistryView;

/**
 * The registry's view of a pack plus what a change needs to write it: the batch ordinal, the pack's last event
 * number and hash (the version a conditional write checks) and the product's MAH.
 */
public record PackSnapshot(RegistryView view, int batchOrdinal, long lastEventSeq, String lastHash, String mah) {

    public boolean packKnown() {
        return view.pack() != null;
    }
}
