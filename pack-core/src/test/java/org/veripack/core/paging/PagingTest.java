package org.veripack.core.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.veripack.core.refusal.Refusal;

class PagingTest {

    @Test
    void aPageWithinItsBoundsIsKept() {
        Paging.Page page = Paging.page("2", "50", 500);
        assertThat(page.page()).isEqualTo(2);
        assertThat(page.offset()).isEqualTo(100);
    }

    @Test
    void refusalsNameTheParameter() {
        assertThatThrownBy(() -> Paging.page("x", "50", 500)).isInstanceOf(Refusal.class).hasMessageContaining("\"page\"");
        assertThatThrownBy(() -> Paging.page("0", "501", 500)).isInstanceOf(Refusal.class).hasMessageContaining("\"size\" must be 1 to 500");
        assertThatThrownBy(() -> Paging.page("-1", "5", 500)).isInstanceOf(Refusal.class).hasMessageContaining("counts from 0");
        assertThatThrownBy(() -> Paging.page("5000000", "500", 500)).isInstanceOf(Refusal.class).hasMessageContaining("too large");
    }

    /** Whatever page and size a caller sends, the answer is a refusal or an offset an int holds. */
    @Property
    void anAcceptedPageNeverOverflows(@ForAll int page, @ForAll @IntRange(min = -5, max = 1000) int size) {
        try {
            Paging.Page accepted = Paging.page(page, size, 500);
            assertThat(accepted.offset()).isBetween(0L, (long) Integer.MAX_VALUE);
        } catch (Refusal refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
