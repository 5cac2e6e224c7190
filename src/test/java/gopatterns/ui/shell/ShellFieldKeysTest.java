package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * Editing a number field, then using the keyboard as a teacher does: Enter keeps the value, Esc puts the old
 * one back, a click outside keeps it, Space keeps it and starts the run; after each, Space, S and R work.
 */
class ShellFieldKeysTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void press(KeyCode... keys) {
        fx.robot.push(keys);
        fx.settle();
    }

    /** Clicks into the field, selects what is there, types {@code digits}. */
    private TextField typeInto(String spinner, KeyCode... digits) {
        TextField field = fx.lookup("#" + spinner + " .text-field", TextField.class);
        fx.robot.clickOn(field);
        fx.robot.interact(field::selectAll);
        for (KeyCode k : digits) {
            press(k);
        }
        return field;
    }

    private Node focusOwner() {
        return fx.onFx(() -> fx.stage.getScene().getFocusOwner());
    }

    /** The keys are the window's again: Space starts a run, S steps it, R resets it. */
    private void assertShortcutsWork() {
        assertThat(focusOwner()).isNotInstanceOf(TextInputControl.class);
        press(KeyCode.SPACE);
        assertThat(fx.runner.isRunning()).isTrue();
        long before = fx.runnerClock().nanos();
        press(KeyCode.S);
        assertThat(fx.runner.pausedProperty().get()).isTrue();
        assertThat(fx.runnerClock().nanos()).isGreaterThan(before);
        press(KeyCode.R);
        assertThat(fx.runner.isRunning()).isFalse();
        assertThat(fx.runner.log()).isEmpty();
    }

    @Test
    void enterKeepsTheValueTypedAndGivesTheKeysBack() {
        TextField field = typeInto("tasksSpinner", KeyCode.DIGIT5);
        assertThat(fx.runner.taskCountProperty().get()).isEqualTo(3);
        press(KeyCode.ENTER);
        assertThat(fx.runner.taskCountProperty().get()).isEqualTo(5);
        assertThat(field.getText()).isEqualTo("5");
        assertShortcutsWork();
        assertThat(fx.runner.parameters().tasks()).isEqualTo(5);
    }

    @Test
    void escPutsTheOldValueBackAndGivesTheKeysBack() {
        TextField field = typeInto("tasksSpinner", KeyCode.DIGIT7);
        assertThat(field.getText()).isEqualTo("7");
        press(KeyCode.ESCAPE);
        assertThat(fx.runner.taskCountProperty().get()).isEqualTo(3);
        assertThat(field.getText()).isEqualTo("3");
        assertShortcutsWork();
        assertThat(fx.runner.parameters().tasks()).isEqualTo(3);
    }

    @Test
    void aClickOnTheBackgroundKeepsTheValueAndGivesTheKeysBack() {
        TextField field = typeInto("tasksSpinner", KeyCode.DIGIT6);
        fx.robot.clickOn("#explainText");
        fx.settle();
        assertThat(fx.runner.taskCountProperty().get()).isEqualTo(6);
        assertThat(field.getText()).isEqualTo("6");
        assertShortcutsWork();
    }

    @Test
    void spaceInTheWorkersFieldKeepsTheNumberAndStartsTheRun() {
        press(KeyCode.CONTROL, KeyCode.DIGIT2);
        TextField field = typeInto("workersSpinner", KeyCode.DIGIT1, KeyCode.DIGIT2);
        press(KeyCode.SPACE);
        assertThat(field.getText()).isEqualTo("12");
        assertThat(fx.pool.workersProperty().get()).isEqualTo(12);
        assertThat(fx.pool.isRunning()).isTrue();
        assertThat(focusOwner()).isNotInstanceOf(TextInputControl.class);
        press(KeyCode.R);
        assertThat(fx.pool.isRunning()).isFalse();
    }

    @Test
    void aSpaceNeverGoesIntoANumberField() {
        TextField field = fx.lookup("#tasksSpinner .text-field", TextField.class);
        fx.robot.interact(() -> {
            field.setText("4");
            field.insertText(1, " 2");
        });
        assertThat(field.getText()).isEqualTo("4");
    }

    @Test
    void spaceOnAFocusedSliderStartsTheRun() {
        Slider slider = fx.lookup("#timeoutSlider", Slider.class);
        double value = slider.getValue();
        fx.robot.interact(slider::requestFocus);
        press(KeyCode.SPACE);
        assertThat(fx.runner.isRunning()).isTrue();
        assertThat(slider.getValue()).isEqualTo(value);
    }

    // ---------------------------------------------------------------- after a refused value: the message goes
    // with the first key, so F1's sheet is never covered by it and Esc closes the sheet as after a value taken.

    /** Clicks into the tasks field, types "4l", Enter: refused, and said under the field. */
    private void refuse() {
        typeInto("tasksSpinner", KeyCode.DIGIT4, KeyCode.L);
        press(KeyCode.ENTER);
        assertThat(noticeShown()).as("the message about 4l").isTrue();
    }

    private boolean noticeShown() {
        return fx.onFx(() -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && "fieldNotice".equals(t.getId()) && t.isShowing()));
    }

    private boolean helpShown() {
        return fx.robot.lookup("#helpOverlay").tryQuery().isPresent();
    }

    @Test
    void afterARefusedValueF1OpensTheSheetUncoveredAndEscClosesIt() {
        refuse();
        press(KeyCode.F1);
        assertThat(helpShown()).isTrue();
        assertThat(noticeShown()).as("no message over the sheet").isFalse();
        press(KeyCode.ESCAPE);
        assertThat(helpShown()).as("Esc closes the sheet at once").isFalse();
    }

    @Test
    void theSheetOpenedByItsButtonIsNotCoveredEither() {
        refuse();
        fx.robot.interact(() -> fx.shell.toggleHelp());
        fx.settle();
        assertThat(helpShown()).isTrue();
        assertThat(noticeShown()).as("no message over the sheet").isFalse();
    }

    @Test
    void spaceStartsTheRunAndTheMessageGoes() {
        refuse();
        press(KeyCode.SPACE);
        assertThat(fx.runner.isRunning()).isTrue();
        assertThat(noticeShown()).as("no message over the running animation").isFalse();
    }

    @Test
    void anotherPageTakesTheMessageAway() {
        refuse();
        press(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertThat(noticeShown()).isFalse();
    }
}
