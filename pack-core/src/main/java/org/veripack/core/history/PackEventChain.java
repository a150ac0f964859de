package org.veripack.core.history;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The tamper-evident chain over a pack's events. Each event's hash is
 * {@code SHA-256(prevHash || field_1 || ... || field_n)} in lower-case hex, where prevHash is the
 * previous event's hash (64 zeros for the first event) and every field is written as a 4-byte
 * big-endian length followed by its UTF-8 bytes (length -1 for null). The fields, in order: gtin,
 * serial, seq (decimal), from, to, location, actor, role, at (ISO-8601 instant in UTC with
 * microseconds, e.g. 2026-11-24T17:22:05.123456Z), txId. A quarantine or release event (where from
 * equals to) then adds three fields: its kind ({@code QUARANTINE} or {@code RELEASE}), the level
 * ({@code SUSPECT}, {@code ILLEGITIMATE}, null for a release) and the reason. A status event adds
 * nothing, so the hashes of events written before quarantine existed stay valid.
 */
public final class PackEventChain {

    public static final String GENESIS = "0".repeat(64);

    private PackEventChain() {
    }

    public static String hash(String prevHash, PackEventRecord event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        field(bytes, prevHash);
        field(bytes, event.gtin());
        field(bytes, event.serial());
        field(bytes, Long.toString(event.seq()));
        field(bytes, event.from());
        field(bytes, event.to());
        field(bytes, event.location());
        field(bytes, event.actor());
        field(bytes, event.role());
        field(bytes, event.at() == null ? null : formatInstant(event.at()));
        field(bytes, event.txId());
        if (event.kind() != PackEventKind.STATUS) {
            field(bytes, event.kind().name());
            field(bytes, event.quarantine());
            field(bytes, event.reason());
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Re-hashes stored events (oldest first) and returns the index of the first broken one, or -1. */
    public static int firstBroken(List<StoredEvent> events) {
        String previous = GENESIS;
        long expectedSeq = 1;
        for (int i = 0; i < events.size(); i++) {
            StoredEvent stored = events.get(i);
            if (stored.event().seq() != expectedSeq
                    || !previous.equals(stored.prevHash())
                    || !hash(previous, stored.event()).equals(stored.hash())) {
                return i;
            }
            previous = stored.hash();
            expectedSeq++;
        }
        return -1;
    }

    /** ISO-8601 with exactly six fraction digits, so that the text does not depend on trailing zeros. */
    static String formatInstant(java.time.Instant at) {
        java.time.LocalDateTime utc = java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
        return String.format("%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", utc.getYear(), utc.getMonthValue(),
                utc.getDayOfMonth(), utc.getHour(), utc.getMinute(), utc.getSecond(), utc.getNano() / 1000);
    }

    private static void field(ByteArrayOutputStream bytes, String value) {
        if (value == null) {
            bytes.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        bytes.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
        bytes.writeBytes(utf8);
    }

    /** An event as read back with its stored hashes. */
    public record StoredEvent(PackEventRecord event, String prevHash, String hash) {
    }
}
