package org.veripack.verification.cache;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.veripack.core.dscsa.TradingPartnerRules;
import org.veripack.core.dscsa.TradingPartnerStatus;
import org.veripack.service.problem.BackendUnavailable;
import org.veripack.verification.config.VerificationConfig;
import org.veripack.verification.repository.TradingPartnerReader;

/**
 * The trading-partner registry in memory, so the responder admits or refuses a reqGLN without a database round trip.
 * Each replica loads the whole registry at start, then every {@code veripack.dscsa.partner-poll} reads the partners
 * changed since: a new partner or a block takes effect within that interval plus one query. Change seqs come from a
 * sequence, and two changes committed at once may become visible out of seq order; each read starts
 * {@value #LATE_COMMIT_WINDOW} seqs below the highest seen, so a change that committed late is still picked up.
 * Until the first load succeeds the responder answers 503, never "unknown partner".
 */
@ApplicationScoped
public class TradingPartners {

    private static final Logger LOG = Logger.getLogger(TradingPartners.class);
    static final long LATE_COMMIT_WINDOW = 64;

    private final TradingPartnerReader reader;
    private final Vertx vertx;
    private final long pollMillis;
    private final Map<String, TradingPartnerStatus> statuses = new ConcurrentHashMap<>();
    private volatile long highestSeq;
    private volatile boolean loaded;
    private volatile boolean running;
    private volatile long timer = -1;

    public TradingPartners(TradingPartnerReader reader, Vertx vertx, VerificationConfig.Dscsa config) {
        this.reader = reader;
        this.vertx = vertx;
        this.pollMillis = Math.max(1, config.partnerPoll().toMillis());
    }

    void start(@Observes StartupEvent event) {
        running = true;
        poll();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        vertx.cancelTimer(timer);
    }

    /**
     * Lets a request of {@code reqGln} through, or refuses it: unknown (401) or blocked (403) per pack-core's rules;
     * 503 while the registry has never been read.
     */
    public void admit(String reqGln) {
        if (!loaded) {
            throw new BackendUnavailable(BackendUnavailable.Backend.REGISTRY,
                    new IllegalStateException("the trading-partner registry has not been read yet"));
        }
        TradingPartnerRules.admit(statuses.get(reqGln), reqGln);
    }

    /** Reads the changes now (tests call it to skip the wait); the number of partners read. */
    public io.smallrye.mutiny.Uni<Integer> refresh() {
        long from = loaded ? Math.max(0, highestSeq - LATE_COMMIT_WINDOW) : 0;
        return reader.changedAfter(from).map(partners -> {
            apply(partners);
            loaded = true;
            return partners.size();
        });
    }

    private void apply(List<TradingPartnerReader.Partner> partners) {
        for (TradingPartnerReader.Partner partner : partners) {
            statuses.put(partner.gln(), partner.status());
            if (partner.changeSeq() > highestSeq) {
                highestSeq = partner.changeSeq();
            }
        }
    }

    private void poll() {
        if (!running) {
            return;
        }
        refresh().subscribe().with(read -> next(), failure -> {
            LOG.debugf("reading the trading partners failed, retrying: %s", failure.getMessage());
            next();
        });
    }

    private void next() {
        if (running) {
            timer = vertx.setTimer(pollMillis, id -> poll());
        }
    }
}
