package org.veripack.verification;

import static io.restassured.RestAssured.given;

import io.quarkus.redis.datasource.RedisDataSource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.cache.PackCacheLayout;
import org.veripack.core.gs1.Expiry;
import org.veripack.testsupport.IntegrationTestInfrastructure;
import org.veripack.testsupport.Sql;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;

/** A registry to verify against, written straight into PostgreSQL as an upload would leave it. */
@ApplicationScoped
public class RegistryFixtures {

    public static final String BATCH = "L1";
    public static final String EXPIRY = "300630";

    DataSource dataSource = IntegrationTestInfrastructure.dataSource();

    @Inject
    RedisDataSource redis;

    @Inject
    PackCacheLayout layout;

    /** A product of a fresh MAH with batch L1 (expiry 300630) holding the given serials, all ACTIVE. */
    public String product(String... serials) {
        return product(new Sql(dataSource), serials);
    }

    public void batch(String gtin, String batch, String expiry, int ordinal) {
        batch(new Sql(dataSource), gtin, batch, expiry, ordinal);
    }

    public void packs(String gtin, String batch, String... serials) {
        packs(new Sql(dataSource), gtin, batch, serials);
    }

    /** The same, through any connection source (an integration test has no beans to inject). */
    public static String product(Sql sql, String... serials) {
        String gtin = TestData.gtin();
        sql.execute("INSERT INTO registry.product (gtin, mah_id, name, markets) VALUES (?, ?, 'fixture', '{DE}')", gtin, TestData.mah());
        batch(sql, gtin, BATCH, EXPIRY, 1);
        packs(sql, gtin, BATCH, serials);
        return gtin;
    }

    static void batch(Sql sql, String gtin, String batch, String expiry, int ordinal) {
        sql.execute("INSERT INTO registry.batch (gtin, batch, ordinal, expiry, expiry_date) VALUES (?, ?, ?, ?, ?)",
                gtin, batch, ordinal, expiry, Expiry.parse(expiry, LocalDate.now().getYear()).lastDay());
    }

    static void packs(Sql sql, String gtin, String batch, String... serials) {
        UUID upload = UUID.randomUUID();
        for (String serial : serials) {
            sql.execute("INSERT INTO registry.pack (gtin, serial, batch, upload_id) VALUES (?, ?, ?, ?)", gtin, serial, batch, upload);
        }
    }

    public void execute(String sql, Object... parameters) {
        new Sql(dataSource).execute(sql, parameters);
    }

    public long count(String sql, Object... parameters) {
        return new Sql(dataSource).count(sql, parameters);
    }

    public String mahOf(String gtin) {
        return new Sql(dataSource).rows("SELECT mah_id FROM registry.product WHERE gtin = ?", gtin).get(0).get(0);
    }

    /** Runs SQL with triggers off, as someone tampering with the database directly would. */
    public void tamper(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement off = connection.prepareStatement("SET session_replication_role = replica")) {
                off.execute();
            }
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.execute();
            } finally {
                try (PreparedStatement on = connection.prepareStatement("SET session_replication_role = origin")) {
                    on.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long alertsFor(String gtin) {
        return count("SELECT count(*) FROM registry.alert_outbox WHERE gtin = ?", gtin);
    }

    public CachedPack cached(String gtin, String serial) {
        String value = redis.hash(String.class).hget(layout.packKey(gtin, serial), serial);
        return value == null ? null : CachedPack.decode(value);
    }

    public void flushCache() {
        redis.execute("FLUSHDB");
    }

    public static Map<String, Object> pack(String gtin, String serial, String batch, String expiry) {
        Map<String, Object> body = new HashMap<>();
        body.put("gtin", gtin);
        body.put("serial", serial);
        if (batch != null) {
            body.put("batch", batch);
        }
        if (expiry != null) {
            body.put("expiry", expiry);
        }
        return body;
    }

    public static Map<String, Object> change(String gtin, String serial, String state) {
        Map<String, Object> body = pack(gtin, serial, BATCH, EXPIRY);
        body.put("state", state);
        return body;
    }

    public static ValidatableResponse post(String path, String gln, Object body) {
        return given().auth().oauth2(TestTokens.pharmacy(gln)).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/packs/" + path).then();
    }
}
