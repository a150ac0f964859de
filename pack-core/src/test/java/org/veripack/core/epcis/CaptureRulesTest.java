package org.veripack.core.epcis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.veripack.core.epcis.Events.SSCC;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.veripack.core.epcis.EventMeaning.Commissioning;
import org.veripack.core.epcis.EventMeaning.Packing;
import org.veripack.core.epcis.EventMeaning.Unpacking;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/** Each captured event, and each way an event is refused by its index. */
class CaptureRulesTest {

    private static final CaptureRules RULES = new CaptureRules(Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void commissioningGivesTheLotAndTheExpiryAsYymmdd() {
        assertThat(RULES.meaning(Events.commissioning().event())).isEqualTo(new Commissioning("LOT-1", "280229"));
    }

    @Test
    void commissioningWithoutDispositionIsCaptured() {
        assertThat(RULES.meaning(change(Events.commissioning(), e -> e.disposition = null))).isInstanceOf(Commissioning.class);
    }

    @Test
    void packingGivesTheCanonicalParentSscc() {
        assertThat(RULES.meaning(Events.packing().event())).isEqualTo(new Packing(SSCC));
        assertThat(RULES.meaning(change(Events.packing(), e -> e.parentId = "https://id.gs1.org/00/" + SSCC))).isEqualTo(new Packing(SSCC));
    }

    @Test
    void unpackingListedChildrenOrAll() {
        assertThat(RULES.meaning(Events.unpacking().event())).isEqualTo(new Unpacking(SSCC, false));
        assertThat(RULES.meaning(change(Events.unpacking(), e -> e.childCount = 0))).isEqualTo(new Unpacking(SSCC, true));
    }

    @Test
    void eventWithoutTypeIsRefused() {
        assertRefused(change(Events.commissioning(), e -> e.type = null), Reason.INVALID_REQUEST, "the event has no type");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TransformationEvent", "TransactionEvent", "AssociationEvent", "objectevent"})
    void otherEventTypesAreRefusedByName(String type) {
        assertRefused(change(Events.commissioning(), e -> e.type = type), Reason.INVALID_REQUEST, "a " + type + " is not captured");
    }

    @Test
    void cbvDecommissioningIsRefusedAsNotTheFmdDecommission() {
        Refusal refusal = assertRefused(change(Events.commissioning(), e -> e.bizStep = "decommissioning"), Reason.INVALID_REQUEST,
                "bizStep decommissioning");
        assertThat(refusal.getMessage()).contains("not the FMD decommission").contains("/api/v1/packs/decommission");
    }

    @Test
    void eventTimeIsRequiredAndTheOffsetMustBeOne() {
        assertRefused(change(Events.commissioning(), e -> e.eventTime = null), Reason.INVALID_REQUEST, "the event has no eventTime");
        assertRefused(change(Events.packing(), e -> e.offset = "CET"), Reason.INVALID_REQUEST, "eventTimeZoneOffset 'CET'");
        assertRefused(change(Events.packing(), e -> e.offset = "+15:00"), Reason.INVALID_REQUEST, "eventTimeZoneOffset '+15:00'");
        assertThat(RULES.meaning(change(Events.packing(), e -> e.offset = null))).isInstanceOf(Packing.class);
        assertThat(RULES.meaning(change(Events.packing(), e -> e.offset = "-09:30"))).isInstanceOf(Packing.class);
    }

    @Test
    void objectEventOtherThanACommissioningIsRefused() {
        assertRefused(change(Events.commissioning(), e -> e.action = "OBSERVE"), Reason.INVALID_REQUEST,
                "an ObjectEvent with action OBSERVE and bizStep commissioning is not captured");
        assertRefused(change(Events.commissioning(), e -> e.bizStep = "shipping"), Reason.INVALID_REQUEST,
                "an ObjectEvent with action ADD and bizStep shipping is not captured");
        assertRefused(change(Events.commissioning(), e -> e.bizStep = "urn:acme:bizstep:make"), Reason.INVALID_REQUEST,
                "bizStep urn:acme:bizstep:make");
    }

    @Test
    void commissioningOnlyAsActive() {
        assertRefused(change(Events.commissioning(), e -> e.disposition = "encoded"), Reason.INVALID_REQUEST,
                "a commissioning's disposition is active, got encoded");
    }

    @Test
    void commissioningListsItsPacksInEpcList() {
        assertRefused(change(Events.commissioning(), e -> e.epcCount = 0), Reason.INVALID_REQUEST, "lists no packs");
        assertRefused(change(Events.commissioning(), e -> e.childCount = 1), Reason.INVALID_REQUEST, "not childEPCs");
    }

    @Test
    void commissioningNeedsAValidLot() {
        assertRefused(change(Events.commissioning(), e -> e.lot = null), Reason.INVALID_REQUEST, "ilmd has no cbvmda:lotNumber");
        assertRefused(change(Events.commissioning(), e -> e.lot = "LOT 1"), Reason.INVALID_REQUEST, "ilmd cbvmda:lotNumber: batch 'LOT 1'");
        assertRefused(change(Events.commissioning(), e -> e.lot = "L".repeat(21)), Reason.INVALID_REQUEST, "at most 20");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-02-29", "2028-13-01", "2028-02-30", "28-02-29", "2028-2-29", "2028-02-29T00:00", "20280229", "2028-00-10"})
    void commissioningNeedsARealCalendarDate(String expiry) {
        assertRefused(change(Events.commissioning(), e -> e.expiry = expiry), Reason.INVALID_REQUEST,
                "ilmd cbvmda:itemExpirationDate '" + expiry + "' is not a calendar date YYYY-MM-DD");
    }

    @Test
    void commissioningNeedsAnExpiry() {
        assertRefused(change(Events.commissioning(), e -> e.expiry = null), Reason.INVALID_REQUEST, "ilmd has no cbvmda:itemExpirationDate");
    }

    @Test
    void expiryTheGs1CenturyRuleWouldReadBackAsAnotherDateIsRefused() {
        assertRefused(change(Events.commissioning(), e -> e.expiry = "2080-01-31"), Reason.INVALID_REQUEST,
                "2080-01-31 cannot be printed as YYMMDD: 800131");
        assertRefused(change(Events.commissioning(), e -> e.expiry = "1976-12-31"), Reason.INVALID_REQUEST, "cannot be printed");
        assertThat(RULES.meaning(change(Events.commissioning(), e -> e.expiry = "2076-12-31"))).isEqualTo(new Commissioning("LOT-1", "761231"));
    }

    @Test
    void aggregationOtherThanPackingOrUnpackingIsRefused() {
        assertRefused(change(Events.packing(), e -> e.action = "OBSERVE"), Reason.INVALID_REQUEST,
                "an AggregationEvent with action OBSERVE and bizStep packing is not captured");
        assertRefused(change(Events.packing(), e -> e.action = "DELETE"), Reason.INVALID_REQUEST, "action DELETE and bizStep packing");
        assertRefused(change(Events.unpacking(), e -> e.action = "ADD"), Reason.INVALID_REQUEST, "action ADD and bizStep unpacking");
        assertRefused(change(Events.packing(), e -> e.bizStep = "receiving"), Reason.INVALID_REQUEST, "bizStep receiving");
    }

    @Test
    void aggregationNeedsAnSsccParentAndItsChildrenInChildEpcs() {
        assertRefused(change(Events.packing(), e -> e.parentId = null), Reason.INVALID_REQUEST, "the event has no parentID");
        assertRefused(change(Events.packing(), e -> e.parentId = "urn:epc:id:sgtin:0614141.107346.CASE1"), Reason.INVALID_IDENTIFIER,
                "parentID: identifier 'urn:epc:id:sgtin:0614141.107346.CASE1' is an SGTIN");
        assertRefused(change(Events.unpacking(), e -> e.parentId = "https://id.gs1.org/00/106141412345678907"), Reason.INVALID_IDENTIFIER,
                "parentID: identifier 'https://id.gs1.org/00/106141412345678907'");
        assertRefused(change(Events.packing(), e -> e.epcCount = 1), Reason.INVALID_REQUEST, "in childEPCs, not epcList");
        assertRefused(change(Events.packing(), e -> e.childCount = 0), Reason.INVALID_REQUEST, "the packing lists no childEPCs");
    }

    @Test
    void childrenArePacksOrUnitsAndAreRefusedByPosition() {
        assertThat(CaptureRules.child(4, 0, "urn:epc:id:sgtin:0614141.107346.S1")).isEqualTo(new PackRef("10614141073464", "S1"));
        assertThat(CaptureRules.child(4, 1, "https://id.gs1.org/00/" + SSCC)).isEqualTo(new UnitRef(SSCC));
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> CaptureRules.child(4, 7, "urn:epc:id:sgln:0614141.00777.0"));
        assertThat(refusal.reason()).isEqualTo(Reason.INVALID_IDENTIFIER);
        assertThat(refusal.getMessage()).startsWith("event 4: childEPCs[7]: identifier 'urn:epc:id:sgln:0614141.00777.0'");
        assertThat(refusal.facts()).containsEntry("eventIndex", 4);
    }

    @Test
    void commissionedPacksShareOneGtin() {
        CommissionedPacks packs = new CommissionedPacks(2);
        assertThat(packs.next("urn:epc:id:sgtin:0614141.107346.S1")).isEqualTo(new PackRef("10614141073464", "S1"));
        assertThat(packs.next("https://id.gs1.org/01/10614141073464/21/S2")).isEqualTo(new PackRef("10614141073464", "S2"));
        Refusal other = catchThrowableOfType(Refusal.class, () -> packs.next("urn:epc:id:sgtin:0614141.007346.S3"));
        assertThat(other.reason()).isEqualTo(Reason.INVALID_REQUEST);
        assertThat(other.getMessage()).startsWith("event 2: epcList[2] 'urn:epc:id:sgtin:0614141.007346.S3' has GTIN 00614141073467")
                .contains("10614141073464").contains("its own event");
        assertThat(packs.gtin()).isEqualTo("10614141073464");
        assertThat(packs.count()).isEqualTo(2);
    }

    @Test
    void commissionedPacksAreSgtinsOnly() {
        CommissionedPacks packs = new CommissionedPacks(0);
        Refusal unit = catchThrowableOfType(Refusal.class, () -> packs.next(Events.SSCC_URN));
        assertThat(unit.reason()).isEqualTo(Reason.INVALID_IDENTIFIER);
        assertThat(unit.getMessage()).startsWith("event 0: epcList[0]: identifier '" + Events.SSCC_URN + "' is an SSCC");
        Refusal badCheckDigit = catchThrowableOfType(Refusal.class, () -> packs.next("https://id.gs1.org/01/10614141073465/21/S1"));
        assertThat(badCheckDigit.getMessage()).startsWith("event 0: epcList[0]: identifier").contains("check digit");
    }

    private static CapturedEvent change(Events events, Consumer<Events> change) {
        change.accept(events);
        return events.event();
    }

    private static Refusal assertRefused(CapturedEvent event, Reason reason, String detail) {
        Refusal refusal = catchThrowableOfType(Refusal.class, () -> RULES.meaning(event));
        assertThat(refusal).as("a refusal of %s", event).isNotNull();
        assertThat(refusal.reason()).isEqualTo(reason);
        assertThat(refusal.getMessage()).startsWith("event " + event.index() + ": ").contains(detail);
        assertThat(refusal.facts()).containsEntry("eventIndex", event.index());
        return refusal;
    }
}
