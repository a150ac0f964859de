package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertEventJson;
import org.veripack.core.history.PackEventRecord;
import org.veripack.service.problem.BackendUnavailable;

/**
 * Writes what the rules decided, each pack in one statement and so atomically, all of a round in one transaction
 * (one commit, one WAL flush, for all of them). A state change applies only if the registry still holds the view
 * the decision was made on (the pack's last event number and repeat count, the product's and batch's status),
 * together with its hash-chained pack_event, the client's txId, the operation record and the cache entry to
 * re-write after a crash (cache_sync); a refusal records its alert, txId, record (and counts a repeat) under the same
 * condition. A write that finds the pack changed applies nothing and says so; a write whose txId was answered
 * before applies nothing and returns that answer. The caller then decides again, or replays.
 */
@ApplicationScoped
public class PackWriter {

    private static final String KEPT = """
            kept AS (SELECT operation, gtin, serial, http_status, response::text AS response FROM registry.tx_result
                      WHERE $%1$d::text IS NOT NULL AND location = $%2$d::char(13) AND tx_id = $%1$d)""";

    private static final String RESULT = """
            SELECT a.applied, k.operation AS kept_operation, k.gtin AS kept_gtin, k.serial AS kept_serial,
                   k.http_status AS kept_status, k.response AS kept_response
              FROM (SELECT count(*) AS applied FROM %s) a LEFT JOIN kept k ON true""";

    private static final String RECORD_COLUMNS = "(request_id, at, operation, channel, gtin, serial, batch, expiry, "
            + "location, role, actor, code, alert_id, tx_id)";

    // $1 gtin, $2 serial, $3 new status, $4 location, $5 role, $6 actor, $7 at, $8 new seq, $9 seen repeat count,
    // $10 from status, $11 txId, $12 prev hash, $13 hash, $14 operation, $15 http status, $16 answer JSON,
    // $17 product status seen, $18 batch status seen, $19 request id, $20 channel, $21 batch sent, $22 expiry sent,
    // $23 code, $24 cache entry
    private static final String CHANGE = "WITH " + KEPT.formatted(11, 4) + """
            ,
            upd AS (
                UPDATE registry.pack k SET status = $3, last_location = $4, last_role = $5, last_actor = $6,
                       last_changed_at = $7, repeat_count = 0, last_event_seq = $8::bigint
                 WHERE k.gtin = $1 AND k.serial = $2 AND k.last_event_seq = $8::bigint - 1 AND k.repeat_count = $9
                   AND NOT EXISTS (SELECT 1 FROM kept)
                   AND EXISTS (SELECT 1 FROM registry.product p WHERE p.gtin = $1 AND p.status = $17)
                   AND EXISTS (SELECT 1 FROM registry.batch b WHERE b.gtin = $1 AND b.batch = k.batch AND b.status = $18)
                RETURNING k.gtin),
            ev AS (
                INSERT INTO registry.pack_event (gtin, serial, seq, from_status, to_status, location, actor, role, at,
                                                 tx_id, prev_hash, hash)
                SELECT $1, $2, $8, $10, $3, $4, $6, $5, $7, $11, $12, $13 FROM upd),
            tx AS (
                INSERT INTO registry.tx_result (location, tx_id, operation, gtin, serial, http_status, response)
                SELECT $4, $11, $14, $1, $2, $15, $16::text::jsonb FROM upd WHERE $11::text IS NOT NULL
                ON CONFLICT DO NOTHING),
            rec AS (
                INSERT INTO registry.operation_record """ + RECORD_COLUMNS + """

                SELECT $19, $7, $14, $20, $1, $2, $21, $22, $4, $5, $6, $23, NULL, $11 FROM upd),
            sync AS (
                INSERT INTO registry.cache_sync (kind, gtin, field, value) SELECT 'PACK', $1, $2, $24 FROM upd)
            """ + RESULT.formatted("upd");

