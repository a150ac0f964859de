package org.veripack.verification.repository;

import org.veripack.core.cache.CachedPolicy;
import org.veripack.core.cache.CachedView;
import org.veripack.core.history.PackEventChain;
import org.veripack.core.rules.RegistryView;

/**
 * The registry's view of a pack plus what a change needs to write it: the batch ordinal, the pack's last event
 * number and hash (the version a conditional write checks and the link of the hash chain), the product's MAH, and
 * the answer kept for the request's txId, if any.
 *
 * @param lastHash the hash of the pack's last event, or null when not known (a cached pack that has events)
 * @param replay   the kept answer of the request's txId at its location, or null
 * @param policy   the DSCSA policy of the product's MAH (the default when it set none), or null when not read
 */
public record PackSnapshot(RegistryView view, int batchOrdinal, long lastEventSeq, String lastHash, String mah,
        Replay replay, CachedPolicy policy) {

    public PackSnapshot(RegistryView view, int batchOrdinal, long lastEventSeq, String lastHash, String mah,
            Replay replay) {
        this(view, batchOrdinal, lastEventSeq, lastHash, mah, replay, null);
    }

    public boolean packKnown() {
        return view.pack() != null;
    }

    /** A snapshot from the hot cache: a pack without events links to the genesis hash, else its last hash is unknown. */
    public static PackSnapshot ofCache(CachedView cached) {
        return ofCache(cached, null);
    }

    /** A snapshot from the hot cache with the MAH's cached DSCSA policy. */
    public static PackSnapshot ofCache(CachedView cached, CachedPolicy policy) {
        long version = cached.pack().version();
        return new PackSnapshot(cached.view(), cached.pack().batchOrdinal(), version,
                version == 0 ? PackEventChain.GENESIS : null, cached.product().mahId(), null, policy);
    }
}
