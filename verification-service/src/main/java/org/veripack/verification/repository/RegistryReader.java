package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.veripack.core.cache.CachedPolicy;
import org.veripack.core.dscsa.DscsaPolicy;
import org.veripack.core.dscsa.PolicyAnswer;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.history.PackEventChain;
import org.veripack.core.rules.BatchState;
import org.veripack.core.rules.BatchStatus;
import org.veripack.core.rules.PackState;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.ProductState;
import org.veripack.core.rules.ProductStatus;
import org.veripack.core.rules.QuarantineLevel;
import org.veripack.core.rules.RegistryView;
import org.veripack.core.rules.Role;
import org.veripack.service.problem.BackendUnavailable;

/**
 * Reads what the registry holds of many packs in one query: product, pack, the pack's batch, the pack's last event
 * hash, whether a requested batch exists, the answer kept for each request's txId, and the DSCSA policy of the
 * product's MAH.
 */
@ApplicationScoped
public class RegistryReader {

    // The GTINs go in as char(14), the column's type: compared as text, the column would be cast on every row,
    // which loses the primary key index and the partition pruning (a scan of every pack, ~100 ms at 1.3 M packs).
    static final String SNAPSHOTS = """
            SELECT r.ord, p.gtin IS NOT NULL AS product_found, p.status AS product_status, p.mah_id,
                   k.serial IS NOT NULL AS pack_found, k.status, k.batch, k.last_location, k.last_role,
                   k.last_changed_at, k.repeat_count, k.last_event_seq, k.quarantine,
                   b.ordinal, b.expiry, b.status AS batch_status,
                   (SELECT e.hash FROM registry.pack_event e
                     WHERE e.gtin = k.gtin AND e.serial = k.serial AND e.seq = k.last_event_seq) AS last_hash,
                   (r.batch IS NOT NULL AND EXISTS (SELECT 1 FROM registry.batch rb WHERE rb.gtin = r.gtin AND rb.batch = r.batch))
                       AS requested_batch_known,
                   t.operation AS kept_operation, t.gtin AS kept_gtin, t.serial AS kept_serial,
                   t.http_status AS kept_status, t.response::text AS kept_response,
                   d.recalled AS policy_recalled, d.expired AS policy_expired, d.version AS policy_version
              FROM unnest($1::char(14)[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS r(gtin, serial, batch, tx, ord)
              LEFT JOIN registry.product p ON p.gtin = r.gtin
              LEFT JOIN registry.pack k ON k.gtin = r.gtin AND k.serial = r.serial
              LEFT JOIN registry.batch b ON b.gtin = k.gtin AND b.batch = k.batch
              LEFT JOIN registry.tx_result t ON t.location = $5::char(13) AND t.tx_id = r.tx
              LEFT JOIN registry.dscsa_policy d ON d.mah_id = p.mah_id
             ORDER BY r.ord
            """;

    /** Which pack to read, the batch the request names (or null) and its txId (or null). */
    public record Key(String gtin, String serial, String requestedBatch, String txId) {
    }

    private final Pool pool;
    private final Clock clock;

    public RegistryReader(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** The snapshots of many packs in one query, in the order of the keys; txIds are looked up at {@code location}. */
    public Uni<List<PackSnapshot>> readAll(List<Key> keys, String location) {
        if (keys.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Tuple parameters = Tuple.of(keys.stream().map(Key::gtin).toArray(String[]::new),
                keys.stream().map(Key::serial).toArray(String[]::new),
                keys.stream().map(Key::requestedBatch).toArray(String[]::new),
                keys.stream().map(Key::txId).toArray(String[]::new));
        parameters.addString(location);
        return pool.preparedQuery(SNAPSHOTS).execute(parameters).map(rows -> {
            List<PackSnapshot> snapshots = new ArrayList<>(keys.size());
            int index = 0;
            for (Row row : rows) {
                Key key = keys.get(index++);
                snapshots.add(snapshot(key, row));
            }
            return snapshots;
        }).onFailure().transform(BackendUnavailable::ofRegistry);
    }

    /** Whether the registry holds a product with this GTIN. */
    public Uni<Boolean> productKnown(String gtin) {
        return pool.preparedQuery("SELECT EXISTS (SELECT 1 FROM registry.product WHERE gtin = $1::char(14)) AS known")
                .execute(Tuple.of(gtin)).map(rows -> rows.iterator().next().getBoolean("known"))
                .onFailure().transform(BackendUnavailable::ofRegistry);
    }

    private PackSnapshot snapshot(Key key, Row row) {
        Replay replay = row.getString("kept_operation") == null ? null : new Replay(row.getString("kept_operation"),
                row.getString("kept_gtin"), row.getString("kept_serial"), row.getInteger("kept_status"),
                row.getString("kept_response"));
        if (!row.getBoolean("product_found")) {
            return new PackSnapshot(RegistryView.unknownProduct(), 0, 0, null, null, replay, CachedPolicy.DEFAULT);
        }
        CachedPolicy policy = row.getLong("policy_version") == null ? CachedPolicy.DEFAULT
                : new CachedPolicy(row.getLong("policy_version"), new DscsaPolicy(
                        PolicyAnswer.valueOf(row.getString("policy_recalled")), PolicyAnswer.valueOf(row.getString("policy_expired"))));
        ProductState product = new ProductState(key.gtin(), ProductStatus.valueOf(row.getString("product_status")),
                row.getString("mah_id"));
        if (!row.getBoolean("pack_found")) {
            return new PackSnapshot(RegistryView.unknownPack(product, row.getBoolean("requested_batch_known")), 0, 0,
                    null, product.mahId(), replay, policy);
        }
        String lastRole = row.getString("last_role");
        String quarantine = row.getString("quarantine");
        PackState pack = new PackState(key.serial(), row.getString("batch"), PackStatus.valueOf(row.getString("status")),
                row.getString("last_location"), lastRole == null ? null : Role.fromClaim(lastRole),
                row.getOffsetDateTime("last_changed_at").toInstant(), row.getInteger("repeat_count"),
                quarantine == null ? null : QuarantineLevel.valueOf(quarantine));
        BatchState batch = new BatchState(row.getString("batch"),
                Expiry.parse(row.getString("expiry"), LocalDate.now(clock).getYear()),
                BatchStatus.valueOf(row.getString("batch_status")));
        String lastHash = row.getString("last_hash");
        return new PackSnapshot(RegistryView.known(product, pack, batch), row.getInteger("ordinal"),
                row.getLong("last_event_seq"), lastHash == null ? PackEventChain.GENESIS : lastHash, product.mahId(),
                replay, policy);
    }
}
