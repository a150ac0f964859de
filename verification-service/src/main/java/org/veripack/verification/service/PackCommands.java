package org.veripack.verification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.gs1.Gs1Parser;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.gs1.PackIdentifier;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.rules.Operation;
import org.veripack.core.rules.PackRequest;
import org.veripack.core.rules.PackStatus;

/**
 * Turns what a client sent for one pack into a {@link PackCommand}: the pack by fields or by a scan (parsed by
 * pack-core), the state, the txId; and checks that the operation can be asked that way (a change needs batch,
 * expiry and state). Every refusal says what to send instead.
 */
@ApplicationScoped
public class PackCommands {

    static final String STATES = "SUPPLIED, DESTROYED, EXPORTED, STOLEN, SAMPLE, FREE_SAMPLE, LOCKED, CHECKED_OUT";

    private final Clock clock;

    public PackCommands(Clock clock) {
        this.clock = clock;
    }

    /** The fields of one pack as sent. */
    public record Fields(String gtin, String serial, String batch, String expiry, String scan, String state, String txId) {
    }

    public PackCommand command(Operation operation, Fields fields, String sharedState) {
        if (fields == null) {
            throw Refusal.invalid("the pack is missing: send {\"gtin\",\"serial\",\"batch\",\"expiry\"} or {\"scan\"}");
        }
        PackIdentifier id = identifier(fields);
        PackStatus state = operation == Operation.VERIFY ? null : state(fields.state() != null ? fields.state() : sharedState);
        String txId = txId(fields.txId());
        // a change without batch, expiry or state is refused here, before anything is read
        new PackRequest(operation, id.batch(), id.expiryText(), state);
        return new PackCommand(id, state, txId, fields.scan());
    }

    private PackIdentifier identifier(Fields fields) {
        if (fields.scan() != null) {
            if (fields.gtin() != null || fields.serial() != null || fields.batch() != null || fields.expiry() != null) {
                throw Refusal.invalid("send either \"scan\" or the fields gtin, serial, batch, expiry, not both");
            }
            return new Gs1Parser(clock).parse(fields.scan());
        }
        if (fields.gtin() == null || fields.serial() == null) {
            throw Refusal.invalid("\"gtin\" and \"serial\" are required (or send the whole \"scan\")");
        }
        String gtin = Gs1Validation.gtin14(fields.gtin());
        String serial = Gs1Validation.serial(fields.serial());
        String batch = fields.batch() == null ? null : Gs1Validation.batch(fields.batch());
        Expiry expiry = fields.expiry() == null ? null : Expiry.parse(fields.expiry(), LocalDate.now(clock).getYear());
        return new PackIdentifier(gtin, serial, batch, expiry);
    }

    /** A decommissioned state, by name (any case). */
    public static PackStatus state(String state) {
        if (state == null) {
            throw Refusal.invalid("\"state\" is required: one of " + STATES);
        }
        try {
            PackStatus parsed = PackStatus.valueOf(state.toUpperCase(Locale.ROOT));
            if (parsed == PackStatus.ACTIVE) {
                throw new IllegalArgumentException();
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("\"state\" '" + state + "' is not a decommissioned state: send one of " + STATES);
        }
    }

    private static String txId(String txId) {
        if (txId != null && (txId.isBlank() || txId.length() > 100 || txId.indexOf('\u0000') >= 0)) {
            throw Refusal.invalid("\"txId\" must be 1 to 100 characters (no NUL): a value unique to this request at your location");
        }
        return txId;
    }
}
