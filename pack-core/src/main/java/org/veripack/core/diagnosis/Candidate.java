package org.veripack.core.diagnosis;

/** The pack a diagnosis entry proposes the location meant: always of the alert's GTIN. */
public record Candidate(String gtin, String serial, String batch, String expiry) {

    static Candidate of(RegisteredPack pack) {
        return new Candidate(pack.gtin(), pack.serial(), pack.batch(), pack.expiry());
    }
}
