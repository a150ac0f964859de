package org.veripack.core.epcis;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.veripack.core.epcis.EventMeaning.Commissioning;
import org.veripack.core.epcis.EventMeaning.Packing;
import org.veripack.core.epcis.EventMeaning.Unpacking;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.gs1.Gs1ParseException;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/**
 * Says what a {@link CapturedEvent} means, or refuses it. Veripack captures three events:
 * <ul>
 * <li>ObjectEvent, action ADD, bizStep commissioning (disposition active or absent), the packs in epcList, ilmd
 * with {@code cbvmda:lotNumber} and {@code cbvmda:itemExpirationDate} ({@code YYYY-MM-DD}) → {@link Commissioning};</li>
 * <li>AggregationEvent, action ADD, bizStep packing, parentID an SSCC, childEPCs → {@link Packing};</li>
 * <li>AggregationEvent, action DELETE, bizStep unpacking, parentID an SSCC, childEPCs or none (all) → {@link Unpacking}.</li>
 * </ul>
 * Every refusal is a {@link Refusal} whose message starts with {@code "event <index>: "} and which carries the
 * fact {@code eventIndex}: INVALID_IDENTIFIER for an identifier, INVALID_REQUEST for anything else. The
 * identifiers of the lists are judged one by one as they stream, by {@link CommissionedPacks} and {@link #child}.
 */
public final class CaptureRules {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ZONE_OFFSET = Pattern.compile("[+-](0\\d|1[0-4]):[0-5]\\d");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd");
    private static final String CAPTURED = "Veripack captures an ObjectEvent commissioning packs (action ADD, bizStep"
            + " commissioning) and an AggregationEvent packing (action ADD, bizStep packing) or unpacking (action DELETE,"
            + " bizStep unpacking) a logistic unit";

    private final Clock clock;

    /** @param clock gives the current year, against which a YYMMDD expiry is read (the GS1 century rule) */
    public CaptureRules(Clock clock) {
        this.clock = clock;
    }

    /** What the event means; refused, naming its index, when it is none of the three captured events. */
    public EventMeaning meaning(CapturedEvent event) {
        int index = event.index();
        if (event.type() == null) {
            throw refusal(Reason.INVALID_REQUEST, index, "the event has no type: " + CAPTURED);
        }
        if (Cbv.DECOMMISSIONING.equals(event.bizStep())) {
            throw refusal(Reason.INVALID_REQUEST, index, "bizStep decommissioning is the CBV's (an identifier taken off an"
                    + " object), not the FMD decommission of a pack, and is not captured: decommission packs (supplied,"
                    + " destroyed, ...) with POST /api/v1/packs/decommission or a sealed unit with POST /api/v1/units/{sscc}/decommission");
        }
        if (event.eventTime() == null) {
            throw refusal(Reason.INVALID_REQUEST, index, "the event has no eventTime: send when it happened, as in 2026-03-01T10:15:30.000Z");
        }
        String offset = event.eventTimeZoneOffset();
        if (offset != null && !ZONE_OFFSET.matcher(offset).matches()) {
            throw refusal(Reason.INVALID_REQUEST, index, "eventTimeZoneOffset '" + offset + "' is not an offset: send +hh:mm or -hh:mm, as in +01:00");
        }
        return switch (event.type()) {
            case CapturedEvent.OBJECT_EVENT -> commissioning(event);
            case CapturedEvent.AGGREGATION_EVENT -> aggregation(event);
            default -> throw refusal(Reason.INVALID_REQUEST, index, "a " + event.type() + " is not captured: " + CAPTURED);
        };
    }

    /** One identifier of a packing's or unpacking's childEPCs (at {@code position}), as a pack or a unit. */
    public static ChildRef child(int eventIndex, int position, String epc) {
        try {
            return EpcIdentifiers.child(epc);
        } catch (Gs1ParseException e) {
            throw refusal(Reason.INVALID_IDENTIFIER, eventIndex, "childEPCs[" + position + "]: " + e.getMessage());
        }
    }

