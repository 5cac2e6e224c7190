package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.Test;

/**
 * The page keys on their own, for every digit a page can have: Ctrl+d and Ctrl+Numpad d, and nothing else,
 * are page d's (the window has fewer pages than digits, so its own test cannot reach the later ones).
 */
class ShortcutKeysTest {

    private static KeyEvent pressed(KeyCode code, boolean ctrl) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, ctrl, false, false);
    }

    /** The keys among Ctrl+0..9 on both key rows that {@code matches} answers to. */
    private static List<KeyCode> answersTo(Predicate<KeyEvent> matches) {
        List<KeyCode> out = new ArrayList<>();
        for (int d = 0; d <= 9; d++) {
            for (KeyCode code : List.of(KeyCode.valueOf("DIGIT" + d), KeyCode.valueOf("NUMPAD" + d))) {
                if (matches.test(pressed(code, true))) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    @Test
    void everyPageDigitIsItsOwnOnTheMainKeysAndTheNumberPad() {
        for (int d = 1; d <= Lessons.MAX_PAGES; d++) {
            assertThat(answersTo(Shortcuts.ctrlDigit(d))).as("Ctrl+%d", d)
                    .containsExactly(KeyCode.valueOf("DIGIT" + d), KeyCode.valueOf("NUMPAD" + d));
        }
    }

    @Test
    void aDigitWithoutCtrlIsNoPageKey() {
        assertThat(Shortcuts.ctrlDigit(1).test(pressed(KeyCode.DIGIT1, false))).isFalse();
        assertThat(Shortcuts.ctrlDigit(2).test(pressed(KeyCode.NUMPAD2, false))).isFalse();
    }
}
