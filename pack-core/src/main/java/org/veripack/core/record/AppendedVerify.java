package org.veripack.core.record;

import java.time.Instant;
import java.util.UUID;
import org.veripack.core.alert.AlertIds;
import org.veripack.core.alert.AlertSource;
import org.veripack.core.cache.CachedPolicy;
import org.veripack.core.cache.CachedView;
import org.veripack.core.dscsa.DscsaAnswer;
import org.veripack.core.dscsa.DscsaRecords;
import org.veripack.core.dscsa.DscsaRequest;
import org.veripack.core.dscsa.DscsaRules;
import org.veripack.core.dscsa.DscsaView;
import org.veripack.core.gs1.Expiry;
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
 * expiry, location, role, actor, txId, request id (an absent value is empty), and for a DSCSA request its context
 * (its txId is the request's corrUUID, its location the reqGLN, its batch and expiry the lot and exp asked about);
 * {@code v} = the cached product, pack, batch and DSCSA policy, as the read script found them.
 */
public record AppendedVerify(Instant at, Channel channel, String gtin, String serial, String batch, String expiry,
        String location, Role role, String actor, String txId, UUID requestId, String productValue, String packValue,
        String batchValue, String policyValue, String dscsaContext) {

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

    /** The request part of a DSCSA request: lot and exp in the batch and expiry fields, corrUUID as txId. */
    public static String dscsaRequestPart(Instant at, DscsaRequest request, String corrUuid, Caller caller,
            UUID requestId) {
        Caller asked = new Caller(caller.role(), request.reqGln(), caller.actor());
        return requestPart(at, Channel.DSCSA, request.gtin(), request.serial(), request.lot(), request.expiry().text(),
                asked, corrUuid, requestId) + SEPARATOR + request.context().wire();
    }

    /** Reads a stream entry; a malformed one is refused with IllegalArgumentException (the caller drops it). */
    public static AppendedVerify read(String request, String values) {
        if (request == null || values == null) {
            throw new IllegalArgumentException("the record entry lacks its '" + REQUEST_FIELD + "' or '" + VALUES_FIELD + "' field");
        }
        // the channel is the second part; a DSCSA request has one part more (its context)
        int channelAt = request.indexOf(SEPARATOR) + 1;
        boolean dscsa = request.startsWith(Channel.DSCSA.name() + SEPARATOR, channelAt);
        String[] r = split(request, dscsa ? REQUEST_PARTS + 1 : REQUEST_PARTS);
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
                values.substring(packAt + 1, batchAt), values.substring(batchAt + 1, policyAt),
                empty(values.substring(policyAt + 1)), dscsa ? r[11] : null);
    }

    /** The record of this verify: the rules decide again on the recorded inputs, at the recorded instant. */
    public OperationRecord record(PackRules rules) {
        CachedView cached = CachedView.decode(gtin, serial, productValue, packValue, batchValue, at, rules.zone());
        if (channel == Channel.DSCSA) {
            return dscsaRecord(cached, rules.zone());
        }
        Caller caller = new Caller(role, location, actor);
        Decision decision = rules.at(at).decide(PackRequest.verify(batch, expiry), cached.view(), caller);
        UUID alertId = decision.raisesAlert() ? alertIdOf(location, txId, requestId, gtin, serial) : null;
        return new OperationRecord(at, RecordedOperation.VERIFY, channel, gtin, serial, batch, expiry, location,
                role.claim(), actor, decision.code().name(), alertId, txId, requestId, null);
    }

    /** A DSCSA request's record: pack-core's DSCSA table decides again on the recorded inputs, at the recorded day. */
    private OperationRecord dscsaRecord(CachedView cached, java.time.ZoneId zone) {
        java.time.LocalDate day = at.atZone(zone).toLocalDate();
        DscsaRequest request = new DscsaRequest(gtin, batch, serial, Expiry.parse(expiry, day.getYear()),
                DscsaRecords.context(dscsaContext), location, txId, null, null, null);
        CachedPolicy policy = CachedPolicy.decode(policyValue);
        DscsaAnswer answer = DscsaRules.decide(request, DscsaView.of(cached.view(), cached.pack().quarantine()),
                (policy == null ? CachedPolicy.DEFAULT : policy).policy(), day);
        return new OperationRecord(at, RecordedOperation.VERIFY, channel, gtin, serial, batch, expiry, location,
                role.claim(), actor, answer.recordCode(), null, txId, requestId,
                DscsaRecords.details(txId, request.context(), answer));
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
