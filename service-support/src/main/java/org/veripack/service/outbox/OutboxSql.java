package org.veripack.service.outbox;

import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertEventJson;

/**
 * The insert of an alert into the registry outbox, to run in the transaction of the change that raised it.
 * An alert id is stable per originating request, so inserting it twice keeps one row.
 */
public final class OutboxSql {

    /** Parameters, JDBC style: id, code, return_code, gtin, serial, source, raised_at, payload. */
    public static final String INSERT_JDBC = "INSERT INTO registry.alert_outbox "
            + "(id, code, return_code, gtin, serial, source, raised_at, payload) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING";

    private OutboxSql() {
    }

    /** The values of {@link #INSERT_JDBC}, in order. */
    public static Object[] values(AlertEvent event) {
        return new Object[] {event.id(), event.code().name(),
                event.returnCode() == null ? null : event.returnCode().name(), event.gtin(), event.serial(),
                event.source().name(), java.sql.Timestamp.from(event.raisedAt()), AlertEventJson.write(event)};
    }
}
