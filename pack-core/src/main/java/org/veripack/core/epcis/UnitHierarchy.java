package org.veripack.core.epcis;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Logistic units in memory, changed only through {@link UnitRules}: the reference model of what the service keeps
 * in PostgreSQL. A refused packing or unpacking changes nothing. Not thread-safe.
 */
public final class UnitHierarchy implements UnitView {

    private static final class Unit {
        UnitStatus status = UnitStatus.SEALED;
        final Set<ChildRef> children = new LinkedHashSet<>();
    }

    private final Map<String, Unit> units = new HashMap<>();
    private final Map<ChildRef, String> parents = new HashMap<>();

    /** Applies a captured packing of the given (canonicalised) children. */
    public PackingPlan apply(EventMeaning.Packing packing, Collection<ChildRef> children) {
        return pack(packing.parentSscc(), children);
    }

    /** Applies a captured unpacking of the given children, none meaning all. */
    public UnpackingPlan apply(EventMeaning.Unpacking unpacking, Collection<ChildRef> children) {
        return unpack(unpacking.parentSscc(), children);
    }

    /** Puts the children into the unit, creating it (and child units never seen) SEALED when new. */
    public PackingPlan pack(String parentSscc, Collection<ChildRef> children) {
        PackingPlan plan = UnitRules.packing(this, parentSscc, children);
        for (String sscc : plan.newUnits()) {
            units.put(sscc, new Unit());
        }
        Unit parent = units.get(parentSscc);
        for (ChildRef child : plan.added()) {
            parent.children.add(child);
            parents.put(child, parentSscc);
        }
        return plan;
    }

    /** Takes the children out of the unit (all of them when none is given) and marks it OPENED. */
    public UnpackingPlan unpack(String parentSscc, Collection<ChildRef> children) {
        UnpackingPlan plan = UnitRules.unpacking(this, parentSscc, children);
        Unit parent = units.get(parentSscc);
        for (ChildRef child : plan.leaving()) {
            parent.children.remove(child);
            parents.remove(child);
        }
        parent.status = UnitStatus.OPENED;
        return plan;
    }

    @Override
    public UnitStatus status(String sscc) {
        Unit unit = units.get(sscc);
        return unit == null ? null : unit.status;
    }

    @Override
    public String parentOf(ChildRef child) {
        return parents.get(child);
    }

    /** The unit's direct children in the order they were packed; empty for an unknown unit. */
    @Override
    public List<ChildRef> children(String sscc) {
        Unit unit = units.get(sscc);
        return unit == null ? List.of() : List.copyOf(unit.children);
    }

    /** Every pack in the unit, at any depth; empty for an unknown unit. */
    public Set<PackRef> packsUnder(String sscc) {
        Set<PackRef> packs = new LinkedHashSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(sscc));
        while (!toVisit.isEmpty()) {
            Unit unit = units.get(toVisit.pop());
            if (unit == null) {
                continue;
            }
            for (ChildRef child : unit.children) {
                if (child instanceof PackRef pack) {
                    packs.add(pack);
                } else if (child instanceof UnitRef inner) {
                    toVisit.push(inner.sscc());
                }
            }
        }
        return packs;
    }

    /** How many packs the unit holds at any depth. */
    public int packCount(String sscc) {
        return packsUnder(sscc).size();
    }

    /** Every unit's SSCC, sorted. */
    public Set<String> units() {
        return new TreeSet<>(units.keySet());
    }
}
