package org.veripack.core.epcis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/**
 * The rules of logistic units (SSCC), judged against what is held now ({@link UnitView}); they change nothing
 * themselves but say what changes. A pack or a unit has at most one parent, a unit never contains itself at any
 * depth, an OPENED unit takes no new children. An event is judged whole: when one child is refused, none
 * moves. Whether a pack is registered, and whose it is, is the caller's to check before.
 */
public final class UnitRules {

    /** Children named in a refusal's message; its fact {@code children} names up to {@link #MAX_FACTS}. */
    private static final int MAX_NAMED = 10;
    private static final int MAX_FACTS = 100;

    private UnitRules() {
    }

    /**
     * Putting children into a unit, created when new. Refused: the unit is OPENED (UNIT_OPENED); a child is in
     * another unit, or is the unit itself or a unit containing it (TRANSITION_REFUSED, naming the children).
     * A child already in this unit is left as it is.
     */
    public static PackingPlan packing(UnitView view, String parentSscc, Collection<ChildRef> children) {
        UnitStatus status = view.status(parentSscc);
        if (status == UnitStatus.OPENED) {
            throw new Refusal(Reason.UNIT_OPENED, "unit " + parentSscc + " was unpacked and is OPENED for good: pack into a"
                    + " new logistic unit (another SSCC)").with("sscc", parentSscc);
        }
        Set<String> parentAndAncestors = parentAndAncestors(view, parentSscc);
        List<ChildRef> added = new ArrayList<>();
        List<ChildRef> wouldContainItself = new ArrayList<>();
        Map<ChildRef, String> heldElsewhere = new LinkedHashMap<>();
        for (ChildRef child : new LinkedHashSet<>(children)) {
            if (child instanceof UnitRef unit && parentAndAncestors.contains(unit.sscc())) {
                wouldContainItself.add(child);
                continue;
            }
            String holder = view.parentOf(child);
            if (holder == null) {
                added.add(child);
            } else if (!holder.equals(parentSscc)) {
                heldElsewhere.put(child, holder);
            }
        }
        if (!wouldContainItself.isEmpty()) {
            throw refusal("unit " + parentSscc + " cannot hold " + names(wouldContainItself) + ": a unit would contain itself"
                    + " (it is " + parentSscc + " or a unit holding it); pack units the other way round", wouldContainItself);
        }
        if (!heldElsewhere.isEmpty()) {
            List<String> where = heldElsewhere.entrySet().stream().map(e -> e.getKey() + " (in unit " + e.getValue() + ")").toList();
            boolean one = where.size() == 1;
            throw refusal("a pack or unit has at most one parent, and " + names(where) + (one ? " is" : " are")
                    + " already in another unit: unpack " + (one ? "it" : "them") + " from there first",
                    List.copyOf(heldElsewhere.keySet()));
        }
        List<String> newUnits = new ArrayList<>();
        if (status == null) {
            newUnits.add(parentSscc);
        }
        for (ChildRef child : added) {
            if (child instanceof UnitRef unit && view.status(unit.sscc()) == null) {
                newUnits.add(unit.sscc());
            }
        }
        return new PackingPlan(parentSscc, newUnits, added);
    }

    /**
     * Taking children out of a unit: those listed, or every direct child when none is listed; the unit is
     * OPENED for good. Refused: no unit has the SSCC (UNIT_NOT_FOUND); a listed child is not in it
     * (TRANSITION_REFUSED, naming the children). Unpacking an OPENED unit again is allowed.
     */
    public static UnpackingPlan unpacking(UnitView view, String parentSscc, Collection<ChildRef> listed) {
        if (view.status(parentSscc) == null) {
            throw new Refusal(Reason.UNIT_NOT_FOUND, "no logistic unit has SSCC " + parentSscc + ": unpack a unit that was"
                    + " packed before").with("sscc", parentSscc);
        }
        Collection<ChildRef> children = view.children(parentSscc);
        if (listed.isEmpty()) {
            return new UnpackingPlan(parentSscc, new ArrayList<>(children));
        }
        Set<ChildRef> current = new HashSet<>(children);
        List<ChildRef> leaving = new ArrayList<>(new LinkedHashSet<>(listed));
        List<ChildRef> notInUnit = leaving.stream().filter(child -> !current.contains(child)).toList();
        if (!notInUnit.isEmpty()) {
            throw refusal(names(notInUnit) + (notInUnit.size() == 1 ? " is" : " are") + " not in unit " + parentSscc
                    + ": list only its children, or none to unpack them all", notInUnit);
        }
        return new UnpackingPlan(parentSscc, leaving);
    }

    /** The unit and every unit above it. A loop in stored data (which these rules never make) ends the walk. */
    private static Set<String> parentAndAncestors(UnitView view, String sscc) {
        Set<String> chain = new HashSet<>();
        String unit = sscc;
        while (unit != null && chain.add(unit)) {
            unit = view.parentOf(new UnitRef(unit));
        }
        return chain;
    }

    private static Refusal refusal(String detail, List<ChildRef> children) {
        List<String> named = children.stream().limit(MAX_FACTS).map(Object::toString).toList();
        return new Refusal(Reason.TRANSITION_REFUSED, detail).with("children", named);
    }

    private static String names(List<?> items) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(items.size(), MAX_NAMED); i++) {
            text.append(i == 0 ? "" : ", ").append(items.get(i));
        }
        if (items.size() > MAX_NAMED) {
            text.append(" and ").append(items.size() - MAX_NAMED).append(" more");
        }
        return text.toString();
    }
}
