package org.veripack.core.epcis;

import org.veripack.core.gs1.Gs1ParseException;
import org.veripack.core.refusal.Reason;

/**
 * Canonicalises the epcList of one commissioning event, identifier by identifier as the reader streams them:
 * each must be an SGTIN, and all must share one GTIN. One GTIN per event keeps a commissioning what a batch
 * upload is (one product, one batch, one expiry); a manufacturer commissioning several products sends one event
 * per product. Refusals name the event and the identifier's position and start with {@code "event <index>: "}.
 */
public final class CommissionedPacks {

    private final int eventIndex;
    private int position;
    private String gtin;

    public CommissionedPacks(int eventIndex) {
        this.eventIndex = eventIndex;
    }

    /** The next identifier of the event's epcList, as a pack. */
    public PackRef next(String epc) {
        int at = position;
        PackRef pack;
        try {
            pack = EpcIdentifiers.sgtin(epc);
        } catch (Gs1ParseException e) {
            throw CaptureRules.refusal(Reason.INVALID_IDENTIFIER, eventIndex, "epcList[" + at + "]: " + e.getMessage());
        }
        if (gtin == null) {
            gtin = pack.gtin();
        } else if (!gtin.equals(pack.gtin())) {
            throw CaptureRules.refusal(Reason.INVALID_REQUEST, eventIndex, "epcList[" + at + "] '" + epc + "' has GTIN "
                    + pack.gtin() + ", the packs before it " + gtin + ": commission each product (GTIN) in its own event");
        }
        position++;
        return pack;
    }

    /** The GTIN the packs so far share, or null before the first. */
    public String gtin() {
        return gtin;
    }

    /** How many identifiers were accepted so far. */
    public int count() {
        return position;
    }
}
