package org.veripack.core.gs1;

/** A national healthcare reimbursement number: AI 710 (DE), 711 (FR), 712 (ES), 713 (BR) or 714 (PT). */
public record Nhrn(String ai, String value) {

    public Nhrn {
        if (!Gs1Validation.isNhrnAi(ai)) {
            throw new Gs1ParseException("NHRN application identifier must be 710 to 714, got '" + ai + "'", -1, ai);
        }
        Gs1Validation.checkAlphanumeric(value, ai, "NHRN", -1);
    }
}
