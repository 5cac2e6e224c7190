package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.screen.ClassroomScreen;
import gopatterns.ui.screen.ClassroomScreenTest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A number field given something it does not take ("4l", or a number out of its range), on every page and on a
 * classroom's smallest screens in both languages: the field keeps its value (or the nearest it takes) and a message
 * right under it says, in the window's language, what was wrong and which numbers the field takes.
 */
class FieldRejectedScreenTest extends ClassroomScreenTest {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    @ParameterizedTest(name = "{0}")
    @MethodSource("gopatterns.ui.shell.PredictScreenTest#screens")
    void everyNumberFieldSaysWhatItTakes(ClassroomScreen screen) throws IOException {
        open(screen);
        int pages = fx.onFx(() -> fx.shell.pages().size());
        int checked = 0;
        for (int p = 0; p < pages; p++) {
            int page = p;
            fx.robot.interact(() -> fx.shell.selectPage(page));
            fx.settle();
            List<Spinner<?>> fields = fx.onFx(() -> fx.stage.getScene().getRoot().lookupAll(".spinner").stream()
                    .filter(n -> n instanceof Spinner<?> s && s.isEditable() && !s.isDisabled() && shown(s))
                    .<Spinner<?>>map(n -> (Spinner<?>) n).toList());
            for (Spinner<?> field : fields) {
                Object before = fx.onFx(field::getValue);
                String min = fx.onFx(() -> shownValue(field, true));
                String max = fx.onFx(() -> shownValue(field, false));
                type(field, "4l");
                assertThat(fx.onFx(field::getValue)).as("%s %s keeps its value", screen, field.getId()).isEqualTo(before);
                String said = notice().orElseThrow(() -> new AssertionError(screen + " " + field.getId() + ": nothing said"));
                assertThat(said).as("%s %s", screen, field.getId()).contains("4l", min, max).doesNotContain("{");
                assertUnder(screen, field);
                assertThat(fx.onFx(() -> field.getEditor().getPseudoClassStates().contains(DANGER)))
                        .as("%s %s: its box outlined in red", screen, field.getId()).isTrue();
                // Esc takes the message away, as it closes any small popup.
                fx.robot.type(KeyCode.ESCAPE);
                fx.settle();
                assertThat(notice()).as("%s %s: Esc closes it", screen, field.getId()).isEmpty();
                assertThat(fx.onFx(() -> field.getEditor().getPseudoClassStates().contains(DANGER))).isFalse();
                checked++;
            }
        }
        assertThat(checked).as("number fields on the pages").isGreaterThanOrEqualTo(3);
        // A number out of range is brought into it, and that is said too.
        fx.robot.interact(() -> fx.shell.selectPage(0));
        fx.settle();
        Spinner<?> tasks = fx.lookup("#tasksSpinner", Spinner.class);
        String max = fx.onFx(() -> shownValue(tasks, false));
        type(tasks, "999");
        assertThat(fx.onFx(() -> tasks.getEditor().getText())).isEqualTo(max);
        assertThat(notice()).as(screen + ": out of range").hasValueSatisfying(s -> assertThat(s).contains("999", max));
        // Typing anew takes it away: it was about the text before.
        fx.robot.interact(() -> {
            tasks.getEditor().requestFocus();
            tasks.getEditor().selectAll();
        });
        fx.robot.write("2");
        fx.settle();
        assertThat(notice()).isEmpty();
        fx.robot.type(KeyCode.ENTER);
        fx.settle();
        assertThat(notice()).as("a value the field takes is not questioned").isEmpty();
        assertThat(fx.onFx(tasks::getValue)).isEqualTo(2);
    }

    private static boolean shown(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void type(Spinner<?> field, String text) {
        fx.robot.interact(() -> {
            field.getEditor().requestFocus();
            field.getEditor().selectAll();
        });
        fx.robot.write(text);
        fx.robot.type(KeyCode.ENTER);
        fx.settle();
    }

    /** The smallest or largest value the field takes, as it writes it. FX thread. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String shownValue(Spinner field, boolean min) {
        var f = field.getValueFactory();
        Object v = f instanceof javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory i
                ? (min ? i.getMin() : i.getMax())
                : min ? ((javafx.scene.control.SpinnerValueFactory.DoubleSpinnerValueFactory) f).getMin()
                : ((javafx.scene.control.SpinnerValueFactory.DoubleSpinnerValueFactory) f).getMax();
        return f.getConverter().toString(v);
    }

    /** The message shown under a field, if any. */
    private Optional<String> notice() {
        return fx.onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Tooltip t && "fieldNotice".equals(t.getId()) && t.isShowing())
                .map(w -> ((Tooltip) w).getText()).findFirst());
    }

    /** The message starts right under the field, inside the window. */
    private void assertUnder(ClassroomScreen screen, Spinner<?> field) {
        fx.onFx(() -> {
            Tooltip tip = (Tooltip) Window.getWindows().stream()
                    .filter(w -> w instanceof Tooltip t && "fieldNotice".equals(t.getId())).findFirst().orElseThrow();
            Bounds b = field.localToScreen(field.getLayoutBounds());
            assertThat(tip.getAnchorY()).as("%s %s: under the field", screen, field.getId())
                    .isBetween(b.getMaxY(), b.getMaxY() + 8);
            assertThat(tip.getAnchorX()).isBetween(b.getMinX() - 1, b.getMaxX());
            return null;
        });
    }
}
