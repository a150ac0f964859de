package org.veripack.upload.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;
import org.veripack.upload.repository.TradingPartnerRepository.Change;
import org.veripack.upload.repository.TradingPartnerRepository.Partner;

/** A trading partner as the API shows it: {@code since} is when its current status began. */
// native: sent inside a Response
@RegisterForReflection
public record TradingPartnerView(String gln, String name, String status, Instant since) {

    static TradingPartnerView of(Partner partner) {
        return new TradingPartnerView(partner.gln(), partner.name(), partner.status().name(), partner.since());
    }

    /** A partner's history: every change, newest first. */
    @RegisterForReflection
    public record History(String gln, List<ChangeView> items) {

        /** {@code changes}: at least one (an unknown partner is refused before). */
        static History of(List<Change> changes) {
            return new History(changes.get(0).gln(), changes.stream().map(ChangeView::of).toList());
        }
    }

    /** One change: the name and status it set, who made it (actor: the token's subject; role), when and why. */
    @RegisterForReflection
    public record ChangeView(long seq, String name, String status, String reason, String actor, String role, Instant at) {

        static ChangeView of(Change change) {
            return new ChangeView(change.seq(), change.name(), change.status().name(), change.reason(), change.actor(),
                    change.role(), change.at());
        }
    }
}
