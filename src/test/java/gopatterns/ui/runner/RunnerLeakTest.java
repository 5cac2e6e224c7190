package gopatterns.ui.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import gopatterns.history.runner.LeakState;
import gopatterns.history.runner.TaskState;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.I18n;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** A timeout that cuts the run short: the bar, the leak in Go-faithful mode, its absence in fixed mode. */
class RunnerLeakTest extends RunnerViewTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** Four tasks of 0, 1, 2 and 3 s under a 1.5 s timeout set with the slider: task #2 runs when it fires. */
    private void shortTimeout(RunnerMode mode) {
        fx.robot.interact(() -> {
            fx.lookup("#timeoutSlider", Slider.class).setValue(1.5);
            fx.model.taskCountProperty().set(4);
        });
        fx.robot.clickOn(mode == RunnerMode.FIXED ? "#fixedToggle" : "#faithfulToggle");
        assertThat(fx.model.modeProperty().get()).isEqualTo(mode);
        assertThat(fx.model.timeoutSecondsProperty().get()).isEqualTo(1.5);
        fx.start();
    }

    @Test
    void theBarDrainsToZeroAndChangesAsItNearsIt() {
        shortTimeout(RunnerMode.GO_FAITHFUL);
        assertThat(fx.view().countdown().shownFraction()).isCloseTo(1.0, offset(0.01));
        assertThat(marked("#countdownBar", "warning") || marked("#countdownBar", "critical")).isFalse();
        fx.at(1.0);
        assertThat(text("#countdownRemaining")).isEqualTo(I18n.get("countdown.left", 0.5));
        assertThat(fx.view().countdown().shownFraction()).isCloseTo(1 / 3.0, offset(0.01));
        assertThat(marked("#countdownBar", "warning")).isTrue();
        fx.at(1.4);
        assertThat(marked("#countdownBar", "critical")).isTrue();
        assertThat(shown("#countdownMark")).isFalse();
        fx.at(1.5);
        assertThat(text("#countdownRemaining")).isEqualTo("timed out at 1.5 s");
        assertThat(fx.view().countdown().shownFraction()).isCloseTo(0, offset(0.001));
        assertThat(marked("#countdownBar", "fired")).isTrue();
        assertThat(shown("#countdownMark")).isTrue();
        assertThat(text("#countdownMarkLabel")).isEqualTo(I18n.get("countdown.mark.fired"));
        assertThat(text("#countdownStatus")).isEqualTo(I18n.get("countdown.fired", 1.5));
        // Frozen from then on, though the leaked goroutine goes on.
        fx.at(2.5);
        assertThat(text("#countdownRemaining")).isEqualTo("timed out at 1.5 s");
    }

    @Test
    void goFaithfulLeaksTheBackgroundGoroutine() {
        shortTimeout(RunnerMode.GO_FAITHFUL);
        fx.at(1.5);
        assertThat(fx.model.endingProperty().get().outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(fx.model.leakProperty().get()).isEqualTo(LeakState.LEAKED_RUNNING);
        // Task #2 goes on running, unseen, on the leaked goroutine; task #3 is left behind for it.
        assertThat(cardState(2)).isEqualTo(I18n.get("task.state.GHOST_RUNNING"));
        assertThat(marked(card(2), "ghost")).isTrue();
        assertThat(cardColumn(2)).isEqualTo(TaskState.Column.RUNNING);
        assertThat(cardState(3)).isEqualTo(I18n.get("task.state.GHOST_QUEUED"));
        assertThat(marked("#taskLane", "leaked")).isTrue();
        assertThat(text("#lane-header-running")).isEqualTo(I18n.get("lane.running.leaked"));
        assertThat(marked("#ghostLane", "leaked")).isTrue();
        assertThat(text("#backgroundThreadState")).isEqualTo(I18n.get("threads.bg.LEAKED", 2));
        assertLiveThreads(1);
        assertThat(fx.clock.liveParticipants().getFirst().getName()).isEqualTo("runner-background");

        fx.at(3.0);
        assertThat(cardState(2)).isEqualTo(I18n.get("task.state.GHOST_DONE"));
        assertThat(cardColumn(2)).isEqualTo(TaskState.Column.DONE);
        assertThat(cardState(3)).isEqualTo(I18n.get("task.state.GHOST_RUNNING"));
        fx.runToEnd();
        // Its work done, it waits forever to hand over a result that nobody will take.
        assertThat(fx.clock.nanos()).isEqualTo(6_000_000_000L);
        assertThat(cardState(3)).isEqualTo(I18n.get("task.state.GHOST_DONE"));
        assertThat(fx.model.leakProperty().get()).isEqualTo(LeakState.BLOCKED_FOREVER);
        assertThat(marked("#ghostLane", "blocked")).isTrue();
        assertThat(text("#backgroundThreadState")).isEqualTo(I18n.get("threads.bg.BLOCKED"));
        assertLiveThreads(1);
        // The Go program would have exited: what the leaked goroutine logs after the end is greyed.
        var log = logShown();
        assertThat(log.getLast().text()).endsWith("Processor - Task #3.");
        assertThat(log.getLast().afterEnd()).isTrue();
        assertThat(log.get(log.size() - 2).text()).endsWith("Terminating due to timeout.");
        assertThat(log.get(log.size() - 2).afterEnd()).isFalse();
    }

    @Test
    void fixedModeCancelsTheWorkAndLeavesNoThread() {
        shortTimeout(RunnerMode.FIXED);
        fx.at(1.5);
        assertThat(fx.model.endingProperty().get().outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(fx.model.leakProperty().get()).isEqualTo(LeakState.CANCELLED);
        assertThat(cardState(2)).isEqualTo(I18n.get("task.state.CANCELLED"));
        assertThat(cardColumn(2)).isEqualTo(TaskState.Column.DONE);
        assertThat(cardState(3)).isEqualTo(I18n.get("task.state.NEVER_STARTED"));
        assertThat(marked("#taskLane", "leaked")).isFalse();
        assertThat(marked("#ghostLane", "cancelled")).isTrue();
        assertThat(text("#backgroundThreadState")).isEqualTo(I18n.get("threads.bg.CANCELLED"));
        assertLiveThreads(0);
        fx.runToEnd();
        assertThat(fx.clock.nanos()).isEqualTo(1_500_000_000L);
        assertThat(logShown()).noneMatch(l -> l.afterEnd());
    }

    @Test
    void resetStopsTheLeakedGoroutineAtOnce() {
        shortTimeout(RunnerMode.GO_FAITHFUL);
        fx.at(2.0);
        assertLiveThreads(1);
        fx.robot.clickOn("#resetButton");
        fx.settle();
        assertLiveThreads(0);
        assertThat(fx.model.leakProperty().get()).isEqualTo(LeakState.NONE);
        assertThat(cardState(2)).isEqualTo(I18n.get("task.state.QUEUED"));
        assertThat(marked("#ghostLane", "leaked")).isFalse();
        assertThat(text("#countdownStatus")).isEqualTo(I18n.get("countdown.idle"));
        assertThat(logShown()).isEmpty();
    }

    @Test
    void changingSpeedMidRunKeepsBarAndTasksInStep() {
        fx.robot.interact(() -> fx.model.timeoutSecondsProperty().set(10));
        fx.start();
        fx.at(1.5);
        // 4x on the transport bar's speed slider (logarithmic: its value is log10 of the speed).
        fx.robot.interact(() -> fx.lookup("#speedSlider", Slider.class).setValue(Math.log10(4)));
        assertThat(fx.clock.speed()).isEqualTo(4.0);
        assertThat(text("#speedLabel")).isEqualTo("4.0×");
        fx.at(1.8);
        assertInStep(1.8);
        fx.robot.interact(() -> fx.lookup("#speedSlider", Slider.class).setValue(Math.log10(0.5)));
        assertThat(fx.clock.speed()).isEqualTo(0.5);
        fx.at(2.6);
        assertInStep(2.6);
    }

    /** The bar and the running task (#2, from 1 s for 2 s) both show {@code seconds} of virtual time. */
    private void assertInStep(double seconds) {
        double barElapsed = 10 * (1 - fx.view().countdown().shownFraction());
        double progress = fx.robot.from(card(2)).lookup(".task-progress")
                .queryAs(javafx.scene.control.ProgressBar.class).getProgress();
        double taskElapsed = 1 + progress * 2;
        assertThat(barElapsed).isCloseTo(seconds, offset(0.02));
        assertThat(taskElapsed).isCloseTo(seconds, offset(1e-9));
        assertThat(text("#countdownRemaining")).isEqualTo(I18n.get("countdown.left", 10 - seconds));
    }
}
