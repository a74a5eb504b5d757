package ch.guichetai.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

class RowsTest {

    @Test
    void rowsStartAnywhereNotOnlyAtPageBoundaries() {
        Pageable page = new Rows(75, 50).pageable(Sort.by("id"));

        assertThat(page.getOffset()).isEqualTo(75);
        assertThat(page.getPageSize()).isEqualTo(50);
        assertThat(page.next().getOffset()).isEqualTo(125);
        assertThat(page.previousOrFirst().getOffset()).isEqualTo(25);
        assertThat(page.getSort()).isEqualTo(Sort.by("id"));
    }

    @Test
    void negativeOffsetsEmptyAndHugeRequestsAreRefused() {
        assertThatThrownBy(() -> new Rows(-1, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rows(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rows(0, Rows.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Rows(0, Rows.MAX_LIMIT).limit()).isEqualTo(Rows.MAX_LIMIT);
    }
}
