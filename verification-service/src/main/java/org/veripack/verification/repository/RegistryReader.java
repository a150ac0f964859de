package org.veripack.verification.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.history.PackEventChain;
import org.veripack.core.rules.BatchState;
import org.veripack.core.rules.BatchStatus;
import org.veripack.core.rules.PackState;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.ProductState;
import org.veripack.core.rules.ProductStatus;
import org.veripack.core.rules.RegistryView;
import org.veripack.core.rules.Role;

/** Reads what the registry holds of a pack, its batch and its product, in one query. */
@ApplicationScoped
public class RegistryReader {

    private static final String SNAPSHOT = """
            SELECT p.status AS product_status, p.mah_id,
                   k.serial IS NOT NULL AS pack_found, k.status, k.batch, k.last_location, k.last_role,
                   k.last_changed_at, k.repeat_count, k.last_event_seq,
                   b.ordinal, b.expiry, b.status AS batch_status,
                   (SELECT e.hash FROM registry.pack_event e
                     WHERE e.gtin = k.gtin AND e.serial = k.serial AND e.seq = k.last_event_seq) AS last_hash,
                   ($3::text IS NOT NULL AND EXISTS (SELECT 1 FROM registry.batch rb WHERE rb.gtin = $1 AND rb.batch = $3))
                       AS requested_batch_known
              FROM registry.product p
              LEFT JOIN registry.pack k ON k.gtin = p.gtin AND k.serial = $2
              LEFT JOIN registry.batch b ON b.gtin = k.gtin AND b.batch = k.batch
             WHERE p.gtin = $1
            """;

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    public Uni<PackSnapshot> read(String gtin, String serial, String requestedBatch) {
        return pool.preparedQuery(SNAPSHOT).execute(Tuple.of(gtin, serial, requestedBatch)).map(rows -> {
            if (rows.size() == 0) {
                return new PackSnapshot(RegistryView.unknownProduct(), 0, 0, null, null);
            }
            return snapshot(gtin, serial, rows.iterator().next());
        });
    }

    private PackSnapshot snapshot(String gtin, String serial, Row row) {
        ProductState product = new ProductState(gtin, ProductStatus.valueOf(row.getString("product_status")),
                row.getString("mah_id"));
        if (!row.getBoolean("pack_found")) {
            return new PackSnapshot(RegistryView.unknownPack(product, row.getBoolean("requested_batch_known")), 0, 0,
                    null, product.mahId());
        }
        String lastRole = row.getString("last_role");
        PackState pack = new PackState(serial, row.getString("batch"), PackStatus.valueOf(row.getString("status")),
                row.getString("last_location"), lastRole == null ? null : Role.fromClaim(lastRole),
                row.getOffsetDateTime("last_changed_at").toInstant(), row.getInteger("repeat_count"));
        BatchState batch = new BatchState(row.getString("batch"),
                Expiry.parse(row.getString("expiry"), LocalDate.now(clock).getYear()),
                BatchStatus.valueOf(row.getString("batch_status")));
        String lastHash = row.getString("last_hash");
        return new PackSnapshot(RegistryView.known(product, pack, batch), row.getInteger("ordinal"),
                row.getLong("last_event_seq"), lastHash == null ? PackEventChain.GENESIS : lastHash, product.mahId());
    }
}
