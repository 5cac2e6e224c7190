package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.common.Preset;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * What the window says at the start and end of a run, and that it belongs to the page and run shown: the
 * clock, the status bar, the explanation line and the preset box.
 */
class ShellRunTextTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<Preset> presetBox() {
        return fx.robot.lookup("#presetBox").queryAs(ComboBox.class);
    }

    private void choose(String id) {
        fx.robot.interact(() -> {
            ComboBox<Preset> box = presetBox();
            box.getSelectionModel().select(box.getItems().stream().filter(x -> x.id().equals(id)).findFirst()
                    .orElseThrow());
        });
        fx.settle();
    }

    private String title(String presetId) {
        return fx.onFx(() -> I18n.get("preset." + presetId));
    }

    @Test
    void startWhilePausedStartsARunThatRuns() {
        fx.robot.interact(() -> {
            if (!fx.runner.pausedProperty().get()) {
                fx.runner.togglePause();
            }
        });
        fx.robot.clickOn("#startButton");
        fx.settle();
        assertThat(fx.runner.isRunning()).isTrue();
        assertThat(fx.runner.pausedProperty().get()).as("a run started by Start is not frozen").isFalse();
        assertThat(fx.text("#statusState")).isEqualTo(I18n.get("status.running"));
    }

    @Test
    void stepBeforeAnyRunStartsItPausedAtItsFirstEvent() {
        fx.robot.interact(fx.shell::step);
        fx.settle();
        assertThat(fx.runner.startedProperty().get()).isTrue();
        assertThat(fx.runner.isRunning()).isTrue();
        assertThat(fx.runner.pausedProperty().get()).isTrue();
        assertThat(fx.runner.history()).isNotEmpty();
        assertThat(fx.runner.timeProperty().get()).isZero();
        assertThat(fx.text("#statusState")).isEqualTo(I18n.get("status.paused"));
    }

    @Test
    void virtualTimeStopsWhenTheRunEndsAndTheStatusSaysWhen() {
        choose("runner.fixed"); // a 1.5 s timeout that cancels the work: nothing goes on after it
        fx.robot.interact(fx.shell::startOrPause);
        fx.runnerAt(1.5);
        assertThat(fx.runner.isRunning()).isFalse();
        fx.runnerAt(4.0);
        assertThat(fx.text("#statusTime")).isEqualTo(I18n.get("status.time", "1.50"));
        assertThat(fx.text("#statusState")).isEqualTo(I18n.get("status.endedAt", "1.50"));
        assertThat(fx.text("#timeLabel")).isEqualTo("t = 1.50s");
    }

    @Test
    void theTieExplanationFormatsAndSaysWhatTheRealGoProgramDoes() {
        choose("runner.book");
        fx.robot.interact(fx.shell::startOrPause);
        fx.runToEnd(fx.runnerClock());
        assertThat(fx.runner.endingProperty().get().tie()).isTrue();
        String explained = fx.text("#explainText");
        assertThat(explained).doesNotContain("{").contains("Go's select")
                .contains(fx.runner.endingProperty().get().goMessage())
                .contains("Exit status " + fx.runner.endingProperty().get().exitCode())
                .contains("2 of 26 measured runs");
    }

    @Test
    void theStatusBarNeverNamesARunnerPresetWhileThePoolIsShown() {
        choose("runner.book");
        assertThat(fx.text("#statusMessage")).contains(title("runner.book"));
        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.settle();
        assertThat(fx.text("#statusMessage")).doesNotContain(title("runner.book"));
        assertThat(fx.text("#explainText")).isNotEqualTo(fx.onFx(() -> I18n.get("preset.runner.book.watch")));
    }

    @Test
    void switchingLanguageKeepsTheStatusAndTheChosenPreset() {
        choose("runner.timeout-wins");
        fx.robot.interact(() -> fx.shell.setLocale(I18n.CHINESE));
        fx.settle();
        String chineseTitle = title("runner.timeout-wins");
        assertThat(fx.text("#statusMessage")).isEqualTo(fx.onFx(() -> I18n.get("preset.applied", chineseTitle)));
        assertThat(fx.onFx(() -> presetBox().getButtonCell().getText())).isEqualTo(chineseTitle);
        assertThat(fx.text("#explainText")).isEqualTo(fx.onFx(() -> I18n.get("preset.runner.timeout-wins.watch")));
    }

    @Test
    void choosingTheSelectedPresetAgainRestoresItsParameters() {
        choose("runner.timeout-wins");
        assertThat(fx.runner.timeoutSecondsProperty().get()).isEqualTo(2.5);
        fx.robot.interact(() -> fx.runner.timeoutSecondsProperty().set(7));
        choose("runner.timeout-wins");
        assertThat(fx.runner.timeoutSecondsProperty().get()).isEqualTo(2.5);
        assertThat(fx.onFx(() -> presetBox().getButtonCell().getText())).isEqualTo(title("runner.timeout-wins"));
    }

    @Test
    void movingASliderOffThePresetMidRunTakesItsNameAndItsQuestionAway() {
        choose("runner.book");
        fx.robot.interact(() -> fx.shell.predict().enabledProperty().set(true));
        fx.robot.clickOn("#startButton");
        fx.settle();
        assertThat(fx.onFx(() -> fx.shell.predict().phase())).as("the book's story asks first")
                .isEqualTo(PredictFirst.Phase.ASKING);
        fx.robot.interact(() -> fx.shell.predict().close());
        fx.robot.interact(() -> fx.runner.timeoutSecondsProperty().set(9.4));
        fx.settle();
        assertThat(fx.onFx(() -> presetBox().getButtonCell().getText())).as("no preset has a 9.4 s timeout")
                .isEqualTo(fx.onFx(() -> I18n.get("preset.prompt")));

        // Predict first has no question for settings no story has: the run plays, and the status bar says why.
        fx.robot.clickOn("#startButton");
        fx.settle();
        assertThat(fx.onFx(() -> fx.shell.predict().phase())).isEqualTo(PredictFirst.Phase.NONE);
        assertThat(fx.runner.isRunning()).isTrue();
        assertThat(fx.text("#statusMessage")).isEqualTo(fx.onFx(() -> I18n.get("predict.noQuestion")));

        fx.robot.interact(() -> fx.runner.timeoutSecondsProperty().set(3));
        fx.settle();
        assertThat(fx.onFx(() -> presetBox().getButtonCell().getText())).as("back on the book's values")
                .isEqualTo(title("runner.book"));
    }

    @Test
    void aNewPresetOrAPageSwitchTakesThePoolLessonAway() {
        fx.robot.interact(() -> fx.shell.selectPage(1));
        choose("pool.at-once");
        fx.robot.interact(fx.shell::startOrPause);
        fx.runToEnd(fx.poolClock());
        assertThat(fx.text("#eventCaption")).startsWith("Done");

        choose("pool.spread");
        assertThat(fx.text("#eventCaption")).doesNotContain("Done");

        fx.robot.interact(fx.shell::startOrPause);
        fx.runToEnd(fx.poolClock());
        assertThat(fx.text("#eventCaption")).startsWith("Done");
        fx.robot.interact(() -> fx.shell.selectPage(0));
        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.settle();
        assertThat(fx.text("#eventCaption")).doesNotContain("Done");
    }
}
