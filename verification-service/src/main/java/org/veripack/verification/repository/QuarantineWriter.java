package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import org.veripack.core.history.PackEventRecord;
import org.veripack.service.problem.BackendUnavailable;

/**
 * Writes a quarantine or its release in one statement, so atomically: the pack's level and event number, the
 * hash-chained event, the operation record and the cache entry to re-write after a crash. It applies only if the pack
 * is still at the event number (and status) the decision saw; otherwise nothing is written and the caller decides
 * again.
 */
@ApplicationScoped
public class QuarantineWriter {

    // $1 gtin, $2 serial, $3 level after (null: released), $4 new seq, $5 status seen, $6 actor, $7 role, $8 at,
    // $9 prev hash, $10 hash, $11 event kind, $12 reason, $13 request id, $14 operation, $15 cache entry,
    // $16 record details
    private static final String WRITE = """
            WITH upd AS (
                UPDATE registry.pack k SET quarantine = $3, last_event_seq = $4::bigint
                 WHERE k.gtin = $1 AND k.serial = $2 AND k.last_event_seq = $4::bigint - 1 AND k.status = $5
                RETURNING k.batch),
            ev AS (
                INSERT INTO registry.pack_event (gtin, serial, seq, from_status, to_status, location, actor, role, at,
                                                 tx_id, prev_hash, hash, kind, quarantine, reason)
                SELECT $1, $2, $4, $5, $5, NULL, $6, $7, $8, NULL, $9, $10, $11, $3, $12 FROM upd),
            rec AS (
                INSERT INTO registry.operation_record (request_id, at, operation, channel, gtin, serial, batch, expiry,
                                                       location, role, actor, code, alert_id, tx_id, details)
                SELECT $13, $8, $14, 'SINGLE', $1, $2, upd.batch, NULL, NULL, $7, $6, 'NMVS_OK', NULL, NULL,
                       $16::text::jsonb FROM upd),
            sync AS (
                INSERT INTO registry.cache_sync (kind, gtin, field, value) SELECT 'PACK', $1, $2, $15 FROM upd)
            SELECT count(*) AS applied FROM upd
            """;

    private final Pool pool;

    public QuarantineWriter(Pool pool) {
        this.pool = pool;
    }

    /**
     * Writes the event (its {@code quarantine} the level after it, null for a release) linked to {@code prevHash};
     * true when applied, false when the pack changed since it was read.
     */
    public Uni<Boolean> write(PackEventRecord event, String prevHash, String hash, UUID requestId, String operation,
            long cacheEntry, String details) {
        Tuple values = Tuple.from(Arrays.asList(event.gtin(), event.serial(), event.quarantine(), event.seq(),
                event.from(), event.actor(), event.role(), OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC),
                prevHash, hash, event.kind().name(), event.reason(), requestId, operation, Long.toString(cacheEntry),
                details));
        return pool.preparedQuery(WRITE).execute(values).map(rows -> rows.iterator().next().getLong("applied") == 1)
                .onFailure().transform(BackendUnavailable::ofRegistry);
    }
}
