package org.veripack.core.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.veripack.core.dscsa.DscsaFixture.*;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.refusal.RefusalKind;
import org.veripack.core.rules.Role;

/** Registering trading partners, and whose DSCSA requests are answered. */
class TradingPartnerRulesTest {

    private static final String NAME = "Acme Wholesale Inc.";
    private static final String REASON = "ATP credential checked";

    @Test
    @DisplayName("a valid change is typed; name and reason are trimmed")
    void validChange() {
        assertThat(TradingPartnerRules.checkChange(REQ_GLN, "  " + NAME + " ", "BLOCKED", " " + REASON + "\n"))
                .isEqualTo(new TradingPartnerChange(REQ_GLN, NAME, TradingPartnerStatus.BLOCKED, REASON));
    }

    @Test
    @DisplayName("name up to 200 and reason up to 500 characters, counted in code points; the reason may span lines")
    void longestNameAndReason() {
        String name = "\uD83D\uDC8A".repeat(200);
        String reason = "line one\nline two\t" + "r".repeat(482);

        TradingPartnerChange change = TradingPartnerRules.checkChange(REQ_GLN, name, "AUTHORIZED", reason);

        assertThat(change.name()).isEqualTo(name);
        assertThat(change.reason()).hasSize(500);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                Arguments.of("gln", null, NAME, "AUTHORIZED", REASON),
                Arguments.of("gln", "0614141000006", NAME, "AUTHORIZED", REASON),
                Arguments.of("gln", "061414100000", NAME, "AUTHORIZED", REASON),
                Arguments.of("name", REQ_GLN, null, "AUTHORIZED", REASON),
                Arguments.of("name", REQ_GLN, "   ", "AUTHORIZED", REASON),
                Arguments.of("name", REQ_GLN, "n".repeat(201), "AUTHORIZED", REASON),
                Arguments.of("name", REQ_GLN, "Acme\nWholesale", "AUTHORIZED", REASON),
                Arguments.of("name", REQ_GLN, "Acme\u0000", "AUTHORIZED", REASON),
                Arguments.of("status", REQ_GLN, NAME, null, REASON),
                Arguments.of("status", REQ_GLN, NAME, "", REASON),
                Arguments.of("status", REQ_GLN, NAME, "authorized", REASON),
                Arguments.of("status", REQ_GLN, NAME, "REVOKED", REASON),
                Arguments.of("reason", REQ_GLN, NAME, "AUTHORIZED", null),
                Arguments.of("reason", REQ_GLN, NAME, "AUTHORIZED", " \n "),
                Arguments.of("reason", REQ_GLN, NAME, "AUTHORIZED", "r".repeat(501)),
                Arguments.of("reason", REQ_GLN, NAME, "AUTHORIZED", "bad\u0000byte"));
    }

    @ParameterizedTest(name = "{0}: {1} / {2} / {3} / {4}")
    @MethodSource("refusals")
    @DisplayName("a missing, too long or malformed field is refused as INVALID, naming it")
    void changeRefusedNamingTheField(String field, String gln, String name, String status, String reason) {
        refusedNaming(field, () -> TradingPartnerRules.checkChange(gln, name, status, reason));
    }

    @Test
    @DisplayName("an authorized partner is admitted")
    void authorizedAdmitted() {
        assertThatCode(() -> TradingPartnerRules.admit(TradingPartnerStatus.AUTHORIZED, REQ_GLN)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a partner the registry does not know: REQUESTER_UNKNOWN (401), saying whom to ask")
    void unknownRefused() {
        Refusal refusal = catchThrowableOfType(() -> TradingPartnerRules.admit(null, REQ_GLN), Refusal.class);

        assertThat(refusal.reason()).isEqualTo(Reason.REQUESTER_UNKNOWN);
        assertThat(refusal.kind()).isEqualTo(RefusalKind.UNIDENTIFIED);
        assertThat(refusal.getMessage()).contains(REQ_GLN, "operator");
        assertThat(refusal.facts()).containsEntry("reqGLN", REQ_GLN);
    }

    @Test
    @DisplayName("a blocked partner: REQUESTER_BLOCKED (403), saying whom to contact")
    void blockedRefused() {
        Refusal refusal = catchThrowableOfType(() -> TradingPartnerRules.admit(TradingPartnerStatus.BLOCKED, REQ_GLN),
                Refusal.class);

        assertThat(refusal.reason()).isEqualTo(Reason.REQUESTER_BLOCKED);
        assertThat(refusal.kind()).isEqualTo(RefusalKind.NOT_PERMITTED);
        assertThat(refusal.getMessage()).contains(REQ_GLN, "contact the operator");
    }

    @Test
    @DisplayName("only a token with role requester may ask; any other role: ROLE_NOT_ALLOWED (403)")
    void onlyRequesterRole() {
        assertThatCode(() -> TradingPartnerRules.requireRequesterRole(Set.of(Role.REQUESTER, Role.WHOLESALER)))
                .doesNotThrowAnyException();
        for (Set<Role> roles : java.util.List.of(EnumSet.complementOf(EnumSet.of(Role.REQUESTER)), Set.<Role>of())) {
            Refusal refusal = catchThrowableOfType(() -> TradingPartnerRules.requireRequesterRole(roles), Refusal.class);
            assertThat(refusal.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED);
            assertThat(refusal.getMessage()).contains("requester");
        }
        assertThat(Role.fromClaim("requester")).isEqualTo(Role.REQUESTER);
        assertThat(Role.REQUESTER.isLocationRole()).isFalse();
    }

    @Test
    @DisplayName("the GLN of a path is checked on its own, naming the parameter gln")
    void glnOfAPath() {
        assertThat(TradingPartnerRules.checkGln(REQ_GLN)).isEqualTo(REQ_GLN);
        for (String bad : new String[] {null, "", "0614141000006", "061414100000", "06141410000050", "061414100000A"}) {
            refusedNaming("gln", () -> TradingPartnerRules.checkGln(bad));
        }
    }

    @Test
    @DisplayName("only admin registers or changes partners, and the change is recorded under role admin")
    void onlyAdminRegisters() {
        assertThat(TradingPartnerRules.registrarRole(Set.of(Role.ADMIN, Role.SURVEILLANCE))).isEqualTo(Role.ADMIN);
        for (Set<Role> roles : java.util.List.of(EnumSet.complementOf(EnumSet.of(Role.ADMIN)), Set.<Role>of())) {
            Refusal refusal = catchThrowableOfType(() -> TradingPartnerRules.registrarRole(roles), Refusal.class);
            assertThat(refusal.reason()).isEqualTo(Reason.ROLE_NOT_ALLOWED);
            assertThat(refusal.getMessage()).contains("admin");
        }
    }

    @Test
    @DisplayName("admin and surveillance read a partner's history; every other role: ROLE_NOT_ALLOWED (403)")
    void historyReaders() {
        assertThatCode(() -> TradingPartnerRules.requireHistoryReader(Set.of(Role.ADMIN))).doesNotThrowAnyException();
        assertThatCode(() -> TradingPartnerRules.requireHistoryReader(Set.of(Role.SURVEILLANCE))).doesNotThrowAnyException();
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ADMIN, Role.SURVEILLANCE))) {
            Refusal refusal = catchThrowableOfType(() -> TradingPartnerRules.requireHistoryReader(Set.of(role)), Refusal.class);
            assertThat(refusal.reason()).as(role.claim()).isEqualTo(Reason.ROLE_NOT_ALLOWED);
        }
        assertThat(catchThrowableOfType(() -> TradingPartnerRules.requireHistoryReader(Set.of()), Refusal.class)).isNotNull();
    }
}
