package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.runner.RunnerEvent;
import gopatterns.ui.I18n;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The leak preset tells one true story: Start returns at 1.50 s and the status says so while the leaked
 * goroutine goes on in virtual time, and what it does after the program's exit is said to be never printed.
 */
class ShellLeakStoryTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private String msg(String key, Object... args) {
        return fx.onFx(() -> I18n.get(key, args));
    }

    @Test
    void afterStartReturnsTheLeakGoesOnAndIsSaidToBeUnseenByGo() {
        fx.choosePreset("runner.leak");
        fx.robot.interact(fx.shell::startOrPause);
        fx.runnerAt(1.6);
        assertThat(fx.runner.isRunning()).isFalse();
        assertThat(fx.text("#statusState")).isEqualTo(msg("status.returnedLeakRuns", "1.50"));

        fx.runnerAt(3.2);
        assertThat(fx.text("#statusTime")).as("the leaked goroutine's time is shown")
                .isEqualTo(msg("status.time", "3.20"));
        assertThat(fx.text("#statusState")).isEqualTo(msg("status.returnedLeakRuns", "1.50"));
        RunnerEvent last = fx.onFx(() -> fx.runner.lastEventProperty().get());
        assertThat(last).isInstanceOf(RunnerEvent.TaskWorking.class);
        int task = ((RunnerEvent.TaskWorking) last).task();
        String working = msg("explain.runner.TaskWorking", task,
                gopatterns.event.GoDuration.format(((RunnerEvent.TaskWorking) last).duration()));
        assertThat(fx.text("#explainText")).isEqualTo(msg("explain.runner.afterExit", working));

        fx.runToEnd(fx.runnerClock());
        assertThat(fx.text("#statusState")).isEqualTo(msg("status.returnedLeakBlocked", "1.50"));
        assertThat(fx.text("#statusTime")).isNotEqualTo(msg("status.time", "3.20"))
                .isNotEqualTo(msg("status.time", "1.50"));
    }

    @Test
    void theEndOfALeakingRunSaysTheRealProgramsExitHidesTheLeak() {
        fx.choosePreset("runner.leak");
        fx.robot.interact(fx.shell::startOrPause);
        fx.runnerAt(1.5);
        String explained = fx.text("#explainText");
        assertThat(explained).doesNotContain(msg("explain.runner.Ended", "Terminating due to timeout.", 1));
    }
}
