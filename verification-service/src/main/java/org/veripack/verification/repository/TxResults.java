package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** The first answers to requests with a client txId, per location, so that replays return them. */
@ApplicationScoped
public class TxResults {

    @Inject
    Pool pool;

    /** A kept answer and what it answered. */
    public record Kept(String operation, String gtin, String serial, int httpStatus, String responseJson) {
    }

    public Uni<Optional<Kept>> find(String location, String txId) {
        return pool.preparedQuery("SELECT operation, gtin, serial, http_status, response::text AS response "
                        + "FROM registry.tx_result WHERE location = $1 AND tx_id = $2")
                .execute(Tuple.of(location, txId))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    return Optional.of(new Kept(row.getString("operation"), row.getString("gtin"), row.getString("serial"),
                            row.getInteger("http_status"), row.getString("response")));
                });
    }
}