    private Commissioning commissioning(CapturedEvent event) {
        int index = event.index();
        if (!"ADD".equals(event.action()) || !Cbv.COMMISSIONING.equals(event.bizStep())) {
            throw refusal(Reason.INVALID_REQUEST, index, "an ObjectEvent with action " + event.action() + " and bizStep "
                    + event.bizStep() + " is not captured: " + CAPTURED);
        }
        if (event.disposition() != null && !Cbv.ACTIVE.equals(event.disposition())) {
            throw refusal(Reason.INVALID_REQUEST, index, "a commissioning's disposition is active, got " + event.disposition()
                    + ": send active or leave it out");
        }
        if (event.childCount() > 0) {
            throw refusal(Reason.INVALID_REQUEST, index, "an ObjectEvent lists its packs in epcList, not childEPCs");
        }
        if (event.epcCount() == 0) {
            throw refusal(Reason.INVALID_REQUEST, index, "the commissioning lists no packs: send their SGTINs in epcList");
        }
        return new Commissioning(lot(event), expiry(index, event.expiry()));
    }

    private static String lot(CapturedEvent event) {
        if (event.lot() == null) {
            throw refusal(Reason.INVALID_REQUEST, event.index(), "ilmd has no cbvmda:lotNumber: send the batch of the packs");
        }
        try {
            return Gs1Validation.batch(event.lot());
        } catch (Gs1ParseException e) {
            throw refusal(Reason.INVALID_REQUEST, event.index(), "ilmd cbvmda:lotNumber: " + e.getMessage());
        }
    }

    /** YYYY-MM-DD to the YYMMDD text of AI (17), refused when the GS1 century rule would read it back otherwise. */
    private String expiry(int index, String text) {
        if (text == null) {
            throw refusal(Reason.INVALID_REQUEST, index, "ilmd has no cbvmda:itemExpirationDate: send the expiry date as YYYY-MM-DD");
        }
        LocalDate date;
        try {
            if (!ISO_DATE.matcher(text).matches()) {
                throw new DateTimeException(text);
            }
            date = LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw refusal(Reason.INVALID_REQUEST, index, "ilmd cbvmda:itemExpirationDate '" + text
                    + "' is not a calendar date YYYY-MM-DD: send one, as in 2028-02-29");
        }
        String yymmdd = date.format(YYMMDD);
        LocalDate readBack;
        try {
            readBack = Expiry.parse(yymmdd, LocalDate.now(clock).getYear()).lastDay();
        } catch (Gs1ParseException e) {
            readBack = null; // 29 February read back in a century year that is no leap year
        }
        if (!date.equals(readBack)) {
            throw refusal(Reason.INVALID_REQUEST, index, "ilmd cbvmda:itemExpirationDate " + text + " cannot be printed as YYMMDD: "
                    + yymmdd + " reads as another date by the GS1 century rule; send a date less than 50 years away");
        }
        return yymmdd;
    }

    private static EventMeaning aggregation(CapturedEvent event) {
        int index = event.index();
        boolean packing = "ADD".equals(event.action()) && Cbv.PACKING.equals(event.bizStep());
        boolean unpacking = "DELETE".equals(event.action()) && Cbv.UNPACKING.equals(event.bizStep());
        if (!packing && !unpacking) {
            throw refusal(Reason.INVALID_REQUEST, index, "an AggregationEvent with action " + event.action() + " and bizStep "
                    + event.bizStep() + " is not captured: " + CAPTURED);
        }
        if (event.epcCount() > 0) {
            throw refusal(Reason.INVALID_REQUEST, index, "an AggregationEvent lists its children in childEPCs, not epcList");
        }
        if (event.parentId() == null) {
            throw refusal(Reason.INVALID_REQUEST, index, "the event has no parentID: send the SSCC of the logistic unit");
        }
        String parent;
        try {
            parent = EpcIdentifiers.sscc(event.parentId());
        } catch (Gs1ParseException e) {
            throw refusal(Reason.INVALID_IDENTIFIER, index, "parentID: " + e.getMessage());
        }
        if (packing && event.childCount() == 0) {
            throw refusal(Reason.INVALID_REQUEST, index, "the packing lists no childEPCs: send the packs or units put into " + parent);
        }
        return packing ? new Packing(parent) : new Unpacking(parent, event.childCount() == 0);
    }

    static Refusal refusal(Reason reason, int eventIndex, String detail) {
        return new Refusal(reason, "event " + eventIndex + ": " + detail).with("eventIndex", eventIndex);
    }
}
