package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.veripack.core.history.PackEventChain;
import org.veripack.core.history.PackEventKind;
import org.veripack.core.history.PackEventRecord;
import org.veripack.service.problem.BackendUnavailable;

/** A pack's row (batch, upload, owner) and its hash-chained events, oldest first. */
@ApplicationScoped
public class HistoryRepository {

    private static final String PACK = """
            SELECT k.batch, k.upload_id, p.mah_id, u.actor, u.created_at FROM registry.pack k
              JOIN registry.product p ON p.gtin = k.gtin LEFT JOIN registry.upload u ON u.id = k.upload_id
             WHERE k.gtin = $1 AND k.serial = $2
            """;
    private static final String EVENTS = """
            SELECT seq, from_status, to_status, location, actor, role, at, tx_id, prev_hash, hash, kind, quarantine, reason
              FROM registry.pack_event WHERE gtin = $1 AND serial = $2 ORDER BY seq
            """;

    /** The pack as created: its batch, its upload, who uploaded it and when, and the product's MAH. */
    public record PackOrigin(String batch, UUID uploadId, String mah, String uploadedBy, Instant uploadedAt) {
    }

    private final Pool pool;

    public HistoryRepository(Pool pool) {
        this.pool = pool;
    }

    /** The pack's origin, or null when the registry holds no such pack. */
    public Uni<PackOrigin> origin(String gtin, String serial) {
        return pool.preparedQuery(PACK).execute(Tuple.of(gtin, serial)).map(rows -> {
            if (rows.size() == 0) {
                return null;
            }
            Row row = rows.iterator().next();
            return new PackOrigin(row.getString("batch"), row.getUUID("upload_id"), row.getString("mah_id"),
                    row.getString("actor"), row.getOffsetDateTime("created_at") == null ? null
                            : row.getOffsetDateTime("created_at").toInstant());
        }).onFailure().transform(BackendUnavailable::ofRegistry);
    }

    /** The pack's events as stored, with their hashes. */
    public Uni<List<PackEventChain.StoredEvent>> events(String gtin, String serial) {
        return pool.preparedQuery(EVENTS).execute(Tuple.of(gtin, serial)).map(rows -> {
            List<PackEventChain.StoredEvent> events = new ArrayList<>();
            for (Row row : rows) {
                PackEventRecord event = new PackEventRecord(gtin, serial, row.getLong("seq"), row.getString("from_status"),
                        row.getString("to_status"), row.getString("location"), row.getString("actor"),
                        row.getString("role"), row.getOffsetDateTime("at").toInstant(), row.getString("tx_id"),
                        PackEventKind.valueOf(row.getString("kind")), row.getString("quarantine"), row.getString("reason"));
                events.add(new PackEventChain.StoredEvent(event, row.getString("prev_hash"), row.getString("hash")));
            }
            return events;
        }).onFailure().transform(BackendUnavailable::ofRegistry);
    }
}
