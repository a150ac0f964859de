package org.veripack.core.record;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Time-ordered request ids in the layout of UUID version 7 (48-bit Unix milliseconds, then random bits): indexes on
 * them grow at their right edge, and a name-based alert id can be derived from one when the client sent no txId.
 * They identify, they do not protect anything, so a fast thread-local generator serves (a SecureRandom behind a
 * lock showed in the verify profile).
 */
public final class RequestIds {

    private RequestIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (epochMillis << 16) | 0x7000L | (random.nextLong() >>> 52 & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
