package org.veripack.core.rules;

/**
 * NMVS return codes used in answers. The texts follow the NMVS code lists (see
 * shared/reference/domain-notes.md); NMVS_FE_LOT_08 and NMVS_NC_PCK_02 are the NMVS codes for a
 * recalled or withdrawn and for an expired batch. NMVS_NC_PCK_19 is reserved for intermarket answers.
 * NMVS_NC_PCK_27 ("status change could not be performed", an intermarket code in NMVS) answers a decommission
 * that a pack's quarantine refuses, since no national code says that.
 */
public enum ReturnCode {
    NMVS_OK("The request was processed."),
    NMVS_NC_PC_01("Unknown product code."),
    NMVS_NC_PC_02("Pack serial number not recognised."),
    NMVS_FE_LOT_03("Failed to find the batch for the given data."),
    NMVS_FE_LOT_13("The batch does not match the pack's serial number."),
    NMVS_FE_LOT_12("The expiry date does not match the batch."),
    NMVS_FE_LOT_08("The batch or the product of this pack has been recalled or withdrawn."),
    NMVS_NC_PCK_02("The batch of this pack has expired."),
    NMVS_NC_PCK_22("Pack is already inactive."),
    NMVS_NC_PCK_30("Pack already in this state at this location (no alert)."),
    NMVS_NC_PCK_06("Undo does not match the pack's status."),
    NMVS_NC_PCK_29("Undo on an active pack (no alert)."),
    NMVS_NC_PCK_21("Undo attempted by a different location or role."),
    NMVS_NC_PCK_20("Undo timeframe exceeded."),
    NMVS_NC_PCK_19("Status is already set on pack."),
    NMVS_NC_PCK_27("Status change could not be performed.");

    private final String description;

    ReturnCode(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
