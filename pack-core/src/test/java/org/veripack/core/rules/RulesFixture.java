package org.veripack.core.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.veripack.core.gs1.Expiry;

/** A registry of one product, one batch and one pack, and callers, for the rules tests. */
final class RulesFixture {

    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final String GTIN = "09506000134352";
    static final String BATCH = "L1";
    static final String EXPIRY = "270630";
    static final String HERE = "4012345000009";
    static final String ELSEWHERE = "4098765000003";

    static final PackRules RULES = new PackRules(RulesConfig.DEFAULT, CLOCK);

    static final Caller PHARMACY_HERE = new Caller(Role.PHARMACY, HERE, "pos-1");
    static final Caller WHOLESALER_HERE = new Caller(Role.WHOLESALER, HERE, "wms-1");
    static final Caller PHARMACY_ELSEWHERE = new Caller(Role.PHARMACY, ELSEWHERE, "pos-9");

    private RulesFixture() {
    }

    static ProductState product(ProductStatus status) {
        return new ProductState(GTIN, status, "MAH-1");
    }

    static BatchState batch(BatchStatus status, String expiry) {
        return new BatchState(BATCH, Expiry.parse(expiry, 2026), status);
    }

    static PackState activePack() {
        return PackState.uploaded("S1", BATCH, NOW.minus(Duration.ofDays(30)));
    }

    /** A pack decommissioned to {@code status} by {@code by}, {@code ago} before now. */
    static PackState decommissioned(PackStatus status, Caller by, Duration ago, int repeats) {
        return new PackState("S1", BATCH, status, by.location(), by.role(), NOW.minus(ago), repeats);
    }

    static RegistryView view(PackState pack) {
        return RegistryView.known(product(ProductStatus.ACTIVE), pack, batch(BatchStatus.ACTIVE, EXPIRY));
    }

    static RegistryView view(ProductStatus product, BatchStatus batch, String expiry, PackState pack) {
        return RegistryView.known(product(product), pack, batch(batch, expiry));
    }

    /** The HTTP status the Codes table names for a decision of a decommission or undo (services map it so). */
    static int http(Decision decision) {
        if (decision.refusedAs() == null) {
            return 200;
        }
        return switch (decision.refusedAs()) {
            case NOT_FOUND -> 404;
            case NOT_PERMITTED -> 403;
            case STATE_CONFLICT -> 409;
            default -> throw new IllegalStateException("the rules never refuse a pack as " + decision.refusedAs());
        };
    }
}
