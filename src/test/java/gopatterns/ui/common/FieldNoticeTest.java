package gopatterns.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The message under a number field that refused what was typed goes when the user moves on, and after a few
 * seconds at the latest, taking the field's red outline with it: it never sits over a run or another control.
 */
@ExtendWith(ApplicationExtension.class)
class FieldNoticeTest {

    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");

    private final FxRobot robot = new FxRobot();
    private final ViewListeners keep = new ViewListeners();
    private Stage stage;
    private Spinner<Integer> workers;
    private Spinner<Integer> other;
    private Button start;

    @Start
    void start(Stage s) {
        stage = s;
        workers = new Spinner<>();
        other = new Spinner<>();
        Spinners.bind(workers, new BoundedIntegerProperty(null, "workers", 25, 1, 200), keep);
        Spinners.bind(other, new BoundedIntegerProperty(null, "slots", 2, 1, 10), keep);
        start = new Button("Start");
        s.setScene(new Scene(new VBox(8, workers, other, start), 400, 300));
        s.show();
    }

    @BeforeEach
    void refuse() {
        robot.interact(() -> {
            workers.getEditor().requestFocus();
            workers.getEditor().setText("4l");
            workers.commitValue();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown()).as("the message, to begin with").isTrue();
        assertThat(red()).isTrue();
    }

    private FieldNotice notice() {
        return (FieldNotice) workers.getProperties().get(FieldNotice.class);
    }

    private boolean shown() {
        return fx(() -> notice().isShowing());
    }

    private boolean red() {
        return fx(() -> workers.getEditor().getPseudoClassStates().contains(DANGER));
    }

    private <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertGone(String after) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown()).as("gone after %s", after).isFalse();
        assertThat(red()).as("no longer red after %s", after).isFalse();
    }

    @Test
    void goesByItselfAfterAFewSecondsOnTheAnimationClock() {
        var linger = fx(() -> notice().linger());
        assertThat(fx(linger::getStatus)).isEqualTo(javafx.animation.Animation.Status.RUNNING);
        assertThat(fx(() -> linger.getDuration().toSeconds())).as("long enough to read, not for ever").isBetween(3.0, 6.0);
        // Jumped to its end rather than waited for: the time it takes is the transition's, not the test's.
        robot.interact(() -> linger.jumpTo(linger.getDuration().subtract(javafx.util.Duration.millis(1))));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        assertGone("its time");
    }

    @Test
    void goesAtTheNextKeyButNotAtTheOneThatBroughtIt() {
        // A second refusal while it shows: the Enter that brought the new message does not take it away.
        robot.interact(() -> workers.getEditor().requestFocus());
        robot.interact(() -> workers.getEditor().setText("999"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown()).as("the second message").isTrue();
        assertThat(fx(() -> workers.getValue())).isEqualTo(200);
        robot.interact(() -> stage.getScene().getRoot().requestFocus());
        assertThat(shown()).as("the window taking the keys back is not moving on").isTrue();
        robot.type(KeyCode.SPACE);
        assertGone("a shortcut key");
    }

    @Test
    void goesWhenTheFocusMovesToAnotherControl() {
        robot.interact(() -> other.getEditor().requestFocus());
        assertGone("the focus left the field");
    }

    @Test
    void goesWhenAClickLandsElsewhere() {
        robot.clickOn(start);
        assertGone("a click on Start");
    }

    @Test
    void goesWhenTheWindowMovesOrIsResized() {
        robot.interact(() -> stage.setX(stage.getX() + 40));
        assertGone("the window moved");
        refuse();
        robot.interact(() -> stage.setWidth(stage.getWidth() + 40));
        assertGone("the window resized");
    }

    @Test
    void goesWhenSomethingCoversTheFields() {
        robot.interact(() -> Spinners.closeNotices(stage));
        assertGone("the keyboard sheet opened");
    }
}
