package org.veripack.verification.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.history.PackEventChain;
import org.veripack.core.history.PackEventRecord;


/**
 * The story of a pack for investigators: the upload that created it, then every state change, oldest first, with
 * the hash chain re-computed ({@link PackEventChain}) so that a changed, removed or inserted event shows.
 */
@ApplicationScoped
public class HistoryService {

    @Inject
    Pool pool;

    /** One line of the story; the first (seq 0) is the upload. */
    public record Line(long seq, String from, String to, String location, String actor, Instant at, String txId,
            String prevHash, String hash) {
    }

    /** The story, whether the chain holds, and the seq of the first event that breaks it (or null). */
    public record History(String gtin, String serial, String batch, String uploadId, List<Line> events, boolean chainValid,
            Long firstBrokenSeq) {
    }

    /** @param mahOrNullForAll the caller's MAH, or null for surveillance and admin; outside the scope: 404 */
    public Uni<History> history(String mahOrNullForAll, String gtinText, String serial) {
        String gtin = Gs1Validation.gtin14(gtinText);
        return pool.preparedQuery("SELECT k.batch, k.upload_id, p.mah_id, u.actor, u.created_at FROM registry.pack k "
                        + "JOIN registry.product p ON p.gtin = k.gtin LEFT JOIN registry.upload u ON u.id = k.upload_id "
                        + "WHERE k.gtin = $1 AND k.serial = $2")
                .execute(Tuple.of(gtin, serial))
                .flatMap(packs -> {
                    Row pack = packs.size() == 0 ? null : packs.iterator().next();
                    if (pack == null || (mahOrNullForAll != null && !mahOrNullForAll.equals(pack.getString("mah_id")))) {
                        throw new Refusal(Reason.PACK_NOT_FOUND, "no pack with this GTIN and serial in your scope");
                    }
                    return pool.preparedQuery("SELECT seq, from_status, to_status, location, actor, role, at, tx_id, "
                                    + "prev_hash, hash FROM registry.pack_event WHERE gtin = $1 AND serial = $2 ORDER BY seq")
                            .execute(Tuple.of(gtin, serial))
                            .map(rows -> story(gtin, serial, pack, rows));
                });
    }

    private static History story(String gtin, String serial, Row pack, Iterable<Row> rows) {
        List<Line> lines = new ArrayList<>();
        Instant uploadedAt = pack.getOffsetDateTime("created_at") == null ? null : pack.getOffsetDateTime("created_at").toInstant();
        lines.add(new Line(0, null, "ACTIVE", null, pack.getString("actor"), uploadedAt, null, null, null));
        List<PackEventChain.StoredEvent> stored = new ArrayList<>();
        for (Row row : rows) {
            PackEventRecord event = new PackEventRecord(gtin, serial, row.getLong("seq"), row.getString("from_status"),
                    row.getString("to_status"), row.getString("location"), row.getString("actor"), row.getString("role"),
                    row.getOffsetDateTime("at").toInstant(), row.getString("tx_id"));
            stored.add(new PackEventChain.StoredEvent(event, row.getString("prev_hash"), row.getString("hash")));
            lines.add(new Line(event.seq(), event.from(), event.to(), event.location(), event.actor(), event.at(),
                    event.txId(), row.getString("prev_hash"), row.getString("hash")));
        }
        int broken = PackEventChain.firstBroken(stored);
        return new History(gtin, serial, pack.getString("batch"), pack.getUUID("upload_id").toString(), lines,
                broken < 0, broken < 0 ? null : stored.get(broken).event().seq());
    }
}
