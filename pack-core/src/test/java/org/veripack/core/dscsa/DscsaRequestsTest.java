package org.veripack.core.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.dscsa.DscsaFixture.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;

/** Parsing of {@code GET /dscsa/verify/...} and {@code GET /dscsa/checkConnectivity}: what is accepted, what is refused. */
class DscsaRequestsTest {

    private static final List<String> PATH = List.of("gtin", "lot", "ser");

    /** Parses the valid request with one parameter replaced by {@code value} (null: left out). */
    private static DscsaRequest parseWith(String name, String value) {
        Map<String, List<String>> query = validQuery();
        String gtin = GTIN;
        String lot = LOT;
        String ser = SERIAL;
        switch (name) {
            case "gtin" -> gtin = value;
            case "lot" -> lot = value;
            case "ser" -> ser = value;
            default -> {
                if (value == null) {
                    query.remove(name);
                } else {
                    query.put(name, List.of(value));
                }
            }
        }
        return DscsaRequests.parse(gtin, lot, ser, query, TODAY);
    }

    @Test
    @DisplayName("a complete request is parsed into its typed values, kept as sent")
    void parsesACompleteRequest() {
        DscsaRequest request = DscsaRequests.parse(GTIN, LOT, SERIAL, validQuery(), TODAY);

        assertThat(request.gtin()).isEqualTo(GTIN);
        assertThat(request.lot()).isEqualTo(LOT);
        assertThat(request.serial()).isEqualTo(SERIAL);
        assertThat(request.expiry().text()).isEqualTo(EXPIRY);
        assertThat(request.context()).isEqualTo(DscsaContext.SALEABLE_RETURN);
        assertThat(request.reqGln()).isEqualTo(REQ_GLN);
        assertThat(request.corrUuid()).isEqualTo(CORR_UUID);
        assertThat(request.ctrlPossessAtt()).isTrue();
        assertThat(request.email()).isEqualTo("returns@wholesaler.example");
        assertThat(request.telephone()).isEqualTo("+1 (609) 555-0100");
    }

    @Test
    @DisplayName("corrUUID, ctrlPossessAtt, email and telephone are optional; left out or sent empty they are null")
    void optionalParametersMayBeLeftOutOrEmpty() {
        Map<String, List<String>> query = validQuery();
        query.remove("corrUUID");
        query.remove("ctrlPossessAtt");
        query.put("email", List.of(""));
        query.put("telephone", List.of());

        DscsaRequest request = DscsaRequests.parse(GTIN, LOT, SERIAL, query, TODAY);

        assertThat(request.corrUuid()).isNull();
        assertThat(request.ctrlPossessAtt()).isNull();
        assertThat(request.email()).isNull();
        assertThat(request.telephone()).isNull();
    }

    @Test
    @DisplayName("corrUUID is echoed exactly as sent (its case kept); without one a new random UUID is made")
    void corrUuidEchoedOrNew() {
        DscsaRequest sent = parseWith("corrUUID", CORR_UUID);
        DscsaRequest none = parseWith("corrUUID", null);

        assertThat(DscsaRequests.corrUuidOrNew(sent)).isEqualTo(CORR_UUID);
        String made = DscsaRequests.corrUuidOrNew(none);
        assertThat(UUID.fromString(made).toString()).isEqualTo(made);
        assertThat(DscsaRequests.corrUuidOrNew(none)).isNotEqualTo(made);
    }

    @Test
    @DisplayName("a GTIN-8, -12 or -13 is padded to 14 digits, as Gs1Validation.gtin14 does")
    void shortGtinsArePadded() {
        assertThat(parseWith("gtin", "4006381333931").gtin()).isEqualTo("04006381333931");
        assertThat(parseWith("gtin", "12345670").gtin()).isEqualTo("00000012345670");
    }

    @Test
    @DisplayName("lot and serial keep their case and may hold any character of GS1 set 82, / % ? included")
    void lotAndSerialKeptAsSent() {
        assertThat(parseWith("lot", "l1/a%b?").lot()).isEqualTo("l1/a%b?");
        assertThat(parseWith("ser", "aB\"%&'()*+,-./:;<=>?").serial()).isEqualTo("aB\"%&'()*+,-./:;<=>?");
        assertThat(parseWith("lot", "_" + "9".repeat(19)).lot()).isEqualTo("_" + "9".repeat(19));
    }

    @Test
    @DisplayName("exp may end in 00 (the last day of the month) and may lie in the past")
    void expiryDayZeroAndPastAreValid() {
        assertThat(parseWith("exp", "270600").expiry().lastDay()).hasToString("2027-06-30");
        assertThat(parseWith("exp", "200101").expiry().lastDay()).hasToString("2020-01-01");
    }

