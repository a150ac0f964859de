package org.veripack.verification.rest;

import org.veripack.verification.service.PackCommands;

/**
 * A pack named by fields ({@code gtin}, {@code serial}, {@code batch}, {@code expiry}) or by a {@code scan}
 * (GS1 element string or Digital Link), with the {@code state} to set or undo and the client's {@code txId}.
 */
public record PackRequestBody(String gtin, String serial, String batch, String expiry, String scan, String state,
        String txId) {

    PackCommands.Fields fields() {
        return new PackCommands.Fields(gtin, serial, batch, expiry, scan, state, txId);
    }
}
