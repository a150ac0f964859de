package org.veripack.core.epcis;

import java.util.List;

/**
 * What an unpacking changes, once {@link UnitRules#unpacking} accepted it: the children leave the unit (they
 * then have no parent; a unit among them keeps its own content), and the unit is OPENED for good.
 */
public record UnpackingPlan(String parentSscc, List<ChildRef> leaving) {

    public UnpackingPlan {
        leaving = List.copyOf(leaving);
    }
}
