package org.veripack.core.dscsa;

import static org.veripack.core.dscsa.RawParameters.PATH;
import static org.veripack.core.dscsa.RawParameters.QUERY;
import static org.veripack.core.dscsa.RawParameters.gs1;
import static org.veripack.core.dscsa.RawParameters.invalid;
import static org.veripack.core.dscsa.RawParameters.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.refusal.Refusal;

/**
 * Turns the raw path and query values of a DSCSA request into a validated request, or refuses it (kind INVALID,
 * fact {@code parameter} naming the first parameter found wrong, in the order of the URL).
 *
 * <p>Values are taken as the HTTP layer decoded them (JAX-RS {@code @PathParam}, {@code UriInfo.getQueryParameters()}):
 * they are never percent-decoded again, since a lot or serial may hold {@code %}. Query parameters this responder
 * does not know are ignored (a GS1 Digital Link request may carry others); a known one given twice is refused. An
 * optional parameter sent empty counts as absent. Any control character (U+0000 to U+001F, U+007F to U+009F) in
 * any value is refused.
 */
public final class DscsaRequests {

    /** The only {@code linkType} a verification request may name. */
    public static final String LINK_TYPE = "verificationService";
    /** Longest e-mail address (RFC 5321 path limit). */
    public static final int MAX_EMAIL_LENGTH = 254;
    /** Longest telephone number. */
    public static final int MAX_TELEPHONE_LENGTH = 32;

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern TELEPHONE = Pattern.compile("[0-9 +\\-()]*[0-9][0-9 +\\-()]*");
    private static final String SEND_GTIN = "the GTIN printed on the pack, 14 digits with their check digit";
    private static final String SEND_LOT = "the lot number printed on the pack, 1 to 20 characters of GS1 set 82";
    private static final String SEND_SERIAL = "the serial number printed on the pack, 1 to 20 characters of GS1 set 82";
    private static final String SEND_EXPIRY = "the expiry date printed on the pack, YYMMDD (DD may be 00)";
    private static final String SEND_LINK_TYPE = "linkType=" + LINK_TYPE;
    private static final String SEND_CONTEXT = "context=" + DscsaContext.SALEABLE_RETURN.wire() + " or context="
            + DscsaContext.EXCEPTION_VERIFICATION.wire();
    private static final String SEND_REQ_GLN = "the 13-digit GLN of the trading partner asking";

    private DscsaRequests() {
    }

    /**
     * Validates {@code GET /dscsa/verify/gtin/{gtin}/lot/{lot}/ser/{ser}?exp=&linkType=&context=&reqGLN=[&corrUUID=]
     * [&ctrlPossessAtt=][&email=][&telephone=]}. Required: gtin, lot, ser, {@code exp}, {@code linkType},
     * {@code context}, {@code reqGLN}; optional: the rest.
     *
     * @param gtin  the path segment after {@code gtin/}: 8, 12, 13 or 14 digits with a valid check digit
     * @param lot   the path segment after {@code lot/}: 1 to 20 characters of GS1 set 82
     * @param ser   the path segment after {@code ser/}: 1 to 20 characters of GS1 set 82
     * @param query the query parameters, each name with its values (null: none)
     * @param today the responder's date, for the GS1 century rule of {@code exp}
     * @throws Refusal kind INVALID, naming the parameter and saying what to send instead
     */
    public static DscsaRequest parse(String gtin, String lot, String ser, Map<String, List<String>> query, LocalDate today) {
        RawParameters raw = new RawParameters(query);
        String gtin14 = gtin(PATH, RawParameters.pathSegment("gtin", gtin, SEND_GTIN));
        String lotValue = RawParameters.pathSegment("lot", lot, SEND_LOT);
        String checkedLot = gs1(PATH, "lot", SEND_LOT, () -> Gs1Validation.batch(lotValue));
        String serValue = RawParameters.pathSegment("ser", ser, SEND_SERIAL);
        String serial = gs1(PATH, "ser", SEND_SERIAL, () -> Gs1Validation.serial(serValue));
        String exp = raw.required("exp", SEND_EXPIRY);
        Expiry expiry = gs1(QUERY, "exp", SEND_EXPIRY, () -> Expiry.parse(exp, today.getYear()));
        String linkType = raw.required("linkType", SEND_LINK_TYPE);
        if (!LINK_TYPE.equals(linkType)) {
            throw invalid("linkType", QUERY + " linkType is " + quote(linkType) + ": send " + SEND_LINK_TYPE
                    + ", the only link type this responder answers");
        }
        DscsaContext context = context(raw.required("context", SEND_CONTEXT));
        String reqGln = reqGln(raw);
        return new DscsaRequest(gtin14, checkedLot, serial, expiry, context, reqGln, corrUuid(raw.optional("corrUUID")),
                ctrlPossessAtt(raw.optional("ctrlPossessAtt")), email(raw.optional("email")),
                telephone(raw.optional("telephone")));
    }

