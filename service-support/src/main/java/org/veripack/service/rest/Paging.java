package org.veripack.service.rest;

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
}
