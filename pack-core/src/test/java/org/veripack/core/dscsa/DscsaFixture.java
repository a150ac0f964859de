package org.veripack.core.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.veripack.core.gs1.Expiry;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.refusal.RefusalKind;
import org.veripack.core.rules.PackStatus;
import org.veripack.core.rules.QuarantineLevel;

/** One pack of one product, requests about it and a refusal helper, for the DSCSA tests. */
final class DscsaFixture {

    /** 24 November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /** GS1 example GTIN-14 (check digit 2). */
    static final String GTIN = "09506000134352";
    static final String LOT = "L1";
    static final String SERIAL = "S1";
    static final String EXPIRY = "270630";
    /** GS1 example GLN. */
    static final String REQ_GLN = "0614141000005";
    static final String CORR_UUID = "3F2504E0-4F89-41D3-9A0C-0305E82C3301";

    private DscsaFixture() {
    }

    static Expiry expiry(String text) {
        return Expiry.parse(text, TODAY.getYear());
    }

    /** A valid request for the fixture's pack, naming {@code lot} and {@code exp}. */
    static DscsaRequest request(String lot, String exp) {
        return new DscsaRequest(GTIN, lot, SERIAL, expiry(exp), DscsaContext.SALEABLE_RETURN, REQ_GLN, null, null, null, null);
    }

    /** A request that matches the fixture's pack. */
    static DscsaRequest matching() {
        return request(LOT, EXPIRY);
    }

    /** The fixture's pack: lot L1, expiry 270630, product active, batch not recalled. */
    static DscsaView pack(PackStatus status, QuarantineLevel quarantine) {
        return DscsaView.knownPack(false, LOT, expiry(EXPIRY), false, status, quarantine);
    }

    static DscsaView activePack() {
        return pack(PackStatus.ACTIVE, null);
    }

    /** The query of a complete, valid verification request. */
    static Map<String, List<String>> validQuery() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("exp", List.of(EXPIRY));
        query.put("linkType", List.of("verificationService"));
        query.put("context", List.of("dscsaSaleableReturn"));
        query.put("reqGLN", List.of(REQ_GLN));
        query.put("corrUUID", List.of(CORR_UUID));
        query.put("ctrlPossessAtt", List.of("true"));
        query.put("email", List.of("returns@wholesaler.example"));
        query.put("telephone", List.of("+1 (609) 555-0100"));
        return query;
    }

    /** Runs code that must be refused as INVALID naming {@code parameter}; returns the refusal. */
    static Refusal refusedNaming(String parameter, ThrowingCallable code) {
        Throwable thrown = catchThrowable(code);
        assertThat(thrown).as("refusal for %s", parameter).isInstanceOf(Refusal.class);
        Refusal refusal = (Refusal) thrown;
        assertThat(refusal.kind()).isEqualTo(RefusalKind.INVALID);
        assertThat(refusal.facts()).containsEntry("parameter", parameter);
        assertThat(refusal.getMessage()).contains(parameter);
        return refusal;
    }
}
