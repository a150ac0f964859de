package org.veripack.core.epcis;

import java.time.Instant;

/** Captured events for the rules' tests: a valid commissioning, packing or unpacking, changed one field at a time. */
final class Events {

    static final String SSCC_URN = "urn:epc:id:sscc:0614141.1234567890";
    static final String SSCC = "106141412345678908";

    int index = 4;
    String type = "ObjectEvent";
    String action = "ADD";
    String bizStep = "commissioning";
    String disposition = "active";
    Instant eventTime = Instant.parse("2026-03-01T10:15:30Z");
    String offset = "+01:00";
    String parentId;
    String lot = "LOT-1";
    String expiry = "2028-02-29";
    int epcCount = 2;
    int childCount;

    static Events commissioning() {
        return new Events();
    }

    static Events packing() {
        Events e = new Events();
        e.type = "AggregationEvent";
        e.bizStep = "packing";
        e.disposition = null;
        e.parentId = SSCC_URN;
        e.lot = null;
        e.expiry = null;
        e.epcCount = 0;
        e.childCount = 2;
        return e;
    }

    static Events unpacking() {
        Events e = packing();
        e.action = "DELETE";
        e.bizStep = "unpacking";
        return e;
    }

    CapturedEvent event() {
        return new CapturedEvent(index, type, action, bizStep, disposition, null, eventTime, offset, parentId, lot, expiry,
                null, null, epcCount, childCount, "0".repeat(64));
    }
}
