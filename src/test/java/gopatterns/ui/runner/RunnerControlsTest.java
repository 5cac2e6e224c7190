package gopatterns.ui.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gopatterns.history.runner.RunEnding;
import gopatterns.runner.DurationRule;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.I18n;
import java.time.Duration;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The parameters: valid ranges only, live where the runner allows it, "next run" where it does not. */
class RunnerControlsTest extends RunnerViewTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void theControlsCannotReachInvalidValues() {
        Slider timeout = fx.lookup("#timeoutSlider", Slider.class);
        assertThat(timeout.getMin()).isEqualTo(0.5);
        assertThat(timeout.getMax()).isEqualTo(20);
        typeInto("#tasksSpinner", "99");
        assertThat(fx.model.taskCountProperty().get()).isEqualTo(12);
        typeInto("#tasksSpinner", "0");
        assertThat(fx.model.taskCountProperty().get()).isEqualTo(1);
        typeInto("#tasksSpinner", "five");
        assertThat(fx.model.taskCountProperty().get()).isEqualTo(1);
        assertThat(fx.lookup("#tasksSpinner", Spinner.class).getEditor().getText()).isEqualTo("1");
        typeInto("#lengthSpinner", "NaN");
        assertThat(fx.model.durationSecondsProperty().get()).isEqualTo(1.0);
        typeInto("#lengthSpinner", "2,5");
        assertThat(fx.model.durationSecondsProperty().get()).isEqualTo(2.5);
        typeInto("#seedSpinner", "-3");
        assertThat(fx.model.seedProperty().get()).isZero();
        // The model itself holds its ranges, whoever sets it.
        fx.robot.interact(() -> {
            fx.model.timeoutSecondsProperty().set(100);
            fx.model.durationSecondsProperty().set(Double.NaN);
        });
        assertThat(fx.model.timeoutSecondsProperty().get()).isEqualTo(20);
        assertThat(timeout.getValue()).isEqualTo(20);
        assertThat(fx.model.durationSecondsProperty().get()).isEqualTo(2.5);
        assertThat(cardsShown()).isEqualTo(1);
    }

    @Test
    void setParametersRefusesWhatTheViewCannotShowAndChangesNothing() {
        RunnerDemo.Params before = fx.model.parameters();
        assertThatThrownBy(() -> fx.model.setParameters(before.withTasks(13)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fx.model.setParameters(before.withDurations(
                DurationRule.parse("0s,1s", 1)))).isInstanceOf(IllegalArgumentException.class);
        assertThat(fx.model.parameters()).isEqualTo(before);
    }

    @Test
    void theParametersShapeTheTasksBeforeARun() {
        fx.robot.interact(() -> {
            fx.lookup("#durationKindChoice", ChoiceBox.class).setValue(DurationKind.CONSTANT);
            fx.model.durationSecondsProperty().set(0.5);
            fx.model.taskCountProperty().set(5);
        });
        fx.settle();
        assertThat(cardsShown()).isEqualTo(5);
        assertThat(text("#lengthLabel")).isEqualTo(I18n.get("params.length.CONSTANT"));
        for (int i = 0; i < 5; i++) {
            assertThat(fx.robot.from(card(i)).lookup(".task-duration").queryLabeled().getText()).isEqualTo("500ms");
        }
    }

    @Test
    void durationsChangedMidRunReachTheTasksNotYetStarted() {
        fx.start();
        fx.at(0.5);
        assertThat(text("#durationsBadge")).isEqualTo(I18n.get("param.live"));
        assertThat(shown("#durationsBadge")).isTrue();
        fx.robot.interact(() -> fx.model.durationSecondsProperty().set(0.5));
        fx.settle();
        // Task #1 already works its 1 s; task #2 will work 2 × 0.5 s.
        assertThat(fx.robot.from(card(1)).lookup(".task-duration").queryLabeled().getText()).isEqualTo("1s");
        assertThat(fx.robot.from(card(2)).lookup(".task-duration").queryLabeled().getText()).isEqualTo("1s");
        fx.runToEnd();
        assertThat(fx.model.endingProperty().get().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(fx.model.endingProperty().get().atNanos()).isEqualTo(2_000_000_000L);
    }

    @Test
    void aLongerTimeoutMidRunCountsFromTheCreationOfTheRunner() {
        fx.start();
        fx.at(0.5);
        fx.robot.interact(() -> fx.lookup("#timeoutSlider", Slider.class).setValue(10));
        fx.settle();
        assertThat(text("#countdownRemaining")).isEqualTo(I18n.get("countdown.left", 9.5));
        fx.runToEnd();
        assertThat(fx.model.endingProperty().get()).isEqualTo(new RunEnding(Outcome.COMPLETED, false, 3_000_000_000L));
    }

    @Test
    void aTimeoutShortenedBelowTheTimeAlreadySpentFiresAtOnce() {
        fx.start();
        fx.at(0.8);
        fx.robot.interact(() -> fx.model.timeoutSecondsProperty().set(0.5));
        fx.settle();
        assertThat(fx.model.endingProperty().get()).isEqualTo(new RunEnding(Outcome.TIMEOUT, false, 800_000_000L));
        assertThat(text("#outcomeTitle")).isEqualTo(I18n.get("outcome.TIMEOUT"));
    }

    @Test
    void taskCountModeAndSeedApplyOnTheNextRun() {
        fx.start();
        fx.at(0.5);
        for (String badge : List.of("#tasksBadge", "#modeBadge", "#seedBadge")) {
            assertThat(shown(badge)).as(badge).isTrue();
            assertThat(text(badge)).isEqualTo(I18n.get("param.nextRun"));
        }
        assertThat(text("#timeoutBadge")).isEqualTo(I18n.get("param.live"));
        fx.robot.interact(() -> fx.model.taskCountProperty().set(6));
        fx.robot.clickOn("#fixedToggle");
        fx.settle();
        assertThat(cardsShown()).isEqualTo(3);
        assertThat(fx.model.runParamsProperty().get().mode()).isEqualTo(RunnerMode.GO_FAITHFUL);
        fx.robot.clickOn("#startButton");
        fx.settle();
        assertThat(cardsShown()).isEqualTo(6);
        assertThat(fx.model.runParamsProperty().get().mode()).isEqualTo(RunnerMode.FIXED);
        fx.runToEnd();
        assertThat(shown("#tasksBadge")).isFalse();
    }

    @Test
    void theModeToggleAlwaysHasOneModeChosen() {
        fx.robot.clickOn("#faithfulToggle");
        assertThat(fx.lookup("#faithfulToggle", javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(fx.model.modeProperty().get()).isEqualTo(RunnerMode.GO_FAITHFUL);
        fx.robot.interact(() -> fx.model.modeProperty().set(RunnerMode.FIXED));
        assertThat(fx.lookup("#fixedToggle", javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        assertThat(text("#modeHint")).isEqualTo(I18n.get("params.mode.FIXED.hint"));
    }

    @Test
    void aNewViewOfTheModelShowsTheSameRunInAnotherLanguage() {
        fx.robot.interact(() -> fx.model.taskCountProperty().set(4));
        fx.start();
        fx.at(0.5);
        fx.robot.clickOn("#interruptButton");
        fx.at(0.75);
        String statusBefore = text("#interruptStatus");
        String remainingBefore = text("#countdownRemaining");
        List<String> logBefore = logMessages();
        try {
            fx.robot.interact(() -> {
                I18n.localeProperty().set(I18n.CHINESE);
                fx.rebuild();
            });
            fx.settle();
            assertThat(text("#interruptStatus")).isEqualTo(I18n.get("interrupt.PENDING", 0.5, 1, 2))
                    .isNotEqualTo(statusBefore).contains("任务");
            assertThat(cardState(1)).isEqualTo("运行中");
            assertThat(card(1).interruptWaitingShown()).isTrue();
            assertThat(cardState(3)).isEqualTo("排队");
            assertThat(text("#countdownRemaining")).isEqualTo("剩余 2.2 秒");
            assertThat(logMessages()).isEqualTo(logBefore);
            fx.at(1.0);
            assertThat(text("#outcomeTitle")).isEqualTo("已中断");
            assertThat(text("#outcomeMessage")).isEqualTo("Terminating due to interrupt.");
        } finally {
            fx.robot.interact(() -> {
                I18n.localeProperty().set(I18n.ENGLISH);
                fx.rebuild();
            });
        }
        fx.settle();
        assertThat(text("#outcomeTitle")).isEqualTo("Interrupted");
        assertThat(remainingBefore).isEqualTo("2.2 s left");
    }

    private int cardsShown() {
        return fx.robot.lookup(".task-card").queryAll().size();
    }

    private void typeInto(String spinnerId, String text) {
        Node editor = fx.lookup(spinnerId, Spinner.class).getEditor();
        fx.robot.doubleClickOn(editor);
        fx.robot.interact(() -> ((javafx.scene.control.TextField) editor).selectAll());
        fx.robot.write(text);
        fx.robot.type(KeyCode.ENTER);
        fx.settle();
    }
}
