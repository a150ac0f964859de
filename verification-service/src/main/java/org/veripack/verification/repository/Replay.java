package org.veripack.verification.repository;

/** The first answer kept for a location's txId, and what it answered: a replay of the txId returns it. */
public record Replay(String operation, String gtin, String serial, int httpStatus, String responseJson) {

    /** Whether the kept answer is about this very request (else the txId was reused for another one). */
    public boolean answers(String operation, String gtin, String serial) {
        return this.operation.equals(operation) && this.gtin.equals(gtin) && this.serial.equals(serial);
    }
}
