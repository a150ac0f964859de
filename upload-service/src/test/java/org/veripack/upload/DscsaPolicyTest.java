package org.veripack.upload;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.veripack.core.cache.CachedPolicy;
import org.veripack.core.cache.PackCacheLayout;
import org.veripack.core.dscsa.DscsaPolicy;
import org.veripack.core.dscsa.PolicyAnswer;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.testsupport.VeripackTestResource;

/** A MAH's DSCSA policy: default VERIFIED, replaced by PUT, written to meta field d of each of its products. */
@QuarkusTest
@WithTestResource(VeripackTestResource.class)
class DscsaPolicyTest {

    private static final String D = PackCacheLayout.dscsaPolicyField();

    @Inject
    UploadFixtures fixtures;

    private final String mah = TestData.mah();

    private static Map<String, Object> policy(String recalled, String expired) {
        Map<String, Object> body = new HashMap<>();
        body.put("recalled", recalled);
        body.put("expired", expired);
        return body;
    }

    private static ValidatableResponse put(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().put("/api/v1/dscsa/policy").then();
    }

    private static ValidatableResponse get(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/dscsa/policy").then();
    }

    private long version(String mah) {
        return Long.parseLong(fixtures.rows("SELECT version FROM registry.dscsa_policy WHERE mah_id = ?", mah).get(0).get(0));
    }

    private long cacheSyncRows(String gtin, String value) {
        return fixtures.count("SELECT count(*) FROM registry.cache_sync WHERE kind = 'META' AND gtin = ? AND field = ? "
                + "AND value = ?", gtin, D, value);
    }

    @Test
    void theDefaultIsVerifiedForBoth() {
        get(TestTokens.manufacturer(mah)).statusCode(200).contentType(ContentType.JSON).body("mah", equalTo(mah))
                .body("recalled", equalTo("VERIFIED")).body("expired", equalTo("VERIFIED")).body("updatedAt", nullValue());
        assertThat(fixtures.count("SELECT count(*) FROM registry.dscsa_policy WHERE mah_id = ?", mah)).isZero();
    }

    @Test
    void aRegisteredProductCarriesItsMahsPolicyInTheCache() {
        String gtin = TestData.gtin();
        fixtures.registerProduct(mah, gtin);
        assertThat(fixtures.cachedMeta(gtin, D)).isEqualTo(CachedPolicy.DEFAULT.encode());
        assertThat(cacheSyncRows(gtin, CachedPolicy.DEFAULT.encode())).isOne();

        put(TestTokens.manufacturer(mah), policy("VERIFIED", "NOT_VERIFIED")).statusCode(200);
        String later = TestData.gtin();
        fixtures.registerProduct(mah, later);
        String current = new CachedPolicy(version(mah), new DscsaPolicy(PolicyAnswer.VERIFIED, PolicyAnswer.NOT_VERIFIED)).encode();
        assertThat(fixtures.cachedMeta(later, D)).isEqualTo(current);
        assertThat(cacheSyncRows(later, current)).isOne();
    }

