package org.veripack.core.dscsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The answer's wire spellings, its record code and its one invariant. */
class DscsaAnswerTest {

    @Test
    @DisplayName("failure reasons are spelled as in the Release 1.3 guideline, Not_for_re-distribution with its hyphen")
    void failureReasonWireSpellings() {
        assertThat(Arrays.stream(FailureReason.values()).map(FailureReason::wire)).containsExactly(
                "No_match_GTIN_Serial", "No_match_GTIN_Serial_Lot_Expiry", "No_match_GTIN_Serial_Lot",
                "No_match_GTIN_Serial_Expiry", "Manufacturer_policy", "Not_for_re-distribution");
    }

    @Test
    @DisplayName("additional information is capitalised (Release 1.3 casing)")
    void additionalInfoWireSpellings() {
        assertThat(Arrays.stream(AdditionalInfo.values()).map(AdditionalInfo::wire))
                .containsExactly("Recalled", "Expired", "Suspect", "Illegitimate");
    }

    @Test
    @DisplayName("the record code is the failure reason's wire value, or VERIFIED")
    void recordCode() {
        assertThat(DscsaAnswer.verified(AdditionalInfo.Recalled).recordCode()).isEqualTo("VERIFIED");
        assertThat(DscsaAnswer.notVerified(FailureReason.Not_for_re_distribution, AdditionalInfo.Suspect).recordCode())
                .isEqualTo("Not_for_re-distribution");
    }

    @Test
    @DisplayName("Jackson writes the wire spellings")
    void jacksonWritesWireValues() throws Exception {
        String json = new ObjectMapper().writeValueAsString(
                DscsaAnswer.notVerified(FailureReason.Not_for_re_distribution, AdditionalInfo.Illegitimate));

        assertThat(json).contains("\"failureReason\":\"Not_for_re-distribution\"", "\"additionalInfo\":\"Illegitimate\"");
        assertThat(new ObjectMapper().writeValueAsString(DscsaContext.EXCEPTION_VERIFICATION))
                .isEqualTo("\"dscsaExceptionVerification\"");
    }

    @Test
    @DisplayName("a failure reason comes with verified == false and only then")
    void reasonExactlyWhenNotVerified() {
        assertThatThrownBy(() -> new DscsaAnswer(true, FailureReason.Manufacturer_policy, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DscsaAnswer(false, null, AdditionalInfo.Expired))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
