package org.veripack.alert;

import io.quarkus.redis.datasource.RedisDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.veripack.core.alert.AlertEvent;
import org.veripack.core.alert.AlertEventJson;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.alert.AlertStream;
import org.veripack.core.rules.AlertCode;
import org.veripack.core.rules.ReturnCode;
import org.veripack.testsupport.IntegrationTestInfrastructure;
import org.veripack.testsupport.Sql;
import org.veripack.testsupport.TestData;

/** Alerts for the tests: events to put on the stream, outbox rows, and look-ups. */
@ApplicationScoped
public class AlertFixtures {

    DataSource dataSource = IntegrationTestInfrastructure.dataSource();

    @Inject
    RedisDataSource redis;

    /**
     * The registry schema, as upload-service and verification-service create it, so that the outbox can be read
     * even when these tests run alone on a fresh database.
     */
    public void ensureRegistry() {
        Flyway.configure().dataSource(dataSource).schemas("registry").defaultSchema("registry")
                .locations("classpath:db/registry").table("flyway_schema_history").load().migrate();
    }

    public static AlertEvent event(String mah, String location) {
        return new AlertEvent(UUID.randomUUID(), AlertCode.A24, ReturnCode.NMVS_NC_PCK_22, TestData.gtin(), "S/1", "L1",
                "300630", location, "pos-1", "pharmacy", mah, AlertSource.DECOMMISSION, Instant.now(),
                Map.of("reportedStatus", "SUPPLIED"));
    }

    public void onStream(AlertEvent event) {
        redis.stream(String.class).xadd(AlertStream.STREAM_KEY,
                Map.of(AlertStream.FIELD_ID, event.id().toString(), AlertStream.FIELD_EVENT, AlertEventJson.write(event)));
    }

    public void relayedInOutbox(AlertEvent event) {
        execute("INSERT INTO registry.alert_outbox (id, code, return_code, gtin, serial, source, raised_at, payload, relayed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, now())", event.id(), event.code().name(), event.returnCode().name(),
                event.gtin(), event.serial(), event.source().name(), java.sql.Timestamp.from(event.raisedAt()),
                AlertEventJson.write(event));
    }

    public long stored(UUID id) {
        return count("SELECT count(*) FROM alert.alert WHERE id = ?", id);
    }

    public long count(String sql, Object... parameters) {
        return new Sql(dataSource).count(sql, parameters);
    }

    public void execute(String sql, Object... parameters) {
        new Sql(dataSource).execute(sql, parameters);
    }
}
