package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.veripack.core.dscsa.TradingPartnerStatus;
import org.veripack.service.problem.BackendUnavailable;

/** Reads the trading-partner registry (upload-service writes it) for the responder's in-memory copy. */
@ApplicationScoped
public class TradingPartnerReader {

    /** One partner as the responder needs it, with the seq of its last change. */
    public record Partner(String gln, TradingPartnerStatus status, long changeSeq) {
    }

    private final Pool pool;

    public TradingPartnerReader(Pool pool) {
        this.pool = pool;
    }

    /** Every partner whose last change has a seq above {@code seq} (0: all of them), in seq order. */
    public Uni<List<Partner>> changedAfter(long seq) {
        return pool.preparedQuery("SELECT gln, status, change_seq FROM registry.trading_partner WHERE change_seq > $1 "
                + "ORDER BY change_seq").execute(Tuple.of(seq)).map(rows -> {
                    List<Partner> partners = new ArrayList<>();
                    for (Row row : rows) {
                        partners.add(new Partner(row.getString("gln"),
                                TradingPartnerStatus.valueOf(row.getString("status")), row.getLong("change_seq")));
                    }
                    return partners;
                }).onFailure().transform(BackendUnavailable::ofRegistry);
    }
}
