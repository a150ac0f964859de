package org.veripack.core.dscsa;

import java.util.Objects;

/**
 * A validated {@code GET /dscsa/checkConnectivity} request; built by {@link DscsaRequests#parseConnectivity}.
 *
 * @param gtin    the GTIN as 14 digits (a GTIN-8, -12 or -13 is padded)
 * @param reqGln  the GLN of the trading partner asking
 * @param context why it would ask, or null when not sent (it is optional here)
 */
public record DscsaConnectivityRequest(String gtin, String reqGln, DscsaContext context) {

    public DscsaConnectivityRequest {
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(reqGln, "reqGln");
    }
}
