package org.veripack.core.gs1;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes a pack identifier back as a GS1 element string or a GS1 Digital Link URI. */
public final class Gs1Formatter {

    private Gs1Formatter() {
    }

    /**
     * The element string a DataMatrix carries: GTIN and expiry first (predefined length, no
     * separator), then batch, serial and NHRN, a GS after each variable-length value but the last.
     *
     * @param symbologyIdentifier true to start with ]d2, as a scanner configured to send it does
     */
    public static String elementString(PackIdentifier id, boolean symbologyIdentifier) {
        StringBuilder out = new StringBuilder(symbologyIdentifier ? "]d2" : "");
        out.append("01").append(id.gtin());
        if (id.expiry() != null) {
            out.append("17").append(id.expiry().text());
        }
        List<String> variable = new ArrayList<>();
        if (id.batch() != null) {
            variable.add("10" + id.batch());
        }
        variable.add("21" + id.serial());
        if (id.nhrn() != null) {
            variable.add(id.nhrn().ai() + id.nhrn().value());
        }
        out.append(String.join(String.valueOf(ElementStringParser.GS), variable));
        return out.toString();
    }

    /** The human-readable form, {@code (01)...(17)...(10)...(21)...}. */
    public static String bracketed(PackIdentifier id) {
        StringBuilder out = new StringBuilder("(01)").append(id.gtin());
        if (id.expiry() != null) {
            out.append("(17)").append(id.expiry().text());
        }
        if (id.batch() != null) {
            out.append("(10)").append(id.batch());
        }
        out.append("(21)").append(id.serial());
        if (id.nhrn() != null) {
            out.append('(').append(id.nhrn().ai()).append(')').append(id.nhrn().value());
        }
        return out.toString();
    }

    /** A Digital Link on {@code base} (for example {@code https://id.gs1.org}). */
    public static String digitalLink(PackIdentifier id, String base) {
        StringBuilder out = new StringBuilder(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        out.append("/01/").append(id.gtin());
        if (id.batch() != null) {
            out.append("/10/").append(percentEncode(id.batch()));
        }
        out.append("/21/").append(percentEncode(id.serial()));
        char separator = '?';
        if (id.expiry() != null) {
            out.append(separator).append("17=").append(id.expiry().text());
            separator = '&';
        }
        if (id.nhrn() != null) {
            out.append(separator).append(id.nhrn().ai()).append('=').append(percentEncode(id.nhrn().value()));
        }
        return out.toString();
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    public static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
