package org.veripack.core.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.veripack.core.gs1.CheckDigit;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/** Each rule of logistic units, through the in-memory hierarchy that applies them. */
class UnitRulesTest {

    static final String PALLET = sscc(1);
    static final String CASE_A = sscc(2);
    static final String CASE_B = sscc(3);
    static final PackRef P1 = pack(1);
    static final PackRef P2 = pack(2);
    static final PackRef P3 = pack(3);

    private UnitHierarchy units;

    static String sscc(int n) {
        return CheckDigit.append(String.format("1061414%010d", n));
    }

    static PackRef pack(int n) {
        return new PackRef("10614141073464", "S" + n);
    }

    @BeforeEach
    void palletOfTwoCases() {
        units = new UnitHierarchy();
        units.pack(CASE_A, List.of(P1, P2));
        units.pack(CASE_B, List.of(P3));
        units.pack(PALLET, List.of(new UnitRef(CASE_A), new UnitRef(CASE_B)));
    }

    @Test
    void packingCreatesSealedUnitsAndCountsPacksAtAnyDepth() {
        assertThat(units.status(PALLET)).isEqualTo(UnitStatus.SEALED);
        assertThat(units.children(PALLET)).containsExactly(new UnitRef(CASE_A), new UnitRef(CASE_B));
        assertThat(units.packsUnder(PALLET)).containsExactlyInAnyOrder(P1, P2, P3);
        assertThat(units.packCount(PALLET)).isEqualTo(3);
        assertThat(units.packCount(CASE_A)).isEqualTo(2);
        assertThat(units.parentOf(P1)).isEqualTo(CASE_A);
        assertThat(units.parentOf(new UnitRef(CASE_A))).isEqualTo(PALLET);
    }

    @Test
    void theFirstPackingOfAUnitCreatesItAndAnUnknownChildUnit() {
        UnitHierarchy fresh = new UnitHierarchy();
        PackingPlan plan = fresh.pack(PALLET, List.of(new UnitRef(CASE_A), P1));
        assertThat(plan.newUnits()).containsExactly(PALLET, CASE_A);
        assertThat(fresh.status(CASE_A)).isEqualTo(UnitStatus.SEALED);
        assertThat(fresh.children(CASE_A)).isEmpty();
    }

    @Test
    void packingTheSameChildIntoTheSameUnitAgainIsANoOp() {
        PackingPlan plan = units.pack(CASE_A, List.of(P1, P2, P1));
        assertThat(plan.added()).isEmpty();
        assertThat(plan.newUnits()).isEmpty();
        assertThat(units.children(CASE_A)).containsExactly(P1, P2);
    }

    @Test
    void aChildInAnotherUnitIsRefusedNamingWhereItIs() {
        Refusal refusal = refused(() -> units.pack(CASE_B, List.of(pack(9), P1)));
        assertThat(refusal.reason()).isEqualTo(Reason.TRANSITION_REFUSED);
        assertThat(refusal.getMessage()).contains("at most one parent").contains("pack 10614141073464/S1 (in unit " + CASE_A + ")")
                .contains("unpack it from there first");
        assertThat(refusal.facts()).containsEntry("children", List.of("pack 10614141073464/S1"));
        assertThat(units.children(CASE_B)).as("nothing moved, not even the free pack").containsExactly(P3);
        assertThat(units.parentOf(pack(9))).isNull();
    }

    @Test
    void aUnitCannotContainItself() {
        Refusal itself = refused(() -> units.pack(CASE_A, List.of(new UnitRef(CASE_A))));
        assertThat(itself.reason()).isEqualTo(Reason.TRANSITION_REFUSED);
        assertThat(itself.getMessage()).contains("would contain itself");
        Refusal ancestor = refused(() -> units.pack(CASE_A, List.of(new UnitRef(PALLET))));
        assertThat(ancestor.getMessage()).contains("unit " + CASE_A + " cannot hold unit " + PALLET);
        assertThat(units.parentOf(new UnitRef(PALLET))).isNull();
    }

