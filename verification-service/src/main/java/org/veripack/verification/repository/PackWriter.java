package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertEventJson;
import org.veripack.core.history.PackEventRecord;

/**
 * Writes what the rules decided, each time in one statement and so atomically: a state change is applied only if
 * the pack is still at the version the decision was made on (its last event number and repeat count), together
 * with its hash-chained pack_event and the client's txId; a refusal records its alert and txId (and counts a
 * repeat) under the same condition. A write that finds the pack changed applies nothing and says so: the caller
 * decides again on the new state.
 */
@ApplicationScoped
public class PackWriter {

    private static final String CHANGE = """
            WITH upd AS (
                UPDATE registry.pack SET status = $3, last_location = $4, last_role = $5, last_actor = $6,
                       last_changed_at = $7, repeat_count = 0, last_event_seq = $8::bigint
                 WHERE gtin = $1 AND serial = $2 AND last_event_seq = $8::bigint - 1 AND repeat_count = $9
                RETURNING gtin),
            ev AS (
                INSERT INTO registry.pack_event (gtin, serial, seq, from_status, to_status, location, actor, role, at,
                                                 tx_id, prev_hash, hash)
                SELECT $1, $2, $8, $10, $3, $4, $6, $5, $7, $11, $12, $13 FROM upd),
            tx AS (
                INSERT INTO registry.tx_result (location, tx_id, operation, gtin, serial, http_status, response)
                SELECT $4, $11, $14, $1, $2, $15, $16::text::jsonb FROM upd WHERE $11::text IS NOT NULL
                ON CONFLICT DO NOTHING)
            SELECT count(*) AS applied FROM upd
            """;

    private static final String REFUSAL = """
            WITH cur AS (
                SELECT gtin FROM registry.pack
                 WHERE gtin = $1 AND serial = $2 AND last_event_seq = $3 AND repeat_count = $4 FOR UPDATE),
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
                ON CONFLICT DO NOTHING)
            SELECT count(*) AS applied FROM cur
            """;

    private static final String UNCONDITIONAL = """
            WITH ob AS (
                INSERT INTO registry.alert_outbox (id, code, return_code, gtin, serial, source, raised_at, payload)
                SELECT $3, $4, $5, $1, $2, $6, $7, $8::text::jsonb WHERE $3::uuid IS NOT NULL
                ON CONFLICT (id) DO NOTHING),
            tx AS (
                INSERT INTO registry.tx_result (location, tx_id, operation, gtin, serial, http_status, response)
                SELECT $9, $10, $11, $1, $2, $12, $13::text::jsonb WHERE $10::text IS NOT NULL
                ON CONFLICT DO NOTHING)
            SELECT 1 AS applied
            """;

    @Inject
    Pool pool;

    /** The txId of a request and the answer to keep for its replays (txId null: nothing kept). */
    public record Replay(String location, String txId, String operation, int httpStatus, String responseJson) {
    }

    /** Which statement a write uses. */
    public enum Kind {
        /** A state change with its pack_event and txId, under the version check. */
        CHANGE(PackWriter.CHANGE),
        /** A refusal of a known pack: its alert, repeat count and txId, under the version check. */
        REFUSAL(PackWriter.REFUSAL),
        /** The alert and txId of an answer no pack row stands behind (unknown pack, a verify). */
        UNCONDITIONAL(PackWriter.UNCONDITIONAL);

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }
    }

    /** One write: its statement and values. */
    public record Write(Kind kind, Tuple values) {
    }

    public static Write change(PackEventRecord event, String prevHash, String hash, int seenRepeat, Replay replay) {
        return new Write(Kind.CHANGE, Tuple.from(new ArrayList<>(Arrays.asList(event.gtin(), event.serial(), event.to(),
                event.location(), event.role(), event.actor(), OffsetDateTime.ofInstant(event.at(), ZoneOffset.UTC),
                event.seq(), seenRepeat, event.from(), event.txId(), prevHash, hash, replay.operation(),
                replay.httpStatus(), replay.responseJson()))));
    }

    public static Write refusal(String gtin, String serial, long seenSeq, int seenRepeat, boolean countRepeat,
            AlertEvent alert, Replay replay) {
        List<Object> values = new ArrayList<>(Arrays.asList(gtin, serial, seenSeq, seenRepeat, countRepeat));
        values.addAll(alertValues(alert));
        values.addAll(replayValues(replay));
        return new Write(Kind.REFUSAL, Tuple.from(values));
    }

    public static Write unconditional(String gtin, String serial, AlertEvent alert, Replay replay) {
        List<Object> values = new ArrayList<>(Arrays.asList(gtin, serial));
        values.addAll(alertValues(alert));
        values.addAll(replayValues(replay));
        return new Write(Kind.UNCONDITIONAL, Tuple.from(values));
    }

    /**
     * Runs the writes, each its own atomic statement, grouped by statement and pipelined (at most three round
     * trips); for each write, in order, whether it applied.
     */
    public Uni<List<Boolean>> execute(List<Write> writes) {
        Boolean[] applied = new Boolean[writes.size()];
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
            if (tuples.isEmpty()) {
                continue;
            }
            chain = chain.chain(() -> pool.preparedQuery(kind.sql).executeBatch(tuples).invoke(rows -> {
                RowSet<Row> result = rows;
                for (int position : positions) {
                    applied[position] = result.iterator().next().getLong("applied") == 1;
                    result = result.next();
                }
            }).replaceWithVoid());
        }
        return chain.map(done -> Arrays.asList(applied));
    }

    private static List<Object> replayValues(Replay replay) {
        return Arrays.asList(replay.location(), replay.txId(), replay.operation(), replay.httpStatus(), replay.responseJson());
    }

    private static List<Object> alertValues(AlertEvent alert) {
        if (alert == null) {
            return Arrays.asList(null, null, null, null, null, null);
        }
        return Arrays.asList(alert.id(), alert.code().name(), alert.returnCode() == null ? null : alert.returnCode().name(),
                alert.source().name(), OffsetDateTime.ofInstant(alert.raisedAt(), ZoneOffset.UTC), AlertEventJson.write(alert));
    }
}
