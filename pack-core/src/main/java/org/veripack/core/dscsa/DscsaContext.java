package org.veripack.core.dscsa;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a trading partner asks: the request's {@code context} parameter. */
public enum DscsaContext {
    /** A wholesaler verifying a returned product before it resells it (the common case). */
    SALEABLE_RETURN("dscsaSaleableReturn"),
    /** A verification for an exception: a suspect product investigation, a data or shipment discrepancy. */
    EXCEPTION_VERIFICATION("dscsaExceptionVerification");

    private final String wire;

    DscsaContext(String wire) {
        this.wire = wire;
    }

    /** The value as sent in {@code context}. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** The context with this exact (case-sensitive) wire value, or null when there is none. */
    static DscsaContext fromWire(String wire) {
        for (DscsaContext context : values()) {
            if (context.wire.equals(wire)) {
                return context;
            }
        }
        return null;
    }
}