    @Test
    void putThenGetWritesFieldDOfEachOfTheMahsProductsWithIncreasingVersions() {
        List<String> mine = List.of(TestData.gtin(), TestData.gtin(), TestData.gtin());
        mine.forEach(gtin -> fixtures.registerProduct(mah, gtin));
        String otherMah = TestData.mah();
        String theirs = TestData.gtin();
        fixtures.registerProduct(otherMah, theirs);
        String token = TestTokens.manufacturer(mah);

        put(token, policy("NOT_VERIFIED", "VERIFIED")).statusCode(200).contentType(ContentType.JSON)
                .body("mah", equalTo(mah)).body("recalled", equalTo("NOT_VERIFIED")).body("expired", equalTo("VERIFIED"))
                .body("updatedAt", notNullValue());
        get(token).statusCode(200).body("recalled", equalTo("NOT_VERIFIED")).body("expired", equalTo("VERIFIED"));
        long first = version(mah);
        String firstEntry = first + "|NV";
        for (String gtin : mine) {
            assertThat(fixtures.cachedMeta(gtin, D)).as(gtin).isEqualTo(firstEntry);
            assertThat(cacheSyncRows(gtin, firstEntry)).as(gtin).isOne();
            assertThat(fixtures.cachedMeta(gtin, PackCacheLayout.productField())).isEqualTo("A|" + mah);
        }

        put(token, policy("NOT_VERIFIED", "NOT_VERIFIED")).statusCode(200).body("expired", equalTo("NOT_VERIFIED"));
        long second = version(mah);
        assertThat(second).isGreaterThan(first);
        for (String gtin : mine) {
            assertThat(CachedPolicy.decode(fixtures.cachedMeta(gtin, D)))
                    .isEqualTo(new CachedPolicy(second, new DscsaPolicy(PolicyAnswer.NOT_VERIFIED, PolicyAnswer.NOT_VERIFIED)));
            assertThat(cacheSyncRows(gtin, second + "|NN")).isOne();
        }
        get(token).statusCode(200).body("recalled", equalTo("NOT_VERIFIED")).body("expired", equalTo("NOT_VERIFIED"));

        // another MAH's product keeps its own (default) policy, in the cache and in PostgreSQL
        assertThat(fixtures.cachedMeta(theirs, D)).isEqualTo(CachedPolicy.DEFAULT.encode());
        assertThat(fixtures.count("SELECT count(*) FROM registry.cache_sync WHERE gtin = ? AND field = ?", theirs, D)).isOne();
        get(TestTokens.manufacturer(otherMah)).statusCode(200).body("recalled", equalTo("VERIFIED"))
                .body("expired", equalTo("VERIFIED"));
    }

    @Test
    void aMahWithoutProductsMaySetItsPolicy() {
        put(TestTokens.manufacturer(mah), policy("VERIFIED", "VERIFIED")).statusCode(200).body("recalled", equalTo("VERIFIED"));
        assertThat(fixtures.count("SELECT count(*) FROM registry.dscsa_policy WHERE mah_id = ?", mah)).isOne();
    }

    @Test
    void everyOtherRoleIs403() {
        for (String token : List.of(TestTokens.pharmacy(TestData.gln()), TestTokens.wholesaler(TestData.gln()),
                TestTokens.surveillance(), TestTokens.admin(), TestTokens.requester(TestData.gln()),
                TestTokens.withGroups("manufacturer"))) {
            put(token, policy("NOT_VERIFIED", "NOT_VERIFIED")).statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("urn:veripack:problem:forbidden"));
            get(token).statusCode(403).contentType("application/problem+json");
        }
        given().contentType(ContentType.JSON).body(policy("VERIFIED", "VERIFIED")).when().put("/api/v1/dscsa/policy")
                .then().statusCode(401);
    }

    @Test
    void badValuesAre400AndChangeNothing() {
        String gtin = TestData.gtin();
        fixtures.registerProduct(mah, gtin);
        String token = TestTokens.manufacturer(mah);
        List<Object[]> refused = List.of(
                new Object[] {"recalled", policy(null, "VERIFIED")},
                new Object[] {"recalled", policy("verified", "VERIFIED")},
                new Object[] {"recalled", policy("MAYBE", "VERIFIED")},
                new Object[] {"expired", policy("VERIFIED", null)},
                new Object[] {"expired", policy("VERIFIED", "")},
                new Object[] {"expired", policy("NOT_VERIFIED", "NOT VERIFIED")});
        for (Object[] refusal : refused) {
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) refusal[1];
            put(token, body).statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:veripack:problem:invalid-request")).body("parameter", equalTo(refusal[0]));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"recalled\": 1, ")
                .when().put("/api/v1/dscsa/policy").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).when().put("/api/v1/dscsa/policy")
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(fixtures.count("SELECT count(*) FROM registry.dscsa_policy WHERE mah_id = ?", mah)).isZero();
        assertThat(fixtures.count("SELECT count(*) FROM registry.cache_sync WHERE gtin = ? AND field = ?", gtin, D)).isOne();
        assertThat(fixtures.cachedMeta(gtin, D)).isEqualTo(CachedPolicy.DEFAULT.encode());
        get(token).statusCode(200).body("recalled", equalTo("VERIFIED")).body("expired", equalTo("VERIFIED"));
    }
}
