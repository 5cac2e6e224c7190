package gopatterns.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScreenSampleTest {

    /** Items 0..n-1. */
    private static List<Integer> items(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    @ParameterizedTest(name = "{0} items on {1} screens")
    @CsvSource({"1, 4", "2, 4", "4, 4", "5, 4", "6, 4", "6, 8", "9, 8"})
    void theScreensTogetherTakeEveryItemAndEachTakesOne(int n, int turns) {
        List<Integer> all = items(n);
        List<Integer> taken = new ArrayList<>();
        for (int turn = 0; turn < turns; turn++) {
            List<Integer> mine = ScreenSample.inTurn(all, turn, turns);
            assertThat(mine).as("screen " + turn).isNotEmpty();
            taken.addAll(mine);
        }
        assertThat(taken).containsAll(all);
    }

    @Test
    void aDefaultRunSharesTheItemsOutInsteadOfRepeatingThem() {
        assumeFalse(Boolean.getBoolean("screen.all"), "-Dscreen.all=true takes every item on every screen");
        assertThat(ScreenSample.inTurn(items(6), 1, 4)).containsExactly(1, 5);
        assertThat(ScreenSample.inTurn(items(6), 3, 4)).containsExactly(3);
        // Compare mode's "same on both sides" is a null pair.
        assertThat(ScreenSample.inTurn(Arrays.asList(0, null), 3, 4)).containsExactly((Integer) null);
        assertThat(ScreenSample.inTurn(items(6), 5, 4)).as("a turn past the last wraps round").containsExactly(1, 5);
    }

    @Test
    void nothingToShareIsAMistake() {
        assertThatThrownBy(() -> ScreenSample.inTurn(List.of(), 0, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScreenSample.inTurn(Arrays.asList(1, 2), 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
