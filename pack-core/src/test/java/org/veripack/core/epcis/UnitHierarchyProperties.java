package org.veripack.core.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.veripack.core.epcis.UnitRulesTest.pack;
import static org.veripack.core.epcis.UnitRulesTest.sscc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.veripack.core.refusal.Refusal;

/** Properties of logistic units over random trees and random sequences of packings and unpackings. */
class UnitHierarchyProperties {

    /**
     * A tree of units (unit 0 the root; unit i's parent a unit before it) and packs, each pack in one unit.
     * Every unit is packed in one or more events, in any order: children before parents or after.
     */
    record Tree(List<Integer> unitParents, List<Integer> packUnits) {

        int unitCount() {
            return unitParents.size() + 1;
        }

        List<ChildRef> childrenOf(int unit) {
            List<ChildRef> children = new ArrayList<>();
            for (int i = 0; i < unitParents.size(); i++) {
                if (unitParents.get(i) == unit) {
                    children.add(new UnitRef(sscc(i + 1)));
                }
            }
            for (int j = 0; j < packUnits.size(); j++) {
                if (packUnits.get(j) == unit) {
                    children.add(pack(j));
                }
            }
            return children;
        }

        /** The packs in the unit's subtree, from the tree itself. */
        Set<PackRef> packsBelow(int unit) {
            Set<PackRef> packs = new HashSet<>();
            for (int j = 0; j < packUnits.size(); j++) {
                int holder = packUnits.get(j);
                while (holder != unit && holder != 0) {
                    holder = unitParents.get(holder - 1);
                }
                if (holder == unit) {
                    packs.add(pack(j));
                }
            }
            return packs;
        }
    }

    record Event(String parent, List<ChildRef> children) {
    }

    @Property
    void packsUnderAUnitAreExactlyThePacksPutInItAtAnyDepth(@ForAll("trees") Tree tree, @ForAll Random random) {
        UnitHierarchy units = new UnitHierarchy();
        for (Event event : packingEvents(tree, random)) {
            units.pack(event.parent(), event.children());
        }
        for (int unit = 0; unit < tree.unitCount(); unit++) {
            Set<PackRef> expected = tree.packsBelow(unit);
            if (unit == 0) {
                assertThat(expected).hasSize(tree.packUnits().size());
            }
            assertThat(units.packsUnder(sscc(unit))).isEqualTo(expected);
            assertThat(units.packCount(sscc(unit))).isEqualTo(expected.size());
        }
    }

    @Property
    void refusedPackingsAndUnpackingsChangeNothing(@ForAll("trees") Tree tree, @ForAll Random random) {
        UnitHierarchy units = new UnitHierarchy();
        for (Event event : packingEvents(tree, random)) {
            units.pack(event.parent(), event.children());
        }
        int unitCount = tree.unitCount();
        int someUnit = random.nextInt(unitCount);
        // a unit into itself or into a unit inside it
        assertRefusedUnchanged(units, () -> units.pack(sscc(descendantOf(tree, someUnit, random)), List.of(new UnitRef(sscc(someUnit)))));
        // a child of one unit into another
        for (int unit = 0; unit < unitCount; unit++) {
            List<ChildRef> children = units.children(sscc(unit));
            if (!children.isEmpty()) {
                String elsewhere = sscc(unitCount + 1);
                ChildRef child = children.get(random.nextInt(children.size()));
                assertRefusedUnchanged(units, () -> units.pack(elsewhere, List.of(pack(1000), child)));
            }
        }
        // a stranger out of a unit
        assertRefusedUnchanged(units, () -> units.unpack(sscc(someUnit), List.of(pack(2000))));
        // into a unit once opened
        units.unpack(sscc(someUnit), List.of());
        assertRefusedUnchanged(units, () -> units.pack(sscc(someUnit), List.of(pack(3000))));
    }

    @Property
    void anySequenceKeepsOneParentPerChildNoUnitInsideItselfAndOpenedForGood(@ForAll("operations") List<int[]> operations) {
        UnitHierarchy units = new UnitHierarchy();
        Set<String> opened = new HashSet<>();
        for (int[] op : operations) {
            String unit = sscc(op[1]);
            List<ChildRef> children = new ArrayList<>();
            for (int i = 2; i < op.length; i++) {
                children.add(op[i] < 5 ? new UnitRef(sscc(op[i])) : pack(op[i]));
            }
            Map<String, Object> before = snapshot(units);
            Refusal refusal = catchThrowableOfType(Refusal.class, () -> {
                if (op[0] == 0) {
                    units.pack(unit, children);
                } else {
                    units.unpack(unit, children);
                }
            });
            if (refusal != null) {
                assertThat(snapshot(units)).isEqualTo(before);
            }
            assertInvariants(units, opened);
        }
    }

