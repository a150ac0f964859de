package org.veripack.core.paging;

import org.veripack.core.refusal.Refusal;

/** Query parameters that must be whole numbers: parsed here so a bad one is a 400 that names it. */
public final class Paging {

    private Paging() {
    }

    public static int number(String name, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw Refusal.invalid("\"" + name + "\" must be a whole number, not '" + value + "'");
        }
    }

    /** A checked page request: page from 0, size 1 to {@code maxSize}, and an offset an int holds. */
    public record Page(int page, int size) {
        public long offset() {
            return (long) page * size;
        }
    }

    public static Page page(String page, String size, int maxSize) {
        return page(number("page", page), number("size", size), maxSize);
    }

    /** The same checks for parameters already bound as numbers. */
    public static Page page(int number, int count, int maxSize) {
        if (number < 0) {
            throw Refusal.invalid("\"page\" counts from 0");
        }
        if (count < 1 || count > maxSize) {
            throw Refusal.invalid("\"size\" must be 1 to " + maxSize);
        }
        if ((long) number * count > Integer.MAX_VALUE) {
            throw Refusal.invalid("\"page\" is too large for this size: narrow the filters (from, to) instead");
        }
        return new Page(number, count);
    }
}
