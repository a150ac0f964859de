package org.veripack.alert.repository;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertEventJson;

/**
 * Stores alerts idempotently by alert id: a redelivered entry, a reconciled one or one relayed twice is kept once.
 */
@ApplicationScoped
public class AlertStore {

    private static final String INSERT = """
            INSERT INTO alert.alert (id, code, return_code, gtin, serial, batch, expiry, location, actor, role, mah,
                                     source, raised_at, details)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, ($14::text::jsonb) -> 'details')
            ON CONFLICT (id) DO NOTHING
            RETURNING stored_at
            """;

    @Inject
    Pool pool;

    /** Stores the alert unless it is there already; true when this call stored it. */
    public Uni<Boolean> store(AlertEvent event) {
        Tuple values = Tuple.from(Arrays.asList(event.id(), event.code().name(),
                event.returnCode() == null ? null : event.returnCode().name(), event.gtin(), event.serial(), event.batch(),
                event.expiry(), event.location(), event.actor(), event.role(), event.mah(), event.source().name(),
                OffsetDateTime.ofInstant(event.raisedAt(), ZoneOffset.UTC), AlertEventJson.write(event)));
        return pool.preparedQuery(INSERT).execute(values).map(rows -> rows.rowCount() == 1);
    }
}
