package gopatterns.ui.runner;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.screen.ScreenContract;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The view alone at 1280x720, in both languages, in the states with the longest texts and the most cards: the
 * screen contract holds (nothing cut, nothing on top of anything, nothing too small), and the Interrupt button
 * stays where it was whatever the hints and sentences around it say.
 */
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
        assertInterruptButtonStill(state);
        List<String> wrong = fx.onFx(() -> {
            ScreenContract.finishMotion(fx.scene);
            // Layout only: whether the Go log follows its newest line is the screen contract test's to say.
            return new ScreenContract(10).check(fx.scene).stream()
                    .filter(v -> v.kind() != ScreenContract.Kind.LOG_NOT_FOLLOWING).map(Object::toString).toList();
        });
        assertThat(wrong).as("what the view shows wrong in state: " + state).isEmpty();
    }

    /** Where the Interrupt button was first seen: hints and sentences that come and go never move it. */
    private Point2D interruptAt;

    private void assertInterruptButtonStill(String state) {
        Point2D at = fx.onFx(() -> {
            ScreenContract.finishMotion(fx.scene);
            Node button = fx.scene.lookup("#interruptButton");
            return button.localToScene(0, 0);
        });
        if (interruptAt == null) {
            interruptAt = at;
        }
        assertThat(at).as("the Interrupt button's place in state: " + state).isEqualTo(interruptAt);
    }
}
