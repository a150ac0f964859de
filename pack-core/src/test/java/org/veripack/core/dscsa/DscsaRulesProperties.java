package org.veripack.core.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.veripack.core.dscsa.DscsaFixture.*;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.QuarantineLevel;

/** Properties of the DSCSA rules over every view, request, policy and date. */
class DscsaRulesProperties {

    private static final List<String> EXPIRIES = List.of("200101", "261123", "261124", "261100", EXPIRY, "270600", "991231");

    @Property(tries = 2000)
    void decideIsTotalAndVerifiedExactlyWithoutAFailureReason(@ForAll("requests") DscsaRequest request,
            @ForAll("views") DscsaView view, @ForAll("policies") DscsaPolicy policy, @ForAll("days") LocalDate today) {
        Throwable thrown = catchThrowable(() -> DscsaRules.decide(request, view, policy, today));
        assertThat(thrown).isNull();

        DscsaAnswer answer = DscsaRules.decide(request, view, policy, today);
        if (answer.verified()) {
            assertThat(answer.failureReason()).isNull();
            assertThat(answer.recordCode()).isEqualTo("VERIFIED");
        } else {
            assertThat(answer.failureReason()).isNotNull();
            assertThat(answer.recordCode()).isEqualTo(answer.failureReason().wire());
        }
    }

    @Property
    void aMismatchOrAnInactivePackIsNeverVerified(@ForAll("requests") DscsaRequest request, @ForAll("views") DscsaView view,
            @ForAll("policies") DscsaPolicy policy, @ForAll("days") LocalDate today) {
        DscsaAnswer answer = DscsaRules.decide(request, view, policy, today);
        boolean mismatch = !view.packKnown() || !request.lot().equals(view.lot())
                || !request.expiry().text().equals(view.expiry().text());
        if (mismatch || view.packStatus().isDecommissioned() || view.quarantine() != null) {
            assertThat(answer.verified()).isFalse();
        }
        if (answer.verified()) {
            assertThat(answer.additionalInfo()).isIn(null, AdditionalInfo.Recalled, AdditionalInfo.Expired);
        }
    }

    @Provide
    Arbitrary<DscsaRequest> requests() {
        return Combinators.combine(Arbitraries.of(LOT, "L2", "l1"), Arbitraries.of(EXPIRIES)).as(DscsaFixture::request);
    }

    @Provide
    Arbitrary<DscsaView> views() {
        Arbitrary<DscsaView> known = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(LOT, "L2"),
                Arbitraries.of(EXPIRIES), Arbitraries.of(true, false), Arbitraries.of(PackStatus.class),
                Arbitraries.of(QuarantineLevel.class).injectNull(0.5))
                .as((withdrawn, lot, expiry, recalled, status, quarantine) ->
                        DscsaView.knownPack(withdrawn, lot, expiry(expiry), recalled, status, quarantine));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, known),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(DscsaView.unknownPack())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(DscsaView.unknownProduct())));
    }

    @Provide
    Arbitrary<DscsaPolicy> policies() {
        return Combinators.combine(Arbitraries.of(PolicyAnswer.class), Arbitraries.of(PolicyAnswer.class)).as(DscsaPolicy::new);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(-4000, 4000).map(TODAY::plusDays);
    }
}
