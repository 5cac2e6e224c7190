package gopatterns.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rows a Go log line takes when it wraps at spaces, in rows of a number of character cells. */
class LineWrapTest {

    private static final String INTERRUPT = "2026/11/27 01:45:38 Terminating due to interrupt.";

    @Test
    void aLineThatFitsTakesOneRow() {
        assertThat(LineWrap.rows(INTERRUPT, INTERRUPT.length())).isEqualTo(1);
    }

    @Test
    void aLineWrapsAtSpacesWithoutCuttingAWord() {
        // "2026/11/27 01:45:38 Terminating due to" is 38 cells; "interrupt." goes to the second row.
        assertThat(LineWrap.rows(INTERRUPT, 38)).isEqualTo(2);
        // "2026/11/27 01:45:38" (19) | "Terminating due to" (18) | "interrupt." (10)
        assertThat(LineWrap.rows(INTERRUPT, 19)).isEqualTo(3);
    }

    @Test
    void aWordLongerThanARowIsBrokenInside() {
        assertThat(LineWrap.rows("QID[25]CID[25]", 5)).isEqualTo(3);
        assertThat(LineWrap.rows("a QID[25]CID[25]", 5)).isEqualTo(4);
    }

    @Test
    void charactersBeyondAsciiCountTwice() {
        assertThat(LineWrap.rows("关闭连接", 4)).isEqualTo(2);
    }
}
