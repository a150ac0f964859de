package org.veripack.core.gs1;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Splitting a value into which a dropped group separator glued further elements. */
class GluedElementsTest {

    @Test
    @DisplayName("a batch glued into a serial")
    void batchInSerial() {
        assertThat(GluedElements.splits("ABC12310L1")).containsExactly(new GluedElements.Split("ABC123", Map.of("10", "L1")));
    }

    @Test
    @DisplayName("an expiry glued into a batch, and a serial glued into a batch")
    void expiryOrSerialInBatch() {
        assertThat(GluedElements.splits("L117270630")).contains(new GluedElements.Split("L1", Map.of("17", "270630")));
        assertThat(GluedElements.splits("L121ABC123")).contains(new GluedElements.Split("L1", Map.of("21", "ABC123")));
    }

    @Test
    @DisplayName("an NHRN (710 to 714) glued into a serial")
    void nationalNumberInSerial() {
        assertThat(GluedElements.splits("ABC123711X9")).contains(new GluedElements.Split("ABC123", Map.of("711", "X9")));
    }

    @Test
    @DisplayName("two dropped separators: the glued batch holds the expiry")
    void twoSeparators() {
        assertThat(GluedElements.splits("ABC10L117270630"))
                .contains(new GluedElements.Split("ABC", Map.of("10", "L117270630")))
                .contains(new GluedElements.Split("ABC", Map.of("10", "L1", "17", "270630")));
    }

    @Test
    @DisplayName("no split where the rest does not read completely as elements, nor at the value's start")
    void noSplit() {
        assertThat(GluedElements.splits("ABC123")).isEmpty();
        assertThat(GluedElements.splits("10L1")).isEmpty();
        assertThat(GluedElements.splits("AB1727")).isEmpty();
        assertThat(GluedElements.splits("AB9912")).isEmpty();
        assertThat(GluedElements.splits(null)).isEmpty();
    }

    @Test
    @DisplayName("which AIs count as glueable")
    void glueableAis() {
        assertThat(GluedElements.glueableAiStartsAt("X10", 1)).isTrue();
        assertThat(GluedElements.glueableAiStartsAt("X714", 1)).isTrue();
        assertThat(GluedElements.glueableAiStartsAt("X715", 1)).isFalse();
        assertThat(GluedElements.glueableAiStartsAt("X11", 1)).isFalse();
    }
}
