package org.veripack.core.epcis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.veripack.core.gs1.CheckDigit;
import org.veripack.core.gs1.Gs1ParseException;
import org.veripack.core.gs1.Gs1Parser;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.gs1.PackIdentifier;

/**
 * Canonicalises the identifiers of EPCIS events, whatever form they are written in:
 * <ul>
 * <li>EPC pure-identity URNs (GS1 EPC Tag Data Standard): {@code urn:epc:id:sgtin:<CompanyPrefix>.<IndicatorAndItemRef>.<Serial>}
 * and {@code urn:epc:id:sscc:<CompanyPrefix>.<ExtensionAndSerialRef>}; the serial's {@code %HH} escapes are decoded;</li>
 * <li>GS1 Digital Link URIs of any host and path prefix: {@code /01/{gtin}[/10/{lot}]/21/{serial}} and {@code /00/{sscc}};
 * the query string and fragment are ignored, and the check digits written in the link are verified.</li>
 * </ul>
 * A pack becomes (GTIN-14, serial), a unit its SSCC-18: neither needs the GS1 Company Prefix length, so URNs
 * and Digital Links of the same object compare equal. Every failure is a {@link Gs1ParseException} (a refusal
 * with reason INVALID_IDENTIFIER) whose message quotes the identifier and says what to send.
 */
public final class EpcIdentifiers {

    private static final String SGTIN_URN = "urn:epc:id:sgtin:";
    private static final String SSCC_URN = "urn:epc:id:sscc:";
    private static final String FORMS = "send an SGTIN as urn:epc:id:sgtin:{company prefix}.{indicator and item reference}.{serial}"
            + " or https://id.gs1.org/01/{gtin}/21/{serial}, an SSCC as urn:epc:id:sscc:{company prefix}.{extension and serial reference}"
            + " or https://id.gs1.org/00/{sscc}";
    /** Digital Link paths parsed here carry no expiry (the query is dropped), so the clock is never read. */
    private static final Gs1Parser DIGITAL_LINK_PACKS = new Gs1Parser(Clock.systemUTC());

    private EpcIdentifiers() {
    }

    /** A pack's SGTIN, as an EPC URN or a Digital Link, canonicalised; an SSCC or anything else is refused. */
    public static PackRef sgtin(String epc) {
        if (child(epc) instanceof PackRef pack) {
            return pack;
        }
        throw new Gs1ParseException("identifier '" + epc + "' is an SSCC (a logistic unit), not an SGTIN: list packs here,"
                + " as urn:epc:id:sgtin:... or https://id.gs1.org/01/{gtin}/21/{serial}");
    }

    /** A logistic unit's SSCC-18, from an EPC URN or a Digital Link; an SGTIN or anything else is refused. */
    public static String sscc(String epc) {
        if (child(epc) instanceof UnitRef unit) {
            return unit.sscc();
        }
        throw new Gs1ParseException("identifier '" + epc + "' is an SGTIN (a pack), not an SSCC: name the logistic unit"
                + " as urn:epc:id:sscc:... or https://id.gs1.org/00/{sscc}");
    }

    /** A pack (SGTIN) or a unit (SSCC), canonicalised. */
    public static ChildRef child(String epc) {
        if (epc == null || epc.isBlank()) {
            throw new Gs1ParseException("an identifier is empty: " + FORMS);
        }
        if (startsWithIgnoreCase(epc, SGTIN_URN)) {
            return sgtinUrn(epc);
        }
        if (startsWithIgnoreCase(epc, SSCC_URN)) {
            return ssccUrn(epc);
        }
        if (startsWithIgnoreCase(epc, "https://") || startsWithIgnoreCase(epc, "http://")) {
            return digitalLink(epc);
        }
        throw new Gs1ParseException("identifier '" + epc + "' is neither an SGTIN nor an SSCC: " + FORMS);
    }

    private static PackRef sgtinUrn(String epc) {
        String body = epc.substring(SGTIN_URN.length());
        int firstDot = body.indexOf('.');
        int secondDot = firstDot < 0 ? -1 : body.indexOf('.', firstDot + 1);
        if (secondDot < 0) {
            throw new Gs1ParseException("identifier '" + epc + "' is not an SGTIN URN: expected"
                    + " urn:epc:id:sgtin:{company prefix}.{indicator and item reference}.{serial}");
        }
        String companyPrefix = body.substring(0, firstDot);
        String indicatorAndItem = body.substring(firstDot + 1, secondDot);
        checkDigitGroups(epc, companyPrefix, indicatorAndItem, 13, "indicator and item reference");
        String gtin = CheckDigit.append(indicatorAndItem.charAt(0) + companyPrefix + indicatorAndItem.substring(1));
        String serial = decodeUrnEscapes(epc, body.substring(secondDot + 1));
        try {
            return new PackRef(gtin, Gs1Validation.serial(serial));
        } catch (Gs1ParseException e) {
            throw about(epc, e);
        }
    }

