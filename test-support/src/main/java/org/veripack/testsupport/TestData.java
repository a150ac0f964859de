package org.veripack.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.veripack.core.gs1.CheckDigit;

/**
 * Fresh identifiers for each test, so tests never depend on each other or on what an earlier run left in the
 * test database.
 */
public final class TestData {

    private TestData() {
    }

    /** A random GTIN-14 with a valid check digit, led by 0 like a GTIN-13 padded to 14 digits. */
    public static String gtin() {
        return CheckDigit.append("0" + digits(12));
    }

    /** A random GLN with a valid check digit. */
    public static String gln() {
        return CheckDigit.append(digits(12));
    }

    public static String mah() {
        return "MAH-" + digits(8);
    }

    /** {@code count} distinct serials with the given prefix. */
    public static List<String> serials(String prefix, int count) {
        List<String> serials = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            serials.add(prefix + i);
        }
        return serials;
    }

    private static String digits(int count) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return digits.toString();
    }
}
