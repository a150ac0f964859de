package org.veripack.verification.service;

import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.gs1.Gs1Parser;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.gs1.PackIdentifier;

import org.veripack.core.rules.PackStatus;
import org.veripack.verification.rest.PackRequestBody;

/** Turns a request body into a pack identifier (fields, or a scan parsed by pack-core) and a state. */
@ApplicationScoped
public class PackRequests {

    @Inject
    Clock clock;

    public PackIdentifier identifier(PackRequestBody body) {
        if (body == null) {
            throw Refusal.invalid("the body is missing: send {\"gtin\",\"serial\",\"batch\",\"expiry\"} or {\"scan\"}");
        }
        if (body.scan() != null) {
            if (body.gtin() != null || body.serial() != null || body.batch() != null || body.expiry() != null) {
                throw Refusal.invalid("send either \"scan\" or the fields gtin, serial, batch, expiry, not both");
            }
            return new Gs1Parser(clock).parse(body.scan());
        }
        if (body.gtin() == null || body.serial() == null) {
            throw Refusal.invalid("\"gtin\" and \"serial\" are required (or send the whole \"scan\")");
        }
        String gtin = Gs1Validation.gtin14(body.gtin());
        String serial = Gs1Validation.serial(body.serial());
        String batch = body.batch() == null ? null : Gs1Validation.batch(body.batch());
        Expiry expiry = body.expiry() == null ? null : Expiry.parse(body.expiry(), LocalDate.now(clock).getYear());
        return new PackIdentifier(gtin, serial, batch, expiry);
    }

    public PackStatus state(PackRequestBody body) {
        if (body == null || body.state() == null) {
            throw Refusal.invalid("\"state\" is required: one of SUPPLIED, DESTROYED, EXPORTED, STOLEN, "
                    + "SAMPLE, FREE_SAMPLE, LOCKED, CHECKED_OUT");
        }
        try {
            return PackStatus.valueOf(body.state().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid("\"state\" '" + body.state() + "' is not a pack state: send one of SUPPLIED, "
                    + "DESTROYED, EXPORTED, STOLEN, SAMPLE, FREE_SAMPLE, LOCKED, CHECKED_OUT");
        }
    }

    public String txId(PackRequestBody body) {
        String txId = body == null ? null : body.txId();
        if (txId != null && (txId.isBlank() || txId.length() > 100)) {
            throw Refusal.invalid("\"txId\" must be 1 to 100 characters");
        }
        return txId;
    }
}
