package org.veripack.core.epcis;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of an event's content, fed as the event is read: each identifier list has its own running digest
 * (identifiers can come before the fields, and a list is never held in memory), folded into the digest of
 * the fields at the end. Every value is length-prefixed and every null marked, so no two different contents
 * encode alike ("ab" + "c" differs from "a" + "bc", an absent field from an empty one).
 */
final class ContentHash {

    private final MessageDigest epcList = sha256();
    private final MessageDigest childEpcs = sha256();
    private long epcListCount;
    private long childEpcsCount;

    void identifier(EpcListKind list, String epc) {
        if (list == EpcListKind.EPC_LIST) {
            update(epcList, epc);
            epcListCount++;
        } else {
            update(childEpcs, epc);
            childEpcsCount++;
        }
    }

    /** The hex digest of the given fields (in the caller's fixed order, nulls allowed) and of both lists. */
    String finish(String... fields) {
        MessageDigest all = sha256();
        for (String field : fields) {
            update(all, field);
        }
        all.update(ByteBuffer.allocate(16).putLong(epcListCount).putLong(childEpcsCount).array());
        all.update(epcList.digest());
        all.update(childEpcs.digest());
        return HexFormat.of().formatHex(all.digest());
    }

    private static void update(MessageDigest digest, String value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