    // $1 gtin, $2 serial, $3 seen seq, $4 seen repeat count, $5 count a repeat, $6-$11 alert (id, code, return code,
    // source, raised at, payload), $12 location, $13 txId, $14 operation, $15 http status, $16 answer JSON,
    // $17 product status seen, $18 batch status seen, $19 request id, $20 at, $21 channel, $22 batch sent,
    // $23 expiry sent, $24 role, $25 actor, $26 code
    private static final String REFUSAL = "WITH " + KEPT.formatted(13, 12) + """
            ,
            cur AS (
                SELECT k.gtin FROM registry.pack k
                 WHERE k.gtin = $1 AND k.serial = $2 AND k.last_event_seq = $3 AND k.repeat_count = $4
                   AND NOT EXISTS (SELECT 1 FROM kept)
                   AND EXISTS (SELECT 1 FROM registry.product p WHERE p.gtin = $1 AND p.status = $17)
                   AND EXISTS (SELECT 1 FROM registry.batch b WHERE b.gtin = $1 AND b.batch = k.batch AND b.status = $18)
                   FOR UPDATE OF k),
            rep AS (
                UPDATE registry.pack SET repeat_count = repeat_count + 1
                 WHERE $5 AND gtin = $1 AND serial = $2 AND EXISTS (SELECT 1 FROM cur)),
            ob AS (
                INSERT INTO registry.alert_outbox (id, code, return_code, gtin, serial, source, raised_at, payload)
                SELECT $6, $7, $8, $1, $2, $9, $10, $11::text::jsonb FROM cur WHERE $6::uuid IS NOT NULL
                ON CONFLICT (id) DO NOTHING),
            tx AS (
                INSERT INTO registry.tx_result (location, tx_id, operation, gtin, serial, http_status, response)
                SELECT $12, $13, $14, $1, $2, $15, $16::text::jsonb FROM cur WHERE $13::text IS NOT NULL
                ON CONFLICT DO NOTHING),
            rec AS (
                INSERT INTO registry.operation_record """ + RECORD_COLUMNS + """

                SELECT $19, $20, $14, $21, $1, $2, $22, $23, $12, $24, $25, $26, $6, $13 FROM cur)
            """ + RESULT.formatted("cur");

    // The answer to a request no pack row stands behind (an unknown product or pack), or a verify answered from
    // PostgreSQL, or a verify's alert: $1 gtin, $2 serial, $3-$8 alert, $9 location, $10 txId, $11 operation,
    // $12 http status, $13 answer JSON, $14 request id, $15 at, $16 channel, $17 batch sent, $18 expiry sent,
    // $19 role, $20 actor, $21 code, $22 whether to insert the record (false: it is already in a Redis stream),
    // $23 the record's txId (a verify's txId is recorded, though a verify keeps no answer to replay), $24 the
    // record's details (DSCSA) or null
    private static final String UNCONDITIONAL = "WITH " + KEPT.formatted(10, 9) + """
            ,
            go AS (SELECT 1 AS one WHERE NOT EXISTS (SELECT 1 FROM kept)),
            ob AS (
                INSERT INTO registry.alert_outbox (id, code, return_code, gtin, serial, source, raised_at, payload)
                SELECT $3, $4, $5, $1, $2, $6, $7, $8::text::jsonb FROM go WHERE $3::uuid IS NOT NULL
                ON CONFLICT (id) DO NOTHING),
            tx AS (
                INSERT INTO registry.tx_result (location, tx_id, operation, gtin, serial, http_status, response)
                SELECT $9, $10, $11, $1, $2, $12, $13::text::jsonb FROM go WHERE $10::text IS NOT NULL
                ON CONFLICT DO NOTHING),
            rec AS (
                INSERT INTO registry.operation_record """ + RECORD_COLUMNS.replace(")", ", details)") + """

                SELECT $14, $15, $11, $16, $1, $2, $17, $18, $9, $19, $20, $21, $3, $23, $24::text::jsonb FROM go WHERE $22)
            """ + RESULT.formatted("go");

    /** What the decision saw, which the write checks is still so. */
    public record Seen(long seq, int repeatCount, String productStatus, String batchStatus) {
    }

    /** The answer to keep for the request's txId (txId null: nothing kept, no replay looked for). */
    public record Keep(String location, String txId, String operation, int httpStatus, String answerJson) {
    }

    /** The operation record of the answer; {@code details} a JSON object text (DSCSA) or null. */
    public record Record(UUID requestId, Instant at, String channel, String batch, String expiry, String role,
            String actor, String code, String txId, String details) {

        public Record(UUID requestId, Instant at, String channel, String batch, String expiry, String role,
                String actor, String code, String txId) {
            this(requestId, at, channel, batch, expiry, role, actor, code, txId, null);
        }
    }

