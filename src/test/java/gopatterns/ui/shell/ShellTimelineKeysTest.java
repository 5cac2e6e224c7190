package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.runner.RunnerEvent;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Left/Right step the timeline one event, Home and End jump; Space plays a run looked back at. */
class ShellTimelineKeysTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void press(KeyCode... keys) {
        fx.robot.push(keys);
        fx.settle();
    }

    private int playhead() {
        return fx.onFx(() -> fx.runner.playheadProperty().get());
    }

    private int events() {
        return fx.onFx(() -> fx.runner.history().size());
    }

    @Test
    void arrowsStepHomeAndEndJump() {
        press(KeyCode.SPACE);
        fx.runnerAt(2.5);
        int all = events();
        assertThat(playhead()).isEqualTo(all);

        press(KeyCode.LEFT);
        assertThat(playhead()).isEqualTo(all - 1);
        assertThat(fx.runner.liveProperty().get()).isFalse();
        assertThat(fx.runnerClock().isPaused()).as("looking back pauses the run").isTrue();
        press(KeyCode.LEFT);
        assertThat(playhead()).isEqualTo(all - 2);
        press(KeyCode.RIGHT);
        assertThat(playhead()).isEqualTo(all - 1);

        press(KeyCode.HOME);
        assertThat(playhead()).isZero();
        assertThat(fx.text("#timeLabel")).isEqualTo("t = 0.00s");
        assertThat(fx.onFx(() -> fx.runner.tasks().stream().allMatch(t -> t.state().waiting()))).isTrue();
        press(KeyCode.RIGHT);
        assertThat(playhead()).isEqualTo(1);
        assertThat(fx.onFx(() -> fx.runner.lastEventProperty().get())).isInstanceOf(RunnerEvent.Created.class);

        press(KeyCode.END);
        assertThat(fx.runner.liveProperty().get()).isTrue();
        assertThat(playhead()).isEqualTo(all);
        assertThat(fx.runnerClock().isPaused()).as("End: back to the live run, which goes on").isFalse();
        assertThat(fx.text("#timeLabel")).isEqualTo("t = 2.50s");
    }

    @Test
    void steppingThroughAnEndedRunKeepsItsLengthAndEnding() {
        press(KeyCode.SPACE); // the book's run: Start returns at the timeout, the goroutine goes on
        fx.runToEnd(fx.runnerClock());
        long length = fx.onFx(fx.runner::edgeNanos);
        String time = fx.text("#timeLabel");
        String state = fx.text("#statusState");
        int all = events();

        press(KeyCode.HOME);
        for (int shown = 1; shown <= all; shown++) {
            fx.runnerClock().advance(java.time.Duration.ofSeconds(1)); // time goes by while the class looks
            press(KeyCode.RIGHT);
            assertThat(playhead()).isEqualTo(shown);
            assertThat(fx.onFx(fx.runner::edgeNanos)).as("the run's length after event %d", shown).isEqualTo(length);
        }
        assertThat(fx.text("#timeLabel")).as("at the end again").isEqualTo(time);
        assertThat(fx.text("#statusState")).isEqualTo(state);
        fx.runnerClock().advance(java.time.Duration.ofSeconds(5));
        fx.settle();
        assertThat(fx.onFx(fx.runner::edgeNanos)).isEqualTo(length);
        assertThat(fx.text("#timeLabel")).isEqualTo(time);
    }

    @Test
    void spaceWhileLookingBackPlaysTheRecording() {
        fx.runner.setWallClock(() -> 0); // Play stands still: the test's own pace does not count
        press(KeyCode.SPACE);
        fx.runnerAt(1.0);
        press(KeyCode.HOME);
        assertThat(fx.runner.isPlaying()).isFalse();
        press(KeyCode.SPACE);
        assertThat(fx.runner.isPlaying()).as("Space plays, it does not start a new run").isTrue();
        assertThat(fx.onFx(() -> fx.runner.runNumberProperty().get())).isEqualTo(1);
        press(KeyCode.SPACE);
        assertThat(fx.runner.isPlaying()).isFalse();
        assertThat(fx.runner.liveProperty().get()).isFalse();
    }

    @Test
    void arrowsTypedIntoATextFieldStayThere() {
        press(KeyCode.SPACE);
        fx.runnerAt(1.5);
        int all = events();
        TextField field = fx.onFx(() -> fx.robot.lookup("#tasksSpinner .text-field").queryAs(TextField.class));
        fx.robot.interact(() -> {
            field.requestFocus();
            field.positionCaret(field.getLength());
        });
        int caret = fx.onFx(field::getCaretPosition);
        press(KeyCode.LEFT);
        press(KeyCode.HOME);
        assertThat(playhead()).isEqualTo(all);
        assertThat(fx.runner.liveProperty().get()).isTrue();
        assertThat(fx.onFx(field::getCaretPosition)).isLessThan(caret).isZero();
    }
}
