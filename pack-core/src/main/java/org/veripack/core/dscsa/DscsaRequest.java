package org.veripack.core.dscsa;

import java.util.Objects;
import org.veripack.core.gs1.Expiry;

/**
 * A validated DSCSA verification request ({@code GET /dscsa/verify/gtin/{gtin}/lot/{lot}/ser/{ser}}); built by
 * {@link DscsaRequests#parse}. {@code linkType} is not kept: it can only be {@code verificationService}.
 *
 * @param gtin           the GTIN as 14 digits (a GTIN-8, -12 or -13 is padded)
 * @param lot            the lot (batch) number, as sent: compared case-sensitively
 * @param serial         the serial number, as sent
 * @param expiry         the expiry {@code exp} as sent (YYMMDD, DD may be 00)
 * @param context        why the trading partner asks
 * @param reqGln         the GLN of the trading partner asking
 * @param corrUuid       the correlation UUID as sent (echoed verbatim), or null: see {@link DscsaRequests#corrUuidOrNew}
 * @param ctrlPossessAtt the requester's attestation that it controls or possesses the product, or null when not sent
 * @param email          the requester's contact e-mail, or null
 * @param telephone      the requester's contact telephone, or null
 */
public record DscsaRequest(String gtin, String lot, String serial, Expiry expiry, DscsaContext context, String reqGln,
        String corrUuid, Boolean ctrlPossessAtt, String email, String telephone) {

    public DscsaRequest {
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(reqGln, "reqGln");
    }
}
