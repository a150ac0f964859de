package org.veripack.core.record;

import java.time.Instant;
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
 * <p>
 * On the stream an entry has two fields, each a list separated by the unit separator U+001F (which no GS1 field,
 * GLN or role holds; an actor's is replaced): {@code r} = at (epoch microseconds), channel, gtin, serial, batch,
 * expiry, location, role, actor, txId, request id (an absent value is empty); {@code v} = the cached product, pack,
 * batch and DSCSA policy, as the read script found them.
 */
public record AppendedVerify(Instant at, Channel channel, String gtin, String serial, String batch, String expiry,
        String location, Role role, String actor, String txId, UUID requestId, String productValue, String packValue,
        String batchValue) {

    /** The stream field holding the request part. */
    public static final String REQUEST_FIELD = "r";
    /** The stream field holding the cached values. */
    public static final String VALUES_FIELD = "v";
    static final char SEPARATOR = '\u001F';
    private static final int REQUEST_PARTS = 11;

    /** The request part the request side sends to the read script (the script adds the cached values). */
    public static String requestPart(Instant at, Channel channel, String gtin, String serial, String batch,
            String expiry, Caller caller, String txId, UUID requestId) {
        StringBuilder part = new StringBuilder(160);
        part.append(at.getEpochSecond() * 1_000_000L + at.getNano() / 1000).append(SEPARATOR)
                .append(channel.name()).append(SEPARATOR)
                .append(gtin).append(SEPARATOR)
                .append(serial).append(SEPARATOR);
        append(part, batch);
        append(part, expiry);
        append(part, caller.location());
        append(part, caller.role().claim());
        append(part, caller.actor() == null ? null : caller.actor().replace(SEPARATOR, ' '));
        append(part, txId);
        return part.append(requestId).toString();
    }

    /** Reads a stream entry; a malformed one is refused with IllegalArgumentException (the caller drops it). */
    public static AppendedVerify read(String request, String values) {
        if (request == null || values == null) {
            throw new IllegalArgumentException("the record entry lacks its '" + REQUEST_FIELD + "' or '" + VALUES_FIELD + "' field");
        }
        String[] r = split(request, REQUEST_PARTS);
        // the product value holds the MAH id, which might hold the separator: the other three are taken from the end
        int policyAt = values.lastIndexOf(SEPARATOR);
        int batchAt = values.lastIndexOf(SEPARATOR, policyAt - 1);
        int packAt = values.lastIndexOf(SEPARATOR, batchAt - 1);
        if (packAt < 0) {
            throw new IllegalArgumentException("the record entry's cached values are malformed");
        }
        long micros = Long.parseLong(r[0]);
        Instant at = Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
        return new AppendedVerify(at, Channel.valueOf(r[1]), r[2], r[3], empty(r[4]), empty(r[5]), empty(r[6]),
                Role.fromClaim(r[7]), empty(r[8]), empty(r[9]), UUID.fromString(r[10]), values.substring(0, packAt),
                values.substring(packAt + 1, batchAt), values.substring(batchAt + 1, policyAt));
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

    private static void append(StringBuilder part, String value) {
        if (value != null) {
            part.append(value);
        }
        part.append(SEPARATOR);
    }

    private static String[] split(String text, int parts) {
        String[] split = new String[parts];
        int from = 0;
        for (int i = 0; i < parts - 1; i++) {
            int to = text.indexOf(SEPARATOR, from);
            if (to < 0) {
                throw new IllegalArgumentException("the record entry's request has " + (i + 1) + " parts, not " + parts);
            }
            split[i] = text.substring(from, to);
            from = to + 1;
        }
        split[parts - 1] = text.substring(from);
        return split;
    }

    private static String empty(String value) {
        return value.isEmpty() ? null : value;
    }
}
