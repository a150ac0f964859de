package org.veripack.core.diagnosis;

/** How a reading's serial or batch is compared with a registered one. */
public enum MatchMode {
    /** The registered value equals the reading's. */
    EXACT,
    /**
     * The registered value starts with the reading's and is {@value #PREFIX_MIN_EXTRA} to {@value #PREFIX_MAX_EXTRA}
     * characters longer (R5, a truncated read).
     */
    PREFIX;

    public static final int PREFIX_MIN_EXTRA = 1;
    public static final int PREFIX_MAX_EXTRA = 3;

    /** Whether {@code registered} matches {@code read} in this mode. */
    public boolean matches(String read, String registered) {
        if (read == null || registered == null) {
            return false;
        }
        if (this == EXACT) {
            return registered.equals(read);
        }
        int extra = registered.length() - read.length();
        return extra >= PREFIX_MIN_EXTRA && extra <= PREFIX_MAX_EXTRA && registered.startsWith(read);
    }
}
