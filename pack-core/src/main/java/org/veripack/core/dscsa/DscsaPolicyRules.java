package org.veripack.core.dscsa;

import org.veripack.core.refusal.Refusal;

/** Validation of a MAH's DSCSA answer policy. */
public final class DscsaPolicyRules {

    private DscsaPolicyRules() {
    }

    /**
     * Validates a {@code PUT /api/v1/dscsa/policy} body {@code {"recalled","expired"}}: both required (a PUT
     * replaces the whole policy), each {@code VERIFIED} or {@code NOT_VERIFIED} (exact case).
     *
     * @throws Refusal kind INVALID, naming the field (fact {@code parameter}) and saying what to send instead
     */
    public static DscsaPolicy check(String recalled, String expired) {
        return new DscsaPolicy(answer("recalled", recalled), answer("expired", expired));
    }

    private static PolicyAnswer answer(String field, String value) {
        if (value == null || value.isEmpty()) {
            throw RawParameters.invalid(field, "\"" + field + "\" is missing: send VERIFIED or NOT_VERIFIED");
        }
        for (PolicyAnswer answer : PolicyAnswer.values()) {
            if (answer.name().equals(value)) {
                return answer;
            }
        }
        throw RawParameters.invalid(field, "\"" + field + "\" is " + RawParameters.quote(value)
                + ": send VERIFIED or NOT_VERIFIED");
    }
}