    private static UnitRef ssccUrn(String epc) {
        String body = epc.substring(SSCC_URN.length());
        int dot = body.indexOf('.');
        if (dot < 0 || body.indexOf('.', dot + 1) >= 0) {
            throw new Gs1ParseException("identifier '" + epc + "' is not an SSCC URN: expected"
                    + " urn:epc:id:sscc:{company prefix}.{extension and serial reference}");
        }
        String companyPrefix = body.substring(0, dot);
        String extensionAndSerial = body.substring(dot + 1);
        checkDigitGroups(epc, companyPrefix, extensionAndSerial, 17, "extension and serial reference");
        return new UnitRef(CheckDigit.append(extensionAndSerial.charAt(0) + companyPrefix + extensionAndSerial.substring(1)));
    }

    /** The company prefix is 6 to 12 digits, and with the second group makes the number without its check digit. */
    private static void checkDigitGroups(String epc, String companyPrefix, String rest, int total, String restName) {
        if (companyPrefix.length() < 6 || companyPrefix.length() > 12 || !isDigits(companyPrefix)) {
            throw new Gs1ParseException("identifier '" + epc + "' has company prefix '" + companyPrefix
                    + "': a GS1 Company Prefix is 6 to 12 digits");
        }
        if (rest.isEmpty() || !isDigits(rest) || companyPrefix.length() + rest.length() != total) {
            throw new Gs1ParseException("identifier '" + epc + "' has " + restName + " '" + rest + "': it must be "
                    + (total - companyPrefix.length()) + " digits, making " + total + " with the company prefix");
        }
    }

    /** Decodes the EPC URN escapes (%22 %25 %26 %2F %3C %3E %3F, or any %HH of an ASCII character). */
    private static String decodeUrnEscapes(String epc, String escaped) {
        if (escaped.indexOf('%') < 0) {
            return escaped;
        }
        StringBuilder decoded = new StringBuilder(escaped.length());
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c != '%') {
                decoded.append(c);
                continue;
            }
            int value = i + 2 < escaped.length() ? hexByte(escaped.charAt(i + 1), escaped.charAt(i + 2)) : -1;
            if (value < 0 || value > 0x7F) {
                throw new Gs1ParseException("identifier '" + epc + "' has a '%' not followed by the two hex digits of an"
                        + " ASCII character: escape '%' itself as %25 and send only GS1 set 82 characters");
            }
            decoded.append((char) value);
            i += 2;
        }
        return decoded.toString();
    }

    private static ChildRef digitalLink(String uri) {
        int end = uri.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = uri.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String withoutQuery = uri.substring(0, end);
        int pathStart = withoutQuery.indexOf('/', withoutQuery.indexOf("://") + 3);
        List<String> segments = pathStart < 0 ? List.of() : segments(withoutQuery.substring(pathStart));
        for (int i = 0; i + 1 < segments.size(); i++) {
            String key = segments.get(i);
            boolean numberFollows = isDigits(segments.get(i + 1));
            if (key.equals("00") && numberFollows) {
                return ssccLink(uri, segments, i);
            }
            if (key.equals("01") && numberFollows) {
                return packLink(uri, withoutQuery, segments, i);
            }
        }
        throw new Gs1ParseException("identifier '" + uri + "' is a URI without /01/{gtin}/21/{serial} or /00/{sscc} in its"
                + " path: " + FORMS);
    }

    private static UnitRef ssccLink(String uri, List<String> segments, int keyIndex) {
        if (keyIndex + 2 != segments.size()) {
            throw new Gs1ParseException("identifier '" + uri + "' continues after /00/{sscc}: an SSCC Digital Link ends there");
        }
        try {
            return new UnitRef(Gs1Validation.sscc(segments.get(keyIndex + 1)));
        } catch (Gs1ParseException e) {
            throw about(uri, e);
        }
    }

    /** Reuses the scan parser for the path: resolver prefix, qualifier order, percent-decoding, check digit. */
    private static PackRef packLink(String uri, String withoutQuery, List<String> segments, int keyIndex) {
        if (!segments.subList(keyIndex + 2, segments.size()).contains("21")) {
            throw new Gs1ParseException("identifier '" + uri + "' names a product (/01/{gtin}), not a pack: add the serial,"
                    + " /01/{gtin}/21/{serial}");
        }
        try {
            PackIdentifier pack = DIGITAL_LINK_PACKS.parse(withoutQuery);
            return new PackRef(pack.gtin(), pack.serial());
        } catch (Gs1ParseException e) {
            throw about(uri, e);
        }
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    /** The validator's message, prefixed with the identifier it was found in. */
    private static Gs1ParseException about(String epc, Gs1ParseException e) {
        return new Gs1ParseException("identifier '" + epc + "': " + e.getMessage());
    }

    private static int hexByte(char high, char low) {
        int h = Character.digit(high, 16);
        int l = Character.digit(low, 16);
        return h < 0 || l < 0 || high > 'f' || low > 'f' ? -1 : h * 16 + l;
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
