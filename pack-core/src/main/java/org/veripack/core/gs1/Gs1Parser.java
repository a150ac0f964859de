package org.veripack.core.gs1;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Turns what a scanner sends (a GS1 element string, bracketed or raw, or a GS1 Digital Link URI)
 * into one {@link PackIdentifier}. Every failure is a {@link Gs1ParseException} that says what was
 * wrong and where.
 */
public final class Gs1Parser {

    private final Clock clock;

    /** @param clock gives the current year for the GS1 century rule of expiry dates */
    public Gs1Parser(Clock clock) {
        this.clock = clock;
    }

    public PackIdentifier parse(String scan) {
        if (scan == null || scan.isEmpty()) {
            throw new Gs1ParseException("the scan is empty: send the GS1 element string or Digital Link of the pack", 0, null);
        }
        boolean digitalLink = DigitalLinkParser.looksLikeDigitalLink(scan);
        Map<String, ElementStringParser.Element> elements = digitalLink
                ? DigitalLinkParser.parse(scan)
                : ElementStringParser.parse(scan);
        return toIdentifier(elements, digitalLink);
    }

    private PackIdentifier toIdentifier(Map<String, ElementStringParser.Element> elements, boolean digitalLink) {
        ElementStringParser.Element gtinElement = elements.get("01");
        if (gtinElement == null) {
            throw new Gs1ParseException("the scan has no GTIN (AI 01): it does not identify a pack", -1, "01");
        }
        String gtin;
        try {
            gtin = digitalLink ? Gs1Validation.gtin14(gtinElement.value()) : checkedGtin14(gtinElement);
        } catch (Gs1ParseException e) {
            throw new Gs1ParseException(messageOf(e), gtinElement.position() + Math.max(e.position(), 0), "01");
        }
        ElementStringParser.Element serial = elements.get("21");
        if (serial == null) {
            throw new Gs1ParseException("the scan has no serial number (AI 21)", -1, "21");
        }
        Gs1Validation.checkAlphanumeric(serial.value(), "21", "serial", serial.position());
        ElementStringParser.Element batch = elements.get("10");
        if (batch != null) {
            Gs1Validation.checkAlphanumeric(batch.value(), "10", "batch", batch.position());
        }
        Expiry expiry = null;
        ElementStringParser.Element expiryElement = elements.get("17");
        if (expiryElement != null) {
            try {
                expiry = Expiry.parse(expiryElement.value(), LocalDate.now(clock).getYear());
            } catch (Gs1ParseException e) {
                throw new Gs1ParseException(messageOf(e), expiryElement.position() + Math.max(e.position(), 0), "17");
            }
        }
        Nhrn nhrn = null;
        for (ElementStringParser.Element element : elements.values()) {
            if (Gs1Validation.isNhrnAi(element.ai())) {
                Gs1Validation.checkAlphanumeric(element.value(), element.ai(), "NHRN", element.position());
                nhrn = new Nhrn(element.ai(), element.value());
                break;
            }
        }
        return new PackIdentifier(gtin, serial.value(), batch == null ? null : batch.value(), expiry, nhrn);
    }

    private static String checkedGtin14(ElementStringParser.Element element) {
        return Gs1Validation.gtin14(element.value());
    }

    /** The message of a nested failure without its own "(AI .., at position ..)" suffix. */
    private static String messageOf(Gs1ParseException e) {
        String message = e.getMessage();
        int suffix = message.lastIndexOf(" (AI ");
        if (suffix < 0) {
            suffix = message.lastIndexOf(" (at position ");
        }
        return suffix < 0 ? message : message.substring(0, suffix);
    }
}
