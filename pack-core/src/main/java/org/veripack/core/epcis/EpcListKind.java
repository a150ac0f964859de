package org.veripack.core.epcis;

/** Which identifier list of an event an identifier was read from. */
public enum EpcListKind {
    /** {@code epcList}: the objects of an ObjectEvent (the packs commissioned). */
    EPC_LIST("epcList"),
    /** {@code childEPCs}: the children of an AggregationEvent (packs or units). */
    CHILD_EPCS("childEPCs");

    private final String jsonName;

    EpcListKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The key the list has in an EPCIS JSON event. */
    public String jsonName() {
        return jsonName;
    }
}