    /**
     * Validates {@code GET /dscsa/checkConnectivity?gtin=&reqGLN=[&context=]}: gtin and {@code reqGLN} required,
     * {@code context} optional (checked when sent).
     *
     * @throws Refusal kind INVALID, naming the parameter and saying what to send instead
     */
    public static DscsaConnectivityRequest parseConnectivity(Map<String, List<String>> query) {
        RawParameters raw = new RawParameters(query);
        String gtin14 = gtin(QUERY, raw.required("gtin", SEND_GTIN));
        String reqGln = reqGln(raw);
        String context = raw.optional("context");
        return new DscsaConnectivityRequest(gtin14, reqGln, context == null ? null : context(context));
    }

    /** The request's correlation UUID as sent, or a new random one when it sent none (the answer echoes either). */
    public static String corrUuidOrNew(DscsaRequest request) {
        return request.corrUuid() != null ? request.corrUuid() : UUID.randomUUID().toString();
    }

    private static String gtin(String where, String value) {
        return gs1(where, "gtin", SEND_GTIN, () -> Gs1Validation.gtin14(value));
    }

    private static String reqGln(RawParameters raw) {
        String value = raw.required("reqGLN", SEND_REQ_GLN);
        return gs1(QUERY, "reqGLN", SEND_REQ_GLN, () -> Gs1Validation.gln(value));
    }

    private static DscsaContext context(String value) {
        DscsaContext context = DscsaContext.fromWire(value);
        if (context == null) {
            throw invalid("context", QUERY + " context is " + quote(value) + ": send " + SEND_CONTEXT);
        }
        return context;
    }

    private static String corrUuid(String value) {
        if (value != null && !UUID_TEXT.matcher(value).matches()) {
            throw invalid("corrUUID", QUERY + " corrUUID is " + quote(value)
                    + ": send a UUID as 8-4-4-4-12 hexadecimal digits, or leave it out and one is made for the answer");
        }
        return value;
    }

    private static Boolean ctrlPossessAtt(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid("ctrlPossessAtt", QUERY + " ctrlPossessAtt is " + quote(value)
                    + ": send true or false");
        };
    }

    private static String email(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_EMAIL_LENGTH) {
            throw invalid("email", QUERY + " email has " + value.length() + " characters: send an address of at most "
                    + MAX_EMAIL_LENGTH);
        }
        if (!looksLikeEmail(value)) {
            throw invalid("email", QUERY + " email is " + quote(value)
                    + ": send an address like name@example.com, without spaces");
        }
        return value;
    }

    /** One {@code @}, something before it, a domain of dot-separated non-empty labels after it, no whitespace. */
    private static boolean looksLikeEmail(String value) {
        int at = value.indexOf('@');
        if (at <= 0 || at != value.lastIndexOf('@') || value.codePoints().anyMatch(Character::isWhitespace)) {
            return false;
        }
        String domain = value.substring(at + 1);
        return domain.contains(".") && !domain.startsWith(".") && !domain.endsWith(".") && !domain.contains("..");
    }

    private static String telephone(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TELEPHONE_LENGTH || !TELEPHONE.matcher(value).matches()) {
            throw invalid("telephone", QUERY + " telephone is " + quote(value) + ": send at most "
                    + MAX_TELEPHONE_LENGTH + " characters of digits, spaces and + - ( ), such as +1 (609) 555-0100");
        }
        return value;
    }
}
