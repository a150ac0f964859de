package org.veripack.core.epcis;

import java.util.List;

/**
 * What a packing changes, once {@link UnitRules#packing} accepted it.
 *
 * @param parentSscc the unit packed into
 * @param newUnits units to create SEALED and empty first: the parent and child units no unit had this SSCC
 * @param added the children to put into the parent, in event order, without those already in it (a repeat is a no-op)
 */
public record PackingPlan(String parentSscc, List<String> newUnits, List<ChildRef> added) {

    public PackingPlan {
        newUnits = List.copyOf(newUnits);
        added = List.copyOf(added);
    }
}
