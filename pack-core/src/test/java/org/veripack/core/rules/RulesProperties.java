package org.veripack.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.rules.RulesFixture.*;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties that hold over every combination of registry state, request and caller. */
class RulesProperties {

    private static final Set<ReturnCode> ALERTING = EnumSet.of(ReturnCode.NMVS_FE_LOT_03, ReturnCode.NMVS_NC_PC_02,
            ReturnCode.NMVS_FE_LOT_13, ReturnCode.NMVS_FE_LOT_12, ReturnCode.NMVS_NC_PCK_22, ReturnCode.NMVS_NC_PCK_06);

    @Property
    void verifyAlwaysAnswers200AndChangesNothing(@ForAll("views") RegistryView view, @ForAll("callers") Caller caller,
            @ForAll("batches") String batch) {
        Decision decision = RULES.decide(PackRequest.verify(batch, null), view, caller);
        assertThat(http(decision)).isEqualTo(200);
        assertThat(decision.change()).isEqualTo(Decision.Change.NONE);
    }

    @Property
    void dispensableOnlyWhenProductBatchAndPackAreActive(@ForAll("views") RegistryView view, @ForAll("callers") Caller caller) {
        Decision decision = RULES.decide(PackRequest.verify(null, null), view, caller);
        boolean expected = view.product() != null && view.pack() != null
                && view.product().status() == ProductStatus.ACTIVE
                && view.packBatch().status() == BatchStatus.ACTIVE
                && !view.packBatch().isExpiredOn(NOW.atZone(CLOCK.getZone()).toLocalDate())
                && view.pack().status() == PackStatus.ACTIVE;
        assertThat(decision.dispensable()).isEqualTo(expected);
    }

    @Property
    void changesOnlyWithOkOrRepeatsAndAlertsOnlyWithAlertingCodes(@ForAll("views") RegistryView view,
            @ForAll("callers") Caller caller, @ForAll("changes") PackRequest request) {
        Decision decision = RULES.decide(request, view, caller);
        if (decision.change() == Decision.Change.SET_STATUS) {
            assertThat(decision.code()).isEqualTo(ReturnCode.NMVS_OK);
        }
        if (decision.code() == ReturnCode.NMVS_OK) {
            assertThat(http(decision)).isEqualTo(200);
            assertThat(decision.change()).isEqualTo(Decision.Change.SET_STATUS);
        } else {
            assertThat(http(decision)).isIn(403, 404, 409);
        }
        if (decision.alertCode() != null) {
            assertThat(decision.code()).isIn(ALERTING);
        }
        assertThat(decision.detail()).isNotBlank();
    }

    @Provide
    Arbitrary<RegistryView> views() {
        Arbitrary<RegistryView> known = Combinators.combine(
                Arbitraries.of(ProductStatus.class), Arbitraries.of(BatchStatus.class),
                Arbitraries.of("200100", "261123", "261124", EXPIRY, "990101"),
                Arbitraries.of(PackStatus.class), Arbitraries.of(PHARMACY_HERE, PHARMACY_ELSEWHERE, WHOLESALER_HERE),
                Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 5))
                .as((product, batch, expiry, status, by, hoursAgo, repeats) -> view(product, batch, expiry,
                        status == PackStatus.ACTIVE ? activePack()
                                : decommissioned(status, by, Duration.ofHours(hoursAgo), repeats)));
        Arbitrary<RegistryView> unknownPack = Arbitraries.of(true, false)
                .map(batchKnown -> RegistryView.unknownPack(product(ProductStatus.ACTIVE), batchKnown));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, known),
                net.jqwik.api.Tuple.of(1, unknownPack),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(RegistryView.unknownProduct())));
    }

    @Provide
    Arbitrary<Caller> callers() {
        return Arbitraries.of(PHARMACY_HERE, PHARMACY_ELSEWHERE, WHOLESALER_HERE);
    }

    @Provide
    Arbitrary<String> batches() {
        return Arbitraries.of(null, BATCH, "L2");
    }

    @Provide
    Arbitrary<PackRequest> changes() {
        Arbitrary<PackStatus> states = Arbitraries.of(PackStatus.class).filter(PackStatus::isDecommissioned);
        return Combinators.combine(Arbitraries.of(Operation.DECOMMISSION, Operation.UNDO), states,
                Arbitraries.of(BATCH, "L2"), Arbitraries.of(EXPIRY, "270101"))
                .as((operation, state, batch, expiry) -> new PackRequest(operation, batch, expiry, state));
    }
}
