package org.veripack.core.epcis;

import java.util.Collection;

/**
 * What {@link UnitRules} needs to know of the logistic units as they are now: the service answers from
 * PostgreSQL, {@link UnitHierarchy} from memory.
 */
public interface UnitView {

    /** The unit's status, or null when no unit has this SSCC. */
    UnitStatus status(String sscc);

    /** The SSCC of the unit directly holding the pack or unit, or null when none does. */
    String parentOf(ChildRef child);

    /** The unit's direct children (packs and units), empty for an unknown unit. */
    Collection<ChildRef> children(String sscc);
}
