package org.veripack.core.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.veripack.core.dscsa.DscsaFixture.refusedNaming;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Validation of {@code PUT /api/v1/dscsa/policy}. */
class DscsaPolicyRulesTest {

    @Test
    @DisplayName("each field is VERIFIED or NOT_VERIFIED; the default is both VERIFIED")
    void validPolicies() {
        assertThat(DscsaPolicyRules.check("NOT_VERIFIED", "VERIFIED"))
                .isEqualTo(new DscsaPolicy(PolicyAnswer.NOT_VERIFIED, PolicyAnswer.VERIFIED));
        assertThat(DscsaPolicyRules.check("VERIFIED", "VERIFIED")).isEqualTo(DscsaPolicy.DEFAULT);
    }

    @ParameterizedTest(name = "{0}: recalled={1}, expired={2}")
    @CsvSource(nullValues = "NULL", value = {
            "recalled, NULL, VERIFIED", "recalled, '', VERIFIED", "recalled, verified, VERIFIED", "recalled, TRUE, VERIFIED",
            "expired, VERIFIED, NULL", "expired, VERIFIED, NOT-VERIFIED", "expired, NOT_VERIFIED, REFUSED"})
    @DisplayName("a missing or unknown answer is refused as INVALID, naming the field")
    void refusals(String field, String recalled, String expired) {
        assertThat(refusedNaming(field, () -> DscsaPolicyRules.check(recalled, expired)).getMessage())
                .contains("send VERIFIED or NOT_VERIFIED");
    }
}
