package org.veripack.core.gs1;

/**
 * GS1 AI encodable character set 82: {@code ! " % & ' ( ) * + , - . /}, digits, {@code : ; < = > ?},
 * A-Z, {@code _}, a-z. No space, no {@code # $ @ [ \ ] ^ ` { | } ~}. Values are case-sensitive and
 * are never normalised.
 */
public final class CharacterSet82 {

    private static final boolean[] ALLOWED = new boolean[128];

    static {
        for (char c : "!\"%&'()*+,-./:;<=>?_".toCharArray()) {
            ALLOWED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            ALLOWED[c] = true;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            ALLOWED[c] = true;
            ALLOWED[Character.toLowerCase(c)] = true;
        }
    }

    /** Every character of set 82, in code order (useful for generating test data). */
    public static final String ALL = allCharacters();

    private CharacterSet82() {
    }

    public static boolean contains(char c) {
        return c < 128 && ALLOWED[c];
    }

    /** Index of the first character outside set 82, or -1 when there is none. */
    public static int firstInvalid(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            if (!contains(value.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String allCharacters() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (ALLOWED[c]) {
                all.append(c);
            }
        }
        return all.toString();
    }
}
