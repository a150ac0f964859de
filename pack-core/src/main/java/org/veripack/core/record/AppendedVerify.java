package org.veripack.core.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.veripack.core.alert.AlertIds;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.cache.CachedView;
import org.veripack.core.rules.Caller;
import org.veripack.core.rules.Decision;
import org.veripack.core.rules.PackRequest;
import org.veripack.core.rules.PackRules;
import org.veripack.core.rules.Role;

/**
 * A verify answered from the hot cache: its record is appended to the shard's stream by the same script call that
 * read the cache, with the request and the cached values the answer was decided on. When the record is moved to
 * PostgreSQL, the answer is decided again from exactly those inputs at the request's instant ({@link PackRules#at}),
 * so the stored code is the one the caller got, without a second round trip on the request path.
 */
public record AppendedVerify(Instant at, Channel channel, String gtin, String serial, String batch, String expiry,
        String location, Role role, String actor, String txId, UUID requestId, String productValue, String packValue,
        String batchValue) {

    static final String AT = "t";
    static final String CHANNEL = "c";
    static final String GTIN = "g";
    static final String SERIAL = "s";
    static final String BATCH = "b";
    static final String EXPIRY = "e";
    static final String LOCATION = "l";
    static final String ROLE = "r";
    static final String ACTOR = "a";
    static final String TX_ID = "x";
    static final String REQUEST_ID = "q";
    static final String PRODUCT_VALUE = "vp";
    static final String PACK_VALUE = "vk";
    static final String BATCH_VALUE = "vb";

    /** The field/value pairs the request side sends to the read script (the script adds the cached values). */
    public static List<String> requestFields(Instant at, Channel channel, String gtin, String serial, String batch,
            String expiry, Caller caller, String txId, UUID requestId) {
        List<String> fields = new ArrayList<>(24);
        add(fields, AT, Long.toString(at.getEpochSecond() * 1_000_000L + at.getNano() / 1000));
        add(fields, CHANNEL, channel.name());
        add(fields, GTIN, gtin);
        add(fields, SERIAL, serial);
        add(fields, BATCH, batch);
        add(fields, EXPIRY, expiry);
        add(fields, LOCATION, caller.location());
        add(fields, ROLE, caller.role().claim());
        add(fields, ACTOR, caller.actor());
        add(fields, TX_ID, txId);
        add(fields, REQUEST_ID, requestId.toString());
        return fields;
    }

    /** Reads a stream entry; a malformed one is refused with IllegalArgumentException (the caller sets it aside). */
    public static AppendedVerify read(Map<String, String> fields) {
        String micros = required(fields, AT);
        long value = Long.parseLong(micros);
        Instant at = Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1000);
        return new AppendedVerify(at, Channel.valueOf(required(fields, CHANNEL)), required(fields, GTIN),
                required(fields, SERIAL), fields.get(BATCH), fields.get(EXPIRY), fields.get(LOCATION),
                Role.fromClaim(required(fields, ROLE)), fields.get(ACTOR), fields.get(TX_ID),
                UUID.fromString(required(fields, REQUEST_ID)), required(fields, PRODUCT_VALUE),
                required(fields, PACK_VALUE), required(fields, BATCH_VALUE));
    }

    /** The record of this verify: the rules decide again on the recorded inputs, at the recorded instant. */
    public OperationRecord record(PackRules rules) {
        CachedView cached = CachedView.decode(gtin, serial, productValue, packValue, batchValue, at, rules.zone());
        Caller caller = new Caller(role, location, actor);
        Decision decision = rules.at(at).decide(PackRequest.verify(batch, expiry), cached.view(), caller);
        UUID alertId = decision.raisesAlert() ? alertIdOf(location, txId, requestId, gtin, serial) : null;
        return new OperationRecord(at, RecordedOperation.VERIFY, channel, gtin, serial, batch, expiry, location,
                role.claim(), actor, decision.code().name(), alertId, txId, requestId, null);
    }

    /** The alert id of a verify: stable per location and txId, or per request when the client sent no txId. */
    public static UUID alertIdOf(String location, String txId, UUID requestId, String gtin, String serial) {
        return AlertIds.forRequest(location, txId != null ? txId : requestId.toString(), AlertSource.VERIFY, gtin, serial);
    }

    private static void add(List<String> fields, String name, String value) {
        if (value != null) {
            fields.add(name);
            fields.add(value);
        }
    }

    private static String required(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the record entry has no '" + name + "' field");
        }
        return value;
    }
}
