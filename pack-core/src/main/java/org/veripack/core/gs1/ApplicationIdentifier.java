package org.veripack.core.gs1;

import java.util.HashMap;
import java.util.Map;

/**
 * What the parser knows of a GS1 application identifier: its data length (fixed, or at most) and
 * whether it belongs to the predefined-length AIs that need no separator after them
 * (00, 01, 02, 11-17, 20, 31-36, 41). AIs a pack may carry beside its identifier are listed so
 * that a scan holding them still parses; their values are skipped.
 */
record ApplicationIdentifier(String code, int length, boolean fixedLength, boolean predefined) {

    private static final Map<String, ApplicationIdentifier> KNOWN = new HashMap<>();

    static {
        predefined("00", 18);
        predefined("01", 14);
        predefined("02", 14);
        for (String ai : new String[] {"11", "12", "13", "15", "16", "17"}) {
            predefined(ai, 6);
        }
        predefined("20", 2);
        for (int prefix = 310; prefix <= 369; prefix++) {
            for (int decimals = 0; decimals <= 9; decimals++) {
                predefined(prefix + "" + decimals, 6);
            }
        }
        for (int ai = 410; ai <= 417; ai++) {
            predefined(String.valueOf(ai), 13);
        }
        for (String ai : new String[] {"10", "21", "22", "243", "254"}) {
            variable(ai, 20);
        }
        for (String ai : new String[] {"240", "241", "250", "251", "253", "90", "400", "401", "403"}) {
            variable(ai, 30);
        }
        variable("235", 28);
        variable("242", 6);
        variable("30", 8);
        variable("37", 8);
        for (int ai = 710; ai <= 715; ai++) {
            variable(String.valueOf(ai), 20);
        }
        KNOWN.put("7003", new ApplicationIdentifier("7003", 10, true, false));
        for (int ai = 91; ai <= 99; ai++) {
            variable(String.valueOf(ai), 90);
        }
    }

    private static void predefined(String code, int length) {
        KNOWN.put(code, new ApplicationIdentifier(code, length, true, true));
    }

    private static void variable(String code, int maxLength) {
        KNOWN.put(code, new ApplicationIdentifier(code, maxLength, false, false));
    }

    /** The AI that starts at {@code position}, trying 2, 3 and 4 digits; null when none is known. */
    static ApplicationIdentifier at(CharSequence text, int position) {
        for (int digits = 2; digits <= 4 && position + digits <= text.length(); digits++) {
            ApplicationIdentifier ai = KNOWN.get(text.subSequence(position, position + digits).toString());
            if (ai != null) {
                return ai;
            }
        }
        return null;
    }

    static ApplicationIdentifier byCode(String code) {
        return KNOWN.get(code);
    }
}
