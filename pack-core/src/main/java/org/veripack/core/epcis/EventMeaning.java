package org.veripack.core.epcis;

/** What a captured event means to Veripack, as {@link CaptureRules} reads it. */
public sealed interface EventMeaning {

    /**
     * Packs commissioned (registered ACTIVE) in one batch, as a batch upload of the caller's product would.
     *
     * @param lot the batch ({@code cbvmda:lotNumber}), 1 to 20 characters of GS1 set 82
     * @param expiryYymmdd the expiry ({@code cbvmda:itemExpirationDate}) as AI (17) text, for {@link org.veripack.core.gs1.Expiry}
     */
    record Commissioning(String lot, String expiryYymmdd) implements EventMeaning {
    }

    /** The event's childEPCs (packs or units) put into the logistic unit, created SEALED when new. */
    record Packing(String parentSscc) implements EventMeaning {
    }

    /**
     * Children taken out of the unit, which is OPENED for good.
     *
     * @param allChildren true when the event lists no childEPCs: every direct child leaves (the units among them
     *        keep their own content)
     */
    record Unpacking(String parentSscc, boolean allChildren) implements EventMeaning {
    }
}
