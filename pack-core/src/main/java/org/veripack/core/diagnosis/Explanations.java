package org.veripack.core.diagnosis;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.veripack.core.rules.PackStatus;

/** The one-sentence explanation of each rule's entry: what was probably read wrong, and what is registered. */
final class Explanations {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Explanations() {
    }

    /** For R1 to R9: the request's values against the candidate's. */
    static String ofReading(Rule rule, AlertFacts facts, Candidate candidate) {
        String difference = difference(facts, candidate);
        return switch (rule) {
            case R1 -> "The letter case was probably inverted (CAPS LOCK or a scanner setting): " + difference + ".";
            case R2 -> "Y and Z were probably swapped by a German/English keyboard layout mismatch: " + difference + ".";
            case R3 -> "The scanner probably did not send a group separator, so the next data element was glued on: "
                    + difference + ".";
            case R4 -> "The product's EAN barcode (or its start) was probably read along and appended: " + difference + ".";
            case R5 -> "The value was probably read incompletely, its last characters missing: " + difference + ".";
            case R6 -> "Special characters were probably changed by a German/US keyboard layout mismatch between scanner"
                    + " and computer: " + difference + ".";
            case R7 -> expiryDayOnly(facts.expiry(), candidate.expiry());
            case R8 -> "The expiry date was probably entered as day-month-year instead of year-month-day: "
                    + facts.expiry() + " was entered, " + candidate.expiry() + " is registered.";
            case R9 -> "One character of the serial was probably misread or mistyped: " + facts.serial() + " was read, "
                    + candidate.serial() + " is the only registered serial" + (facts.batch() == null ? "" : " of batch "
                    + facts.batch()) + " that differs by one character.";
            default -> throw new IllegalArgumentException(rule + " does not try readings");
        };
    }

    static String rescanResolved(OperationRecord rescan, AlertFacts facts) {
        long minutes = Duration.between(facts.raisedAt(), rescan.at()).toMinutes();
        String when = minutes < 1 ? "less than a minute later" : minutes == 1 ? "1 minute later" : minutes + " minutes later";
        return "The same location verified a matching pack successfully " + when + " (serial " + rescan.serial()
                + (rescan.batch() == null ? "" : ", batch " + rescan.batch())
                + "), so the first read was probably a scanner or typing error.";
    }

    static String batchNotUploaded(AlertFacts facts, int locations) {
        return "Batch " + facts.batch() + " is unknown for this product and " + locations
                + " locations reported unknown packs of it within 24 hours, so the manufacturer has probably not"
                + " uploaded this batch yet.";
    }

    static String doubleDecommission(PackStatus status, Instant at) {
        return "This location had already decommissioned this pack itself (" + status
                + (at == null ? "" : " on " + MINUTE.format(at))
                + "), so the alert most likely comes from decommissioning the same pack twice.";
    }

    private static String expiryDayOnly(String read, String registered) {
        String sameDate = read.endsWith("00") || registered.endsWith("00")
                ? "; day 00 means the last day of the month, so both probably name the same date"
                : "; year and month agree";
        return "Only the day of the expiry date differs: " + read + " was read, " + registered + " is registered"
                + sameDate + ".";
    }

    /**
     * "serial ABC12x was read, abc12X is registered", or for several values "serial A and batch B were read, C and D
     * are registered"; values the request did not send are added as "with batch L1" on the registered side.
     */
    static String difference(AlertFacts facts, Candidate candidate) {
        List<String> read = new ArrayList<>();
        List<String> registered = new ArrayList<>();
        List<String> added = new ArrayList<>();
        compare("serial", facts.serial(), candidate.serial(), read, registered, added);
        compare("batch", facts.batch(), candidate.batch(), read, registered, added);
        compare("expiry", facts.expiry(), candidate.expiry(), read, registered, added);
        if (read.isEmpty()) {
            return "the registered pack has serial " + candidate.serial() + ", batch " + candidate.batch()
                    + " and expiry " + candidate.expiry();
        }
        String verb = read.size() == 1 ? " was read, " : " were read, ";
        String registeredVerb = registered.size() == 1 ? " is registered" : " are registered";
        return join(read) + verb + join(registered) + registeredVerb
                + (added.isEmpty() ? "" : " with " + join(added));
    }

    private static void compare(String name, String read, String candidate, List<String> readValues,
            List<String> registeredValues, List<String> added) {
        if (read == null) {
            if (candidate != null && !name.equals("expiry")) {
                added.add(name + " " + candidate);
            }
        } else if (!Objects.equals(read, candidate)) {
            readValues.add(name + " " + read);
            registeredValues.add(String.valueOf(candidate));
        }
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
