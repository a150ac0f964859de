package org.veripack.core.dscsa;

/** A trading partner's standing in the registry: whose DSCSA verification requests this responder answers. */
public enum TradingPartnerStatus {
    /** An authorized trading partner in good standing: its requests are answered. */
    AUTHORIZED,
    /** Blocked by the operator: its requests are refused (403). */
    BLOCKED
}