    @Test
    @DisplayName("context dscsaExceptionVerification is accepted")
    void exceptionVerificationContext() {
        assertThat(parseWith("context", "dscsaExceptionVerification").context()).isEqualTo(DscsaContext.EXCEPTION_VERIFICATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "TRUE", "False"})
    @DisplayName("ctrlPossessAtt is true or false, in any case")
    void ctrlPossessAttTrueOrFalse(String value) {
        assertThat(parseWith("ctrlPossessAtt", value).ctrlPossessAtt()).isEqualTo(Boolean.parseBoolean(value));
    }

    @Test
    @DisplayName("query parameters this responder does not know are ignored")
    void unknownParametersIgnored() {
        Map<String, List<String>> query = validQuery();
        query.put("lang", List.of("en"));
        query.put("somethingElse", List.of("\u0000", "twice"));

        assertThat(DscsaRequests.parse(GTIN, LOT, SERIAL, query, TODAY).reqGln()).isEqualTo(REQ_GLN);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("gtin", null), Arguments.of("gtin", ""), Arguments.of("gtin", "123"),
                Arguments.of("gtin", "09506000134353"), Arguments.of("gtin", "0950600013435X"),
                Arguments.of("gtin", "095060001343520"),
                Arguments.of("lot", null), Arguments.of("lot", ""), Arguments.of("lot", "L".repeat(21)),
                Arguments.of("lot", "L 1"), Arguments.of("lot", "L#1"), Arguments.of("lot", "Lé"),
                Arguments.of("ser", null), Arguments.of("ser", ""), Arguments.of("ser", "S".repeat(21)),
                Arguments.of("ser", "S~1"),
                Arguments.of("exp", null), Arguments.of("exp", ""), Arguments.of("exp", "2706"),
                Arguments.of("exp", "2027-06-30"), Arguments.of("exp", "271301"), Arguments.of("exp", "270231"),
                Arguments.of("exp", "27063a"),
                Arguments.of("linkType", null), Arguments.of("linkType", ""), Arguments.of("linkType", "VerificationService"),
                Arguments.of("linkType", "gs1:verificationService"), Arguments.of("linkType", "pip"),
                Arguments.of("context", null), Arguments.of("context", ""), Arguments.of("context", "dscsaSaleablereturn"),
                Arguments.of("context", "SALEABLE_RETURN"), Arguments.of("context", "dscsaSuspect"),
                Arguments.of("reqGLN", null), Arguments.of("reqGLN", ""), Arguments.of("reqGLN", "123"),
                Arguments.of("reqGLN", "0614141000006"), Arguments.of("reqGLN", "061414100000A"),
                Arguments.of("reqGLN", "09506000134352"),
                Arguments.of("corrUUID", "not-a-uuid"), Arguments.of("corrUUID", "1-1-1-1-1"),
                Arguments.of("corrUUID", "3f2504e04f8941d39a0c0305e82c3301"),
                Arguments.of("corrUUID", "{3f2504e0-4f89-41d3-9a0c-0305e82c3301}"),
                Arguments.of("ctrlPossessAtt", "yes"), Arguments.of("ctrlPossessAtt", "1"),
                Arguments.of("email", "no-at-sign"), Arguments.of("email", "a@b"), Arguments.of("email", "a b@c.example"),
                Arguments.of("email", "a@@c.example"), Arguments.of("email", "@c.example"), Arguments.of("email", "a@c..example"),
                Arguments.of("email", "a@.example"), Arguments.of("email", "a".repeat(245) + "@c.example"),
                Arguments.of("telephone", "call me"), Arguments.of("telephone", "+1 555 0100 ext 5"),
                Arguments.of("telephone", "1".repeat(33)), Arguments.of("telephone", "()-+"),
                Arguments.of("telephone", "+1.609.555.0100"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("refusals")
    @DisplayName("a missing or malformed parameter is refused as INVALID, naming it and saying what to send")
    void refusedNamingTheParameter(String name, String value) {
        Refusal refusal = refusedNaming(name, () -> parseWith(name, value));

        if (value == null || value.isEmpty()) {
            assertThat(refusal.getMessage()).contains(PATH.contains(name) ? "is empty: send" : "is missing: send");
        } else {
            assertThat(refusal.getMessage()).contains("send");
        }
    }

    @Test
    @DisplayName("an email of exactly 254 characters and a telephone of exactly 32 are accepted")
    void longestEmailAndTelephone() {
        String email = "a".repeat(244) + "@c.example";
        assertThat(email).hasSize(254);
        assertThat(parseWith("email", email).email()).isEqualTo(email);
        assertThat(parseWith("telephone", "1".repeat(32)).telephone()).hasSize(32);
    }

    @Test
    @DisplayName("GS1 identifiers refused are INVALID_IDENTIFIER, other parameters INVALID_REQUEST")
    void identifiersAreInvalidIdentifiers() {
        assertThat(refusedNaming("reqGLN", () -> parseWith("reqGLN", "0614141000006")).reason())
                .isEqualTo(Reason.INVALID_IDENTIFIER);
        assertThat(refusedNaming("reqGLN", () -> parseWith("reqGLN", "0614141000006")).getMessage())
                .contains("the last digit should be 5");
        assertThat(refusedNaming("context", () -> parseWith("context", "x")).reason()).isEqualTo(Reason.INVALID_REQUEST);
    }

    static Stream<Arguments> controlCharacters() {
        List<Arguments> cases = new ArrayList<>();
        List<String> names = List.of("gtin", "lot", "ser", "exp", "linkType", "context", "reqGLN", "corrUUID",
                "ctrlPossessAtt", "email", "telephone");
        String[] controls = {"\u0000", "\u001F", "\u007F", "\u0085", "\n"};
        for (int i = 0; i < names.size(); i++) {
            String control = controls[i % controls.length];
            cases.add(Arguments.of(names.get(i), "1" + control));
            cases.add(Arguments.of(names.get(i), "\u0000"));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controlCharacters")
    @DisplayName("U+0000 or any other control character in any parameter is refused as INVALID, naming it")
    void controlCharactersRefused(String name, String value) {
        Refusal refusal = refusedNaming(name, () -> parseWith(name, value));

        assertThat(refusal.getMessage()).contains("control character U+00").doesNotContain("\u0000");
    }

    @Test
    @DisplayName("a query parameter given twice is refused: the request is ambiguous")
    void repeatedParameterRefused() {
        Map<String, List<String>> query = validQuery();
        query.put("reqGLN", List.of(REQ_GLN, "4012345000009"));

        Refusal refusal = refusedNaming("reqGLN", () -> DscsaRequests.parse(GTIN, LOT, SERIAL, query, TODAY));
        assertThat(refusal.getMessage()).contains("given 2 times: send it once");
    }

    @Test
    @DisplayName("parameters are checked in the order of the URL: the first wrong one is named")
    void firstWrongParameterNamed() {
        Map<String, List<String>> query = validQuery();
        query.put("exp", List.of("x"));
        query.remove("reqGLN");

        refusedNaming("lot", () -> DscsaRequests.parse(GTIN, "", SERIAL, query, TODAY));
        refusedNaming("exp", () -> DscsaRequests.parse(GTIN, LOT, SERIAL, query, TODAY));
    }

    @Test
    @DisplayName("checkConnectivity: gtin and reqGLN required, context optional")
    void connectivity() {
        DscsaConnectivityRequest plain = DscsaRequests.parseConnectivity(Map.of("gtin", List.of("4006381333931"),
                "reqGLN", List.of(REQ_GLN)));
        DscsaConnectivityRequest withContext = DscsaRequests.parseConnectivity(Map.of("gtin", List.of(GTIN),
                "reqGLN", List.of(REQ_GLN), "context", List.of("dscsaExceptionVerification")));

        assertThat(plain).isEqualTo(new DscsaConnectivityRequest("04006381333931", REQ_GLN, null));
        assertThat(withContext.context()).isEqualTo(DscsaContext.EXCEPTION_VERIFICATION);
    }

    @Test
    @DisplayName("checkConnectivity: a missing or malformed gtin, reqGLN or context is refused, naming it")
    void connectivityRefusals() {
        refusedNaming("gtin", () -> DscsaRequests.parseConnectivity(Map.of("reqGLN", List.of(REQ_GLN))));
        refusedNaming("gtin", () -> DscsaRequests.parseConnectivity(Map.of("gtin", List.of("09506000134353"),
                "reqGLN", List.of(REQ_GLN))));
        refusedNaming("reqGLN", () -> DscsaRequests.parseConnectivity(Map.of("gtin", List.of(GTIN))));
        refusedNaming("reqGLN", () -> DscsaRequests.parseConnectivity(Map.of("gtin", List.of(GTIN),
                "reqGLN", List.of("0614141\u00000005"))));
        refusedNaming("context", () -> DscsaRequests.parseConnectivity(Map.of("gtin", List.of(GTIN),
                "reqGLN", List.of(REQ_GLN), "context", List.of("saleable"))));
        refusedNaming("gtin", () -> DscsaRequests.parseConnectivity(null));
    }
}
