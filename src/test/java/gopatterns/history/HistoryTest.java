package gopatterns.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gopatterns.event.GoEvent;
import org.junit.jupiter.api.Test;

class HistoryTest {

    record Tick(long seq, long at) implements GoEvent {}

    @Test
    void keepsEveryEventInOrderAcrossChunks() {
        History<Tick> h = new History<>(100_000);
        int n = 3 * History.CHUNK + 17;
        for (int i = 1; i <= n; i++) {
            assertThat(h.append(new Tick(i, 10L * i))).isTrue();
        }
        assertThat(h).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(h.get(i).seq()).isEqualTo(i + 1);
        }
        assertThat(h.subList(History.CHUNK - 1, History.CHUNK + 1)).extracting(Tick::seq)
                .containsExactly((long) History.CHUNK, (long) History.CHUNK + 1);
    }

    @Test
    void aFullHistoryKeepsThePrefixAndCountsTheRest() {
        History<Tick> h = new History<>(5);
        for (int i = 1; i <= 8; i++) {
            h.append(new Tick(i, i));
        }
        assertThat(h).extracting(Tick::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(h.dropped()).isEqualTo(3);
        h.clear();
        assertThat(h).isEmpty();
        assertThat(h.dropped()).isZero();
        assertThatThrownBy(() -> h.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new History<Tick>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
