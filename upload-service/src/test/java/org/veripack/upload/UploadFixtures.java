package org.veripack.upload;

import static io.restassured.RestAssured.given;

import io.quarkus.redis.datasource.RedisDataSource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.veripack.core.cache.CachedPack;
import org.veripack.core.cache.PackCacheLayout;
import org.veripack.testsupport.Sql;
import org.veripack.testsupport.TestTokens;

/** Requests and registry look-ups the upload tests share. */
@ApplicationScoped
public class UploadFixtures {

    @Inject
    DataSource dataSource;

    @Inject
    RedisDataSource redis;

    @Inject
    PackCacheLayout layout;

    public void registerProduct(String mah, String gtin) {
        given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON)
                .body(Map.of("name", "Test product " + gtin, "markets", List.of("DE")))
                .when().put("/api/v1/products/" + gtin)
                .then().statusCode(201);
    }

    public Response uploadJson(String mah, String gtin, String batch, String expiry, List<String> serials, String key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("gtin", gtin);
        body.put("batch", batch);
        body.put("expiry", expiry);
        body.put("serials", serials);
        RequestSpecification request = given().auth().oauth2(TestTokens.manufacturer(mah)).contentType(ContentType.JSON).body(body);
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/batches");
    }

    public io.restassured.response.ValidatableResponse uploadReport(String mah, String uploadId) {
        return given().auth().oauth2(TestTokens.manufacturer(mah)).when().get("/api/v1/uploads/" + uploadId).then().statusCode(200);
    }

    public long count(String sql, Object... parameters) {
        return new Sql(dataSource).count(sql, parameters);
    }

    public void execute(String sql, Object... parameters) {
        new Sql(dataSource).execute(sql, parameters);
    }

    public List<List<String>> rows(String sql, Object... parameters) {
        return new Sql(dataSource).rows(sql, parameters);
    }

    public long packCount(String gtin) {
        return count("SELECT count(*) FROM registry.pack WHERE gtin = ?", gtin);
    }

    /** The cached entry of a pack, or null when Redis does not hold it. */
    public CachedPack cachedPack(String gtin, String serial) {
        String value = redis.hash(String.class).hget(layout.packKey(gtin, serial), serial);
        return value == null ? null : CachedPack.decode(value);
    }

    public String cachedMeta(String gtin, String field) {
        return redis.hash(String.class).hget(layout.metaKey(gtin), field);
    }

    /** How many packs of the product Redis holds, over all its buckets. */
    public long cachedPackCount(String gtin) {
        long total = 0;
        for (int bucket = 0; bucket < (1 << layout.bucketBits()); bucket++) {
            total += redis.hash(String.class).hlen(layout.bucketKey(gtin, bucket));
        }
        return total;
    }
}
