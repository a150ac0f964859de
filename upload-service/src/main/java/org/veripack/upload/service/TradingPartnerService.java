package org.veripack.upload.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import org.veripack.core.dscsa.TradingPartnerChange;
import org.veripack.core.dscsa.TradingPartnerRules;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.rules.Role;
import org.veripack.core.scope.Scope;
import org.veripack.upload.repository.Jdbc;
import org.veripack.upload.repository.TradingPartnerRepository;
import org.veripack.upload.repository.TradingPartnerRepository.Change;
import org.veripack.upload.repository.TradingPartnerRepository.Partner;

/**
 * The trading-partner registry: the operator registers, changes and blocks partners, every change kept with who, when
 * and why. verification-service learns each change by polling {@code change_seq}, so a block takes effect there
 * within its poll interval (0.5 s) without a query per DSCSA request.
 */
@ApplicationScoped
public class TradingPartnerService {

    private final Jdbc jdbc;
    private final TradingPartnerRepository partners;

    public TradingPartnerService(Jdbc jdbc, TradingPartnerRepository partners) {
        this.jdbc = jdbc;
        this.partners = partners;
    }

    /** A partner after a PUT, and whether the PUT registered it. */
    public record Saved(Partner partner, boolean created) {
    }

    /**
     * Registers or changes a partner. Every accepted PUT is a change of the history, even one that repeats the
     * current name and status (the operator confirmed the standing, for the reason given). {@code since} is renewed
     * only when the status changes.
     */
    public Saved put(Scope scope, String gln, String name, String status, String reason) {
        Role role = TradingPartnerRules.registrarRole(scope.roles());
        TradingPartnerChange change = TradingPartnerRules.checkChange(gln, name, status, reason);
        return jdbc.inTransaction(connection -> {
            partners.lock(connection, change.gln());
            Partner existing = partners.find(connection, change.gln()).orElse(null);
            // the change row first: the partner row carries its seq, which verification-service polls for
            Change recorded = partners.append(connection, change, scope.subject(), role);
            Instant since = existing != null && existing.status() == change.status() ? existing.since() : recorded.at();
            return new Saved(partners.save(connection, recorded, since, existing != null), existing == null);
        });
    }

    /** The partner's standing, for any Veripack role ("is my supplier an authorised trading partner?"). */
    public Partner find(String glnText) {
        String gln = TradingPartnerRules.checkGln(glnText);
        return jdbc.withConnection(connection -> partners.find(connection, gln)).orElseThrow(() -> notFound(gln));
    }

    /** Every change of the partner, newest first; admin and surveillance only. */
    public List<Change> history(Scope scope, String glnText) {
        TradingPartnerRules.requireHistoryReader(scope.roles());
        String gln = TradingPartnerRules.checkGln(glnText);
        List<Change> changes = jdbc.withConnection(connection -> partners.history(connection, gln));
        if (changes.isEmpty()) {
            throw notFound(gln);
        }
        return changes;
    }

    private static Refusal notFound(String gln) {
        return new Refusal(Reason.TRADING_PARTNER_NOT_FOUND, "no trading partner with GLN " + gln
                + " is registered in this repository: it is not an authorised trading partner here").with("gln", gln);
    }
}
