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

    /** The kept answers of many txIds of one location, by txId. */
    public Uni<java.util.Map<String, Kept>> findAll(String location, java.util.List<String> txIds) {
        if (txIds.isEmpty()) {
            return Uni.createFrom().item(java.util.Map.of());
        }
        return pool.preparedQuery("SELECT tx_id, operation, gtin, serial, http_status, response::text AS response "
                        + "FROM registry.tx_result WHERE location = $1 AND tx_id = ANY($2)")
                .execute(Tuple.of(location, txIds.toArray(String[]::new)))
                .map(rows -> {
                    java.util.Map<String, Kept> kept = new java.util.HashMap<>();
                    for (Row row : rows) {
                        kept.put(row.getString("tx_id"), new Kept(row.getString("operation"), row.getString("gtin"),
                                row.getString("serial"), row.getInteger("http_status"), row.getString("response")));
                    }
                    return kept;
                });
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