    private static void assertInvariants(UnitHierarchy units, Set<String> opened) {
        Set<ChildRef> seen = new HashSet<>();
        for (String unit : units.units()) {
            for (ChildRef child : units.children(unit)) {
                assertThat(seen.add(child)).as("%s has one parent", child).isTrue();
                assertThat(units.parentOf(child)).isEqualTo(unit);
            }
            Set<String> above = new HashSet<>();
            for (String up = units.parentOf(new UnitRef(unit)); up != null; up = units.parentOf(new UnitRef(up))) {
                assertThat(up).as("unit %s is not inside itself", unit).isNotEqualTo(unit);
                assertThat(above.add(up)).isTrue();
            }
            if (opened.contains(unit)) {
                assertThat(units.status(unit)).isEqualTo(UnitStatus.OPENED);
            } else if (units.status(unit) == UnitStatus.OPENED) {
                opened.add(unit);
            }
        }
    }

    private static void assertRefusedUnchanged(UnitHierarchy units, Runnable change) {
        Map<String, Object> before = snapshot(units);
        assertThat(catchThrowableOfType(Refusal.class, change::run)).isNotNull();
        assertThat(snapshot(units)).isEqualTo(before);
    }

    /** Every unit's status and children: the whole state (parents follow from the children). */
    private static Map<String, Object> snapshot(UnitHierarchy units) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (String unit : units.units()) {
            state.put(unit, List.of(units.status(unit), units.children(unit)));
        }
        return state;
    }

    /** The unit itself or a unit somewhere below it. */
    private static int descendantOf(Tree tree, int unit, Random random) {
        List<Integer> below = new ArrayList<>(List.of(unit));
        for (int i = 0; i < tree.unitParents().size(); i++) {
            if (below.contains(tree.unitParents().get(i))) {
                below.add(i + 1);
            }
        }
        return below.get(random.nextInt(below.size()));
    }

    /** Each unit's children split into one to three events; all events shuffled. */
    private static List<Event> packingEvents(Tree tree, Random random) {
        List<Event> events = new ArrayList<>();
        for (int unit = 0; unit < tree.unitCount(); unit++) {
            List<ChildRef> children = new ArrayList<>(tree.childrenOf(unit));
            Collections.shuffle(children, random);
            int parts = 1 + random.nextInt(3);
            for (int part = 0; part < parts; part++) {
                List<ChildRef> chunk = children.subList(part * children.size() / parts, (part + 1) * children.size() / parts);
                if (!chunk.isEmpty() || part == 0) {
                    events.add(new Event(sscc(unit), List.copyOf(chunk)));
                }
            }
        }
        Collections.shuffle(events, random);
        return events;
    }

    @Provide
    Arbitrary<Tree> trees() {
        // unit i + 1 hangs under a unit numbered 0..i, so the units form a tree rooted at unit 0
        Arbitrary<List<Integer>> unitParents = Arbitraries.integers().between(0, 1000).list().ofMaxSize(7)
                .map(raw -> IntStream.range(0, raw.size()).mapToObj(i -> raw.get(i) % (i + 1)).toList());
        return unitParents.flatMap(parents -> Arbitraries.integers().between(0, parents.size())
                .list().ofMaxSize(30).map(packs -> new Tree(parents, packs)));
    }

    /** {kind (0 pack, 1 unpack), unit 0..4, children: 0..4 units, 5..12 packs}. */
    @Provide
    Arbitrary<List<int[]>> operations() {
        Arbitrary<int[]> operation = Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(0, 12).list().ofMaxSize(4)).as((kind, unit, children) -> {
                    int[] op = new int[2 + children.size()];
                    op[0] = kind;
                    op[1] = unit;
                    for (int i = 0; i < children.size(); i++) {
                        op[i + 2] = children.get(i);
                    }
                    return op;
                });
        return operation.list().ofMinSize(1).ofMaxSize(40);
    }
}
