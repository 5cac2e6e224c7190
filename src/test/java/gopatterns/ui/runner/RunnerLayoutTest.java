package gopatterns.ui.runner;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** At 1280x720, the smallest screen it is made for, every text in view is shown whole, in both languages. */
class RunnerLayoutTest extends RunnerViewTestBase {

    @Start
    void start(Stage stage) {
        fx = new RunnerFixture(new org.testfx.api.FxRobot());
        fx.show(stage, 1280, 720);
    }

    @AfterEach
    void english() {
        fx.robot.interact(() -> I18n.localeProperty().set(I18n.ENGLISH));
    }

    @Test
    void nothingIsClippedInEnglish() {
        walkThroughAndCheck(Locale.ENGLISH);
    }

    @Test
    void nothingIsClippedInChinese() {
        fx.robot.interact(() -> {
            I18n.localeProperty().set(I18n.CHINESE);
            fx.rebuild();
        });
        walkThroughAndCheck(I18n.CHINESE);
    }

    /** The states with the longest texts: idle, an interrupt waiting, a leak with many tasks, a tie. */
    private void walkThroughAndCheck(Locale locale) {
        assertNothingClipped("idle " + locale);
        fx.start();
        fx.at(0.5);
        fx.robot.interact(fx.model::interrupt);
        fx.settle();
        assertNothingClipped("interrupt pending " + locale);
        fx.at(3.0);
        assertNothingClipped("tie " + locale);
        fx.robot.interact(() -> {
            fx.model.taskCountProperty().set(12);
            fx.model.timeoutSecondsProperty().set(2.5);
        });
        fx.start();
        fx.at(fx.clock.nanos() / 1e9 + 3.5);
        assertNothingClipped("leak with 12 tasks " + locale);
        fx.runToEnd();
        assertNothingClipped("blocked forever " + locale);
    }

    private void assertNothingClipped(String state) {
        List<String> clipped = fx.onFx(() -> {
            fx.view().lane().finishMotion();
            fx.scene.getRoot().applyCss();
            fx.scene.getRoot().layout();
            List<String> out = new ArrayList<>();
            collectClipped(fx.scene.getRoot(), out);
            return out;
        });
        assertThat(clipped).as("texts cut short in state: " + state).isEmpty();
    }

    private static void collectClipped(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            Node shown = l.lookup(".text");
            if (shown instanceof Text t && !t.getText().replace("\n", " ").equals(l.getText().replace("\n", " "))
                    && !isCodeOrLogLine(l)) {
                out.add((l.getId() != null ? "#" + l.getId() : l.getStyleClass().toString()) + ": '" + l.getText()
                        + "' shown as '" + t.getText() + "'");
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collectClipped(child, out);
            }
        }
    }

    /** Lines of code and log scroll sideways rather than wrap: they are not cut. */
    private static boolean isCodeOrLogLine(Labeled l) {
        return l.getStyleClass().contains("code-line") || l.getStyleClass().contains("log-line");
    }
}