    /** Which statement a write uses. */
    public enum Kind {
        CHANGE(PackWriter.CHANGE), REFUSAL(PackWriter.REFUSAL), UNCONDITIONAL(PackWriter.UNCONDITIONAL);

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }
    }

    /** One write: its statement and values. */
    public record Write(Kind kind, Tuple values) {
    }

    /** What a write did: applied, or not; and the answer kept for its txId when one was found instead. */
    public record Outcome(boolean applied, Replay replay) {
    }

    private final Pool pool;
    private final GroupCommit groupCommit;

    public PackWriter(Pool pool) {
        this.pool = pool;
        this.groupCommit = new GroupCommit(this, pool);
    }

    /** A state change with its event (hash-chained from {@code prevHash}), txId, record and cache entry. */
    public static Write change(PackEventRecord event, String prevHash, String hash, Seen seen, Keep keep, Record record,
            String code, long cacheEntry) {
        return new Write(Kind.CHANGE, Tuple.from(new ArrayList<>(Arrays.asList(event.gtin(), event.serial(), event.to(),
                event.location(), event.role(), event.actor(), utc(event.at()), event.seq(), seen.repeatCount(),
                event.from(), keep.txId(), prevHash, hash, keep.operation(), keep.httpStatus(), keep.answerJson(),
                seen.productStatus(), seen.batchStatus(), record.requestId(), record.channel(), record.batch(),
                record.expiry(), code, Long.toString(cacheEntry)))));
    }

    /** A refusal of a known pack: its alert (or null), repeat count, txId and record, under the version check. */
    public static Write refusal(String gtin, String serial, Seen seen, boolean countRepeat, AlertEvent alert, Keep keep,
            Record record) {
        List<Object> values = new ArrayList<>(Arrays.asList(gtin, serial, seen.seq(), seen.repeatCount(), countRepeat));
        values.addAll(alertValues(alert));
        values.addAll(Arrays.asList(keep.location(), keep.txId(), keep.operation(), keep.httpStatus(), keep.answerJson(),
                seen.productStatus(), seen.batchStatus(), record.requestId(), utc(record.at()), record.channel(),
                record.batch(), record.expiry(), record.role(), record.actor(), record.code()));
        return new Write(Kind.REFUSAL, Tuple.from(values));
    }

    /**
     * The alert, txId and record of an answer no pack row stands behind, or of a verify.
     *
     * @param withRecord false when the record is already appended to a Redis stream (a verify answered from the cache)
     */
    public static Write unconditional(String gtin, String serial, AlertEvent alert, Keep keep, Record record,
            boolean withRecord) {
        List<Object> values = new ArrayList<>(Arrays.asList(gtin, serial));
        values.addAll(alertValues(alert));
        values.addAll(Arrays.asList(keep.location(), keep.txId(), keep.operation(), keep.httpStatus(), keep.answerJson(),
                record.requestId(), utc(record.at()), record.channel(), record.batch(), record.expiry(), record.role(),
                record.actor(), record.code(), withRecord, record.txId(), record.details()));
        return new Write(Kind.UNCONDITIONAL, Tuple.from(values));
    }

    /**
     * Runs the writes in one transaction, grouped by statement and pipelined (at most three round trips and one
     * commit); for each write, in order, what it did.
     */
    public Uni<List<Outcome>> execute(List<Write> writes) {
        if (writes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        if (writes.size() == 1) {
            return groupCommit.submit(writes.get(0)).map(List::of);
        }
        return inOneTransaction(writes);
    }

    /** Runs the writes in one transaction; for each, in order, what it did. */
    Uni<List<Outcome>> inOneTransaction(List<Write> writes) {
        Outcome[] outcomes = new Outcome[writes.size()];
        return pool.withTransaction(connection -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Kind kind : Kind.values()) {
                List<Integer> positions = new ArrayList<>();
                List<Tuple> tuples = new ArrayList<>();
                for (int i = 0; i < writes.size(); i++) {
                    if (writes.get(i).kind() == kind) {
                        positions.add(i);
                        tuples.add(writes.get(i).values());
                    }
                }
                if (!tuples.isEmpty()) {
                    chain = chain.chain(() -> connection.preparedQuery(kind.sql).executeBatch(tuples).invoke(rows -> {
                        RowSet<Row> result = rows;
                        for (int position : positions) {
                            outcomes[position] = outcome(result.iterator().next());
                            result = result.next();
                        }
                    }).replaceWithVoid());
                }
            }
            return chain;
        }).map(done -> Arrays.asList(outcomes)).onFailure().transform(BackendUnavailable::ofRegistry);
    }

    /** One write alone, as its own atomic statement (no BEGIN and COMMIT round trips around it). */
    Uni<Outcome> alone(Write write) {
        return pool.preparedQuery(write.kind().sql).execute(write.values())
                .map(rows -> outcome(rows.iterator().next()))
                .onFailure().transform(BackendUnavailable::ofRegistry);
    }

    private static Outcome outcome(Row row) {
        String keptOperation = row.getString("kept_operation");
        Replay replay = keptOperation == null ? null : new Replay(keptOperation, row.getString("kept_gtin"),
                row.getString("kept_serial"), row.getInteger("kept_status"), row.getString("kept_response"));
        return new Outcome(replay == null && row.getLong("applied") == 1, replay);
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static List<Object> alertValues(AlertEvent alert) {
        if (alert == null) {
            return Arrays.asList(null, null, null, null, null, null);
        }
        return Arrays.asList(alert.id(), alert.code().name(), alert.returnCode() == null ? null : alert.returnCode().name(),
                alert.source().name(), utc(alert.raisedAt()), AlertEventJson.write(alert));
    }
}
