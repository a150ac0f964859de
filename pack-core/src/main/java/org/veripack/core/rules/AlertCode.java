package org.veripack.core.rules;

/** Level-5 alert codes (EU Hub "#A" codes) and U1, the upload-side duplicate serial alert. */
public enum AlertCode {
    A2("Batch not found", ReturnCode.NMVS_FE_LOT_03),
    A3("Pack not found", ReturnCode.NMVS_NC_PC_02),
    A52("Expiry date mismatch", ReturnCode.NMVS_FE_LOT_12),
    A68("Batch mismatch", ReturnCode.NMVS_FE_LOT_13),
    A7("Pack already in the requested state", ReturnCode.NMVS_NC_PCK_19),
    A24("Status change could not be performed", ReturnCode.NMVS_NC_PCK_22),
    U1("Serial already exists for the product (reuse or cloning)", null);

    private final String title;
    private final ReturnCode typicalReturnCode;

    AlertCode(String title, ReturnCode typicalReturnCode) {
        this.title = title;
        this.typicalReturnCode = typicalReturnCode;
    }

    public String title() {
        return title;
    }

    /** The return code this alert usually comes with (A24 also comes with NMVS_NC_PCK_06); null for U1. */
    public ReturnCode typicalReturnCode() {
        return typicalReturnCode;
    }
}
