package org.veripack.core.dscsa;

import java.util.Objects;

/**
 * A validated {@code PUT /api/v1/trading-partners/{gln}}; built by {@link TradingPartnerRules#checkChange}.
 *
 * @param gln    the trading partner's 13-digit GLN
 * @param name   its name, without leading or trailing white space
 * @param status its standing from now on
 * @param reason why the operator makes the change, for the partner's history
 */
public record TradingPartnerChange(String gln, String name, TradingPartnerStatus status, String reason) {

    public TradingPartnerChange {
        Objects.requireNonNull(gln, "gln");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
    }
}
