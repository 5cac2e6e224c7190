package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.runner.RunnerEvent;
import gopatterns.ui.I18n;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Every shortcut does what the help overlay says it does. */
class ShellShortcutsTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void press(KeyCode... keys) {
        fx.robot.push(keys);
        fx.settle();
    }

    @Test
    void helpOverlayListsEveryShortcutAndOpensAndClosesByKey() {
        assertThat(fx.robot.lookup("#helpOverlay").tryQuery()).isEmpty();
        press(KeyCode.F1);
        List<String> shown = fx.onFx(() -> fx.robot.lookup("#helpOverlay .label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
        for (Shortcuts.Shortcut s : fx.shell.shortcuts().table()) {
            assertThat(shown).contains(s.keys(), I18n.get(s.descriptionKey()));
        }
        // And how editing a field ends, which gives these keys back.
        assertThat(shown).contains(I18n.get("help.fields.title"));
        for (Shortcuts.FieldKey k : fx.shell.shortcuts().fieldKeys()) {
            assertThat(shown).contains(k.keys(), I18n.get(k.descriptionKey()));
        }
        press(KeyCode.ESCAPE);
        assertThat(fx.robot.lookup("#helpOverlay").tryQuery()).isEmpty();
        press(KeyCode.SHIFT, KeyCode.SLASH);
        assertThat(fx.robot.lookup("#helpOverlay").tryQuery()).isPresent();
        press(KeyCode.F1);
        assertThat(fx.robot.lookup("#helpOverlay").tryQuery()).isEmpty();
    }

    @Test
    void spaceStartsThenPausesAndResumes() {
        assertThat(fx.runner.isRunning()).isFalse();
        press(KeyCode.SPACE);
        assertThat(fx.runner.isRunning()).isTrue();
        assertThat(fx.text("#statusState")).isEqualTo(I18n.get("status.running"));
        press(KeyCode.SPACE);
        assertThat(fx.runner.pausedProperty().get()).isTrue();
        assertThat(fx.runnerClock().isPaused()).isTrue();
        assertThat(fx.text("#statusState")).isEqualTo(I18n.get("status.paused"));
        press(KeyCode.SPACE);
        assertThat(fx.runner.pausedProperty().get()).isFalse();
        assertThat(fx.runner.isRunning()).isTrue();
    }

    @Test
    void sStepsToTheNextEventAndRResetsTheRun() {
        press(KeyCode.SPACE);
        long before = fx.runnerClock().nanos();
        press(KeyCode.S);
        assertThat(fx.runner.pausedProperty().get()).isTrue();
        // The book's demo: task #1 sleeps from 0 s to 1 s, the first wake-up.
        assertThat(fx.runnerClock().nanos()).isEqualTo(before + 1_000_000_000L);
        assertThat(fx.runner.tasks().get(1).state().name()).isEqualTo("DONE");
        press(KeyCode.R);
        assertThat(fx.runner.isRunning()).isFalse();
        assertThat(fx.runner.log()).isEmpty();
        fx.runnerClock().awaitSettled();
        assertThat(fx.runnerClock().liveParticipants()).isEmpty();
    }

    @Test
    void iSendsTheInterrupt() {
        press(KeyCode.SPACE);
        press(KeyCode.I);
        assertThat(fx.runner.history()).anySatisfy(e ->
                assertThat(e).isInstanceOf(RunnerEvent.InterruptRequested.class));
        fx.runnerAt(1.0);
        assertThat(fx.runner.history()).anySatisfy(e ->
                assertThat(e).isInstanceOf(RunnerEvent.InterruptObserved.class));
    }

    @Test
    void plusAndMinusStepThroughTheSpeeds() {
        assertThat(fx.runner.speedProperty().get()).isEqualTo(1.0);
        press(KeyCode.ADD);
        assertThat(fx.runner.speedProperty().get()).isEqualTo(2.0);
        assertThat(fx.runnerClock().speed()).isEqualTo(2.0);
        assertThat(fx.text("#statusSpeed")).isEqualTo(I18n.get("status.speed", "2.0"));
        press(KeyCode.SUBTRACT);
        press(KeyCode.MINUS);
        assertThat(fx.runner.speedProperty().get()).isEqualTo(0.5);
    }

    @Test
    void f11TogglesFullScreen() {
        press(KeyCode.F11);
        assertThat(fx.stage.isFullScreen()).isTrue();
        press(KeyCode.F11);
        assertThat(fx.stage.isFullScreen()).isFalse();
    }

    @Test
    void keysTypedIntoATextFieldStayThere() {
        press(KeyCode.SPACE);
        long before = fx.runnerClock().nanos();
        javafx.scene.control.TextField field = fx.onFx(() -> fx.robot.lookup("#tasksSpinner .text-field").queryAs(
                javafx.scene.control.TextField.class));
        fx.robot.interact(field::requestFocus);
        press(KeyCode.S);
        press(KeyCode.R);
        assertThat(fx.runnerClock().nanos()).isEqualTo(before);
        assertThat(fx.runner.isRunning()).isTrue();
        assertThat(fx.runner.pausedProperty().get()).isFalse();
        assertThat(field.getText()).contains("s").contains("r");
    }

    @Test
    void ctrlDigitsSwitchViewsAndTheViewLeftBehindIsReset() {
        press(KeyCode.SPACE);
        fx.runnerAt(1.5);
        assertThat(fx.runner.isRunning()).isTrue();
        press(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(fx.shell.page().id()).isEqualTo("pool");
        assertThat(fx.onFx(() -> fx.robot.lookup("#closePoolButton").tryQuery().isPresent())).isTrue();
        // Leaving the Runner stopped its run: no thread of it is left.
        assertThat(fx.runner.isRunning()).isFalse();
        assertThat(fx.runnerClock().liveParticipants()).isEmpty();
        press(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertThat(fx.shell.page().id()).isEqualTo("runner");
    }

    /** Ctrl+1 is the first page of the list, Ctrl+2 the second, ..., on the main keys and on the number pad. */
    @Test
    void ctrlAndAPageNumberOnTheMainKeysOrTheNumberPadShowThatPage() {
        List<Lessons.Lesson> pages = Lessons.all();
        for (String keys : List.of("NUMPAD", "DIGIT")) {
            // From the last page to the first: the window opens on the first, so every press changes the page.
            for (int i = pages.size() - 1; i >= 0; i--) {
                press(KeyCode.CONTROL, KeyCode.valueOf(keys + (i + 1)));
                assertThat(fx.shell.page().id()).as("Ctrl+" + keys + (i + 1)).isEqualTo(pages.get(i).page());
                String button = "#page-" + pages.get(i).page();
                assertThat(fx.onFx(() -> fx.lookup(button, ToggleButton.class).isSelected()))
                        .as("the page switch shows it").isTrue();
            }
        }
    }
}
