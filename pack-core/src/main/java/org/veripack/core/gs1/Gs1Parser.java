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
        Map<String, ElementStringParser.Element> elements = DigitalLinkParser.looksLikeDigitalLink(scan)
                ? DigitalLinkParser.parse(scan)
                : ElementStringParser.parse(scan);
        return toIdentifier(elements);
    }

    private PackIdentifier toIdentifier(Map<String, ElementStringParser.Element> elements) {
        ElementStringParser.Element gtinElement = elements.get("01");
        if (gtinElement == null) {
            throw new Gs1ParseException("the scan has no GTIN (AI 01): it does not identify a pack;"
                    + " send the whole code, with (01) or /01/ and the GTIN", -1, "01");
        }
        String gtin;
        try {
            gtin = Gs1Validation.gtin14(gtinElement.value());
        } catch (Gs1ParseException e) {
            throw relocated(e, gtinElement);
        }
        ElementStringParser.Element serial = elements.get("21");
        if (serial == null) {
            throw new Gs1ParseException("the scan has no serial number (AI 21): a pack is identified by GTIN and serial;"
                    + " send the whole code, with (21) or /21/ and the serial", -1, "21");
        }
        checkAlphanumeric(serial, "serial");
        ElementStringParser.Element batch = elements.get("10");
        if (batch != null) {
            checkAlphanumeric(batch, "batch");
        }
        Expiry expiry = null;
        ElementStringParser.Element expiryElement = elements.get("17");
        if (expiryElement != null) {
            try {
                expiry = Expiry.parse(expiryElement.value(), LocalDate.now(clock).getYear());
            } catch (Gs1ParseException e) {
                throw relocated(e, expiryElement);
            }
        }
        Nhrn nhrn = null;
        for (ElementStringParser.Element element : elements.values()) {
            if (Gs1Validation.isNhrnAi(element.ai())) {
                checkAlphanumeric(element, "NHRN");
                nhrn = new Nhrn(element.ai(), element.value());
                break;
            }
        }
        return new PackIdentifier(gtin, serial.value(), batch == null ? null : batch.value(), expiry, nhrn);
    }

    private static void checkAlphanumeric(ElementStringParser.Element element, String name) {
        try {
            Gs1Validation.checkAlphanumeric(element.value(), element.ai(), name, 0);
        } catch (Gs1ParseException e) {
            throw relocated(e, element);
        }
    }

    /** A failure found in an element's value, with its position moved to where the value is in the input. */
    private static Gs1ParseException relocated(Gs1ParseException e, ElementStringParser.Element element) {
        return new Gs1ParseException(e.what(), element.inputPosition(Math.max(e.position(), 0)), element.ai());
    }
}
