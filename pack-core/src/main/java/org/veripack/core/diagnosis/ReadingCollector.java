package org.veripack.core.diagnosis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.veripack.core.gs1.CharacterSet82;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.rules.AlertCode;

/**
 * Collects the readings of one alert, keeping only those worth a lookup: of a rule that applies to the alert's
 * code, with serial and batch of 1 to 20 characters of set 82, not {@linkplain Reading#agreesWithRequest agreeing
 * with the request} and, for A2 and A3 (the serial is not registered), with another serial.
 */
final class ReadingCollector {

    private final AlertFacts facts;
    private final Set<Reading> readings = new LinkedHashSet<>();

    ReadingCollector(AlertFacts facts) {
        this.facts = facts;
    }

    AlertFacts facts() {
        return facts;
    }

    boolean applies(Rule rule) {
        return rule.appliesTo(facts.code());
    }

    void add(Reading reading) {
        if (!applies(reading.rule()) || !reading.gtin().equals(facts.gtin()) || reading.agreesWithRequest(facts)
                || keepsUnregisteredSerial(reading) || !isValue(reading.serial())
                || (reading.batch() != null && !isValue(reading.batch()))) {
            return;
        }
        readings.add(reading);
    }

    /** Adds an exact reading of the alert's GTIN. */
    void exact(Rule rule, String serial, String batch, String expiry) {
        add(Reading.exact(rule, facts.gtin(), serial, batch, expiry));
    }

    /**
     * Adds the readings with the serial, the batch, and both changed by {@code change}, which answers null when it
     * changes nothing or cannot apply to a value.
     */
    void serialAndOrBatch(Rule rule, UnaryOperator<String> change) {
        serialAndOrBatch(rule, change.apply(facts.serial()), facts.batch() == null ? null : change.apply(facts.batch()));
    }

    /** Adds the readings with {@code serial}, {@code batch} or both in place of the request's (null: unchanged). */
    void serialAndOrBatch(Rule rule, String serial, String batch) {
        if (serial != null) {
            exact(rule, serial, facts.batch(), facts.expiry());
        }
        if (batch != null) {
            exact(rule, facts.serial(), batch, facts.expiry());
        }
        if (serial != null && batch != null) {
            exact(rule, serial, batch, facts.expiry());
        }
    }

    List<Reading> readings() {
        return new ArrayList<>(readings);
    }

    private boolean keepsUnregisteredSerial(Reading reading) {
        boolean serialUnknown = facts.code() == AlertCode.A2 || facts.code() == AlertCode.A3;
        return serialUnknown && reading.serialMode() == MatchMode.EXACT && reading.serial().equals(facts.serial());
    }

    private static boolean isValue(String value) {
        return !value.isEmpty() && value.length() <= Gs1Validation.MAX_ALPHANUMERIC && CharacterSet82.firstInvalid(value) < 0;
    }
}
