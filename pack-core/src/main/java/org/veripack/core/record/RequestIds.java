package org.veripack.core.record;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Time-ordered request ids in the layout of UUID version 7 (48-bit Unix milliseconds, then random bits): indexes on
 * them grow at their right edge, and a name-based alert id can be derived from one when the client sent no txId.
 */
public final class RequestIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        long random = RANDOM.nextLong();
        long high = (epochMillis << 16) | 0x7000L | (random >>> 52 & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
