package org.veripack.verification.dscsa;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.veripack.testsupport.TestData;
import org.veripack.testsupport.TestTokens;
import org.veripack.verification.RegistryFixtures;
import org.veripack.verification.cache.TradingPartners;

/** Trading partners, DSCSA requests and the registry states the DSCSA table reads, for the responder's tests. */
@ApplicationScoped
public class DscsaFixtures {

    public static final String EXP = RegistryFixtures.EXPIRY;
    public static final String LOT = RegistryFixtures.BATCH;

    @Inject
    RegistryFixtures registry;

    @Inject
    TradingPartners partners;

    /** A new trading partner in the registry (as upload-service writes it), read by the responder at once. */
    public String partner(String status) {
        String gln = TestData.gln();
        setPartner(gln, status);
        return gln;
    }

    /** Writes a partner's status as upload-service does: a change row, and the partner with that change's seq. */
    public void setPartner(String gln, String status) {
        registry.execute("""
                WITH c AS (INSERT INTO registry.trading_partner_change (gln, name, status, reason, actor, role)
                           VALUES (?, 'Test partner', ?, 'test', 'test', 'admin') RETURNING seq)
                INSERT INTO registry.trading_partner (gln, name, status, since, change_seq)
                SELECT ?, 'Test partner', ?, now(), seq FROM c
                ON CONFLICT (gln) DO UPDATE SET status = excluded.status, since = excluded.since,
                                                change_seq = excluded.change_seq
                """, gln, status, gln, status);
    }

    /** Reads the changed partners now instead of waiting for the next poll. */
    public void refreshPartners() {
        partners.refresh().await().indefinitely();
    }

    /** The MAH's DSCSA policy as upload-service stores it (verification reads it from PostgreSQL on a cache miss). */
    public void policy(String mah, String recalled, String expired) {
        registry.execute("""
                INSERT INTO registry.dscsa_policy (mah_id, recalled, expired, version, updated_at, updated_by)
                VALUES (?, ?, ?, nextval('registry.dscsa_policy_version'), now(), 'test')
                ON CONFLICT (mah_id) DO UPDATE SET recalled = excluded.recalled, expired = excluded.expired,
                                                   version = excluded.version
                """, mah, recalled, expired);
    }

    public static String path(String gtin, String lot, String serial) {
        return "/dscsa/verify/gtin/" + gtin + "/lot/" + lot + "/ser/" + serial;
    }

    /** A verification request of {@code reqGln} with the usual parameters; {@code query} adds or overrides. */
    public static ValidatableResponse ask(String reqGln, String gtin, String lot, String serial, String exp) {
        return given().auth().oauth2(TestTokens.requester(reqGln))
                .queryParam("exp", exp).queryParam("linkType", "verificationService")
                .queryParam("context", "dscsaSaleableReturn").queryParam("reqGLN", reqGln)
                .when().get(path(gtin, lot, serial)).then();
    }
}
