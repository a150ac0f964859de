package org.veripack.core.diagnosis;

import java.util.HashMap;
import java.util.Map;

/**
 * R6: what a scanner or keyboard wedge configured for one keyboard layout types on a computer set to the other. A
 * wedge sends key positions, not characters, so the computer reads the character its own layout has on the key the
 * scanner's layout uses for the printed one.
 *
 * <p><b>The table is our assumption</b> (the research found no published one, reference/next-capabilities.md §4.4):
 * it pairs the German layout (T1, DIN 2137) with the US ANSI layout, key by key, keeping only pairs where both
 * characters are in GS1 set 82. Pairs with a character outside set 82 ({@code -} on the German {@code ß} key,
 * {@code "} on {@code @}, {@code &} on {@code ^}, {@code +} and {@code *} on {@code ]} and <code>}</code>,
 * {@code '} on {@code |}, {@code ;} and {@code :} on {@code ö} and {@code Ö}, ...) cannot lead to an alert: the
 * request holds a character outside set 82 and is refused as invalid. Scanners that type special characters as
 * ALT+numpad codes are not affected. Y and Z swap too (R2 alone covers a swap of Y and Z only).
 *
 * <pre>
 *   key (US / German)     US types   German types
 *   Shift+7               &amp;          /
 *   Shift+8               *          (
 *   Shift+9               (          )
 *   Shift+0               )          =
 *   Shift+minus/ß         _          ?
 *   slash/minus           /          -
 *   Shift+slash/minus     ?          _
 *   Shift+comma           &lt;          ;
 *   Shift+period          &gt;          :
 *   Y/Z (both cases)      y z        z y
 * </pre>
 * Digits, the other letters, {@code ! % , .} are on the same keys in both layouts.
 */
enum KeyboardLayoutMismatch {
    /** The scanner types US key positions, the computer reads them with the German layout. */
    US_SCANNER_GERMAN_COMPUTER,
    /** The scanner types German key positions, the computer reads them with the US layout. */
    GERMAN_SCANNER_US_COMPUTER;

    /** Per key: the character the US layout types, then the one the German layout types. */
    private static final String[] SAME_KEY = {"&/", "*(", "()", ")=", "_?", "/-", "?_", "<;", ">:", "yz", "zy", "YZ", "ZY"};
    private static final String SAME_IN_BOTH = "0123456789!%,.ABCDEFGHIJKLMNOPQRSTUVWXabcdefghijklmnopqrstuvwx";

    private final Map<Character, Character> originalByReceived = new HashMap<>();

    static {
        for (String key : SAME_KEY) {
            char us = key.charAt(0);
            char german = key.charAt(1);
            US_SCANNER_GERMAN_COMPUTER.originalByReceived.put(german, us);
            GERMAN_SCANNER_US_COMPUTER.originalByReceived.put(us, german);
        }
        for (char same : SAME_IN_BOTH.toCharArray()) {
            US_SCANNER_GERMAN_COMPUTER.originalByReceived.put(same, same);
            GERMAN_SCANNER_US_COMPUTER.originalByReceived.put(same, same);
        }
    }

    /**
     * The printed value that arrives as {@code received} under this mismatch; null when no printed value of set 82
     * arrives like that (a character of {@code received} cannot come out of this mismatch).
     */
    String original(String received) {
        StringBuilder original = new StringBuilder(received.length());
        for (int i = 0; i < received.length(); i++) {
            Character printed = originalByReceived.get(received.charAt(i));
            if (printed == null) {
                return null;
            }
            original.append(printed);
        }
        return original.toString();
    }

    /** Whether this mismatch changes a character of {@code received} other than a letter. */
    boolean remapsSpecialCharacter(String received) {
        for (int i = 0; i < received.length(); i++) {
            char c = received.charAt(i);
            Character printed = originalByReceived.get(c);
            if (printed != null && printed != c && !Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }
}
