package org.veripack.core.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.veripack.core.dscsa.DscsaFixture.*;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.veripack.core.gs1.CharacterSet82;
import org.veripack.core.gs1.CheckDigit;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.refusal.RefusalKind;

/** Parsing a DSCSA request over any input: a request, or a refusal of kind INVALID naming a parameter; nothing else. */
class DscsaRequestsProperties {

    @Property(tries = 2000)
    void parseAnswersARequestOrAnInvalidRefusalNamingAParameter(@ForAll("raw") String gtin, @ForAll("raw") String lot,
            @ForAll("raw") String ser, @ForAll("raw") String exp, @ForAll("raw") String reqGln, @ForAll("raw") String other) {
        Map<String, List<String>> query = validQuery();
        query.put("exp", Collections.singletonList(exp));
        query.put("reqGLN", Collections.singletonList(reqGln));
        query.put("email", Collections.singletonList(other));
        Throwable thrown = catchThrowable(() -> {
            DscsaRequest request = DscsaRequests.parse(gtin, lot, ser, query, TODAY);
            assertThat(CheckDigit.isValid(request.gtin())).isTrue();
            assertThat(request.gtin()).hasSize(14);
            assertThat(CheckDigit.isValid(request.reqGln())).isTrue();
            assertThat(request.lot()).isEqualTo(lot);
        });
        if (thrown instanceof AssertionError) {
            throw (AssertionError) thrown;
        }
        if (thrown != null) {
            assertThat(thrown).isInstanceOf(Refusal.class);
            assertThat(((Refusal) thrown).kind()).isEqualTo(RefusalKind.INVALID);
            assertThat(((Refusal) thrown).facts()).containsKey("parameter");
        }
    }

    @Provide
    Arbitrary<String> raw() {
        Arbitrary<String> set82 = Arbitraries.strings().withChars(CharacterSet82.ALL).ofMinLength(0).ofMaxLength(22);
        Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(15);
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(30);
        return Arbitraries.oneOf(set82, digits, anything, Arbitraries.of(GTIN, LOT, EXPIRY, REQ_GLN)).injectNull(0.05);
    }
}
