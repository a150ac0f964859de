package org.veripack.core.dscsa;

import java.util.Set;
import org.veripack.core.gs1.Gs1Validation;
import org.veripack.core.refusal.FreeText;
import org.veripack.core.refusal.Reason;
import org.veripack.core.refusal.Refusal;
import org.veripack.core.rules.Role;

/** Who may ask DSCSA verification questions, and how the operator registers trading partners. */
public final class TradingPartnerRules {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_REASON_LENGTH = 500;

    private TradingPartnerRules() {
    }

    /**
     * Validates a {@code PUT /api/v1/trading-partners/{gln}} body {@code {"name","status","reason"}}. All are
     * required: {@code gln} a 13-digit GLN with a valid check digit; {@code name} 1 to 200 characters once trimmed;
     * {@code status} {@code AUTHORIZED} or {@code BLOCKED} (exact case); {@code reason} 1 to 500 characters once
     * trimmed (the partner's history says why each change was made). Lengths count Unicode code points, as a
     * PostgreSQL {@code varchar} does. Control characters are refused, except tab and line breaks in the reason.
     *
     * @throws Refusal kind INVALID, naming the field (fact {@code parameter}) and saying what to send instead
     */
    public static TradingPartnerChange checkChange(String gln, String name, String status, String reason) {
        String checkedGln = RawParameters.gs1(RawParameters.PATH, "gln", "the trading partner's 13-digit GLN",
                () -> Gs1Validation.gln(gln));
        String checkedName = text("name", name, MAX_NAME_LENGTH, "the trading partner's name", false);
        TradingPartnerStatus checkedStatus = status(status);
        String checkedReason = text("reason", reason, MAX_REASON_LENGTH, "why the partner is registered, changed or blocked", true);
        return new TradingPartnerChange(checkedGln, checkedName, checkedStatus, checkedReason);
    }

    /**
     * Validates the {@code {gln}} path segment of {@code GET /api/v1/trading-partners/{gln}} (and its history): a
     * 13-digit GLN with a valid check digit.
     *
     * @throws Refusal kind INVALID, naming the parameter {@code gln}
     */
    public static String checkGln(String gln) {
        return RawParameters.gs1(RawParameters.PATH, "gln", "the trading partner's 13-digit GLN", () -> Gs1Validation.gln(gln));
    }

    /**
     * Only the operator (role admin) registers, changes and blocks trading partners; the role returned is the one the
     * partner's history records for the change.
     *
     * @throws Refusal {@link Reason#ROLE_NOT_ALLOWED} otherwise
     */
    public static Role registrarRole(Set<Role> roles) {
        if (roles == null || !roles.contains(Role.ADMIN)) {
            throw new Refusal(Reason.ROLE_NOT_ALLOWED, "only the repository's operator (role " + Role.ADMIN.claim()
                    + ") registers, changes or blocks trading partners");
        }
        return Role.ADMIN;
    }

    /**
     * A partner's change history (who, when and why) is for the operator and the surveillance authority: it may
     * name the people who blocked a partner and their reasons, which the partners and their peers do not see.
     *
     * @throws Refusal {@link Reason#ROLE_NOT_ALLOWED} for every other role
     */
    public static void requireHistoryReader(Set<Role> roles) {
        if (roles == null || !(roles.contains(Role.ADMIN) || roles.contains(Role.SURVEILLANCE))) {
            throw new Refusal(Reason.ROLE_NOT_ALLOWED, "a trading partner's change history is for roles "
                    + Role.ADMIN.claim() + " and " + Role.SURVEILLANCE.claim() + "; GET the partner itself for its standing");
        }
    }

    /**
     * Lets a DSCSA request of trading partner {@code reqGln} through, or refuses it.
     *
     * @param statusOrNullWhenUnknown the partner's status in the trading-partner registry, null when it holds none
     * @throws Refusal {@link Reason#REQUESTER_UNKNOWN} when the registry does not know {@code reqGln},
     *                 {@link Reason#REQUESTER_BLOCKED} when it is blocked
     */
    public static void admit(TradingPartnerStatus statusOrNullWhenUnknown, String reqGln) {
        if (statusOrNullWhenUnknown == null) {
            throw new Refusal(Reason.REQUESTER_UNKNOWN, "reqGLN " + reqGln + " is not a trading partner of this repository: "
                    + "send the GLN your organisation is registered under, or ask the repository's operator to register it "
                    + "as an authorized trading partner").with("reqGLN", reqGln);
        }
        if (statusOrNullWhenUnknown == TradingPartnerStatus.BLOCKED) {
            throw new Refusal(Reason.REQUESTER_BLOCKED, "reqGLN " + reqGln + " is blocked by this repository's operator: "
                    + "its verification requests are not answered; contact the operator to have the block reviewed")
                    .with("reqGLN", reqGln);
        }
    }

    /**
     * Lets only a token with role {@code requester} ask DSCSA verification questions.
     *
     * @throws Refusal {@link Reason#ROLE_NOT_ALLOWED} otherwise
     */
    public static void requireRequesterRole(Set<Role> roles) {
        if (roles == null || !roles.contains(Role.REQUESTER)) {
            throw new Refusal(Reason.ROLE_NOT_ALLOWED, "only a token with role " + Role.REQUESTER.claim()
                    + " may ask DSCSA verification questions: use the token issued to your verification system (group "
                    + Role.REQUESTER.claim() + ")");
        }
    }

    private static TradingPartnerStatus status(String status) {
        if (status == null || status.isEmpty()) {
            throw RawParameters.invalid("status", "\"status\" is missing: send AUTHORIZED or BLOCKED");
        }
        for (TradingPartnerStatus candidate : TradingPartnerStatus.values()) {
            if (candidate.name().equals(status)) {
                return candidate;
            }
        }
        throw RawParameters.invalid("status", "\"status\" is " + RawParameters.quote(status) + ": send AUTHORIZED or BLOCKED");
    }

    private static String text(String field, String value, int maxLength, String whatToSend, boolean lineBreaksAllowed) {
        return FreeText.check(field, value, maxLength, whatToSend, lineBreaksAllowed);
    }
}