    @Test
    void unpackingListedChildrenOpensTheUnitForGood() {
        UnpackingPlan plan = units.unpack(CASE_A, List.of(P1));
        assertThat(plan.leaving()).containsExactly(P1);
        assertThat(units.status(CASE_A)).isEqualTo(UnitStatus.OPENED);
        assertThat(units.children(CASE_A)).containsExactly(P2);
        assertThat(units.parentOf(P1)).isNull();
        assertThat(units.packCount(PALLET)).isEqualTo(2);

        Refusal refusal = refused(() -> units.pack(CASE_A, List.of(P1)));
        assertThat(refusal.reason()).isEqualTo(Reason.UNIT_OPENED);
        assertThat(refusal.getMessage()).contains("OPENED for good").contains("another SSCC");
        units.pack(CASE_B, List.of(P1));
        assertThat(units.parentOf(P1)).as("a pack taken out may go into another unit").isEqualTo(CASE_B);
    }

    @Test
    void unpackingWithoutChildrenTakesOutEveryDirectChildWhichKeepsItsContent() {
        UnpackingPlan plan = units.apply(new EventMeaning.Unpacking(PALLET, true), List.of());
        assertThat(plan.leaving()).containsExactly(new UnitRef(CASE_A), new UnitRef(CASE_B));
        assertThat(units.children(PALLET)).isEmpty();
        assertThat(units.status(PALLET)).isEqualTo(UnitStatus.OPENED);
        assertThat(units.status(CASE_A)).isEqualTo(UnitStatus.SEALED);
        assertThat(units.packsUnder(CASE_A)).containsExactlyInAnyOrder(P1, P2);
    }

    @Test
    void anOpenedUnitMayBeUnpackedAgain() {
        units.unpack(CASE_A, List.of(P1));
        units.unpack(CASE_A, List.of(P2));
        assertThat(units.children(CASE_A)).isEmpty();
    }

    @Test
    void unpackingChildrenNotInTheUnitIsRefusedNamingThemAndChangesNothing() {
        Refusal refusal = refused(() -> units.unpack(CASE_A, List.of(P1, P3, pack(8))));
        assertThat(refusal.reason()).isEqualTo(Reason.TRANSITION_REFUSED);
        assertThat(refusal.getMessage()).contains("pack 10614141073464/S3, pack 10614141073464/S8 are not in unit " + CASE_A);
        assertThat(units.children(CASE_A)).containsExactly(P1, P2);
        assertThat(units.status(CASE_A)).isEqualTo(UnitStatus.SEALED);
    }

    @Test
    void unpackingAnUnknownUnitIsNotFound() {
        Refusal refusal = refused(() -> units.unpack(sscc(99), List.of()));
        assertThat(refusal.reason()).isEqualTo(Reason.UNIT_NOT_FOUND);
        assertThat(units.units()).doesNotContain(sscc(99));
    }

    @Test
    void manyRefusedChildrenAreNamedUpToTenInTheMessage() {
        List<ChildRef> strangers = IntStream.range(100, 125).<ChildRef>mapToObj(UnitRulesTest::pack).toList();
        Refusal refusal = refused(() -> units.unpack(CASE_A, strangers));
        assertThat(refusal.getMessage()).contains("and 15 more");
        assertThat((List<?>) refusal.facts().get("children")).hasSize(25);
    }

    @Test
    void packingEventAppliesToItsParent() {
        units.apply(new EventMeaning.Packing(CASE_B), List.of(pack(7)));
        assertThat(units.packsUnder(PALLET)).contains(pack(7));
    }

    @Test
    void unknownUnitsHaveNoStatusChildrenOrPacks() {
        assertThat(units.status(sscc(50))).isNull();
        assertThat(units.children(sscc(50))).isEmpty();
        assertThat(units.packCount(sscc(50))).isZero();
    }

    private static Refusal refused(Runnable change) {
        Refusal refusal = catchThrowableOfType(Refusal.class, change::run);
        assertThat(refusal).as("a refusal").isNotNull();
        return refusal;
    }
}
