package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.common.Preset;
import java.time.Duration;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Each preset sets its parameters, and its run shows what its explanation promises. */
class ShellPresetsTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void choose(String id) {
        fx.robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Preset> box = fx.robot.lookup("#presetBox").queryAs(ComboBox.class);
            Preset p = box.getItems().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            box.getSelectionModel().select(p);
        });
        fx.settle();
        Preset chosen = fx.onFx(() -> fx.shell.page().presets().stream().filter(x -> x.id().equals(id))
                .findFirst().orElseThrow());
        assertThat(fx.text("#explainText")).isEqualTo(chosen.watch());
    }

    private void start() {
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
    }

    private Outcome outcome() {
        return fx.runner.endingProperty().get().outcome();
    }

    @Test
    void asInTheBookIsTheBooksDemoAndEndsInItsTie() {
        choose("runner.book");
        assertThat(fx.runner.parameters().timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(fx.runner.parameters().durations().spec()).isEqualTo("i*1s");
        start();
        fx.runToEnd(fx.runnerClock());
        assertThat(fx.runner.endingProperty().get().tie()).isTrue();
    }

    @Test
    void timeoutWinsWhileTheLastTaskRuns() {
        choose("runner.timeout-wins");
        start();
        fx.runnerAt(2.5);
        assertThat(outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(fx.runner.runningTaskProperty().get()).isEqualTo(2);
    }

    @Test
    void interruptMidTaskStopsBeforeTheNextTaskNotDuringIt() {
        choose("runner.interrupt-mid-task");
        start();
        fx.runnerAt(1.0);
        fx.robot.interact(fx.shell::interrupt);
        fx.runnerAt(1.999);
        assertThat(fx.runner.isRunning()).isTrue();
        fx.runnerAt(2.0);
        assertThat(outcome()).isEqualTo(Outcome.INTERRUPTED);
        assertThat(fx.runner.tasks().get(1).state().name()).isEqualTo("NEVER_STARTED");
    }

    @Test
    void interruptTooLateIsNeverSeenAndTheTimeoutWins() {
        choose("runner.interrupt-too-late");
        start();
        fx.runnerAt(1.5);
        fx.robot.interact(fx.shell::interrupt);
        fx.runToEnd(fx.runnerClock());
        assertThat(outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(fx.runner.history()).noneMatch(e -> e instanceof gopatterns.runner.RunnerEvent.InterruptObserved);
    }

    @Test
    void theLeakLeavesOneThreadAndFixedLeavesNone() {
        choose("runner.leak");
        assertThat(fx.runner.parameters().mode()).isEqualTo(RunnerMode.GO_FAITHFUL);
        start();
        fx.runToEnd(fx.runnerClock());
        assertThat(outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(fx.runnerClock().liveParticipants()).hasSize(1);

        choose("runner.fixed");
        // Choosing a preset resets the run first: the leaked thread is gone.
        assertThat(fx.runnerClock().liveParticipants()).isEmpty();
        assertThat(fx.runner.parameters().mode()).isEqualTo(RunnerMode.FIXED);
        start();
        fx.runToEnd(fx.runnerClock());
        assertThat(outcome()).isEqualTo(Outcome.TIMEOUT);
        assertThat(fx.runnerClock().liveParticipants()).isEmpty();
    }

    private gopatterns.pool.PoolStats poolRun(String preset) {
        fx.robot.interact(() -> fx.shell.selectPage(1));
        choose(preset);
        start();
        fx.runToEnd(fx.poolClock());
        assertThat(fx.pool.isRunning()).isFalse();
        return fx.pool.demo().pool().stats();
    }

    @Test
    void allArriveAtOnceReusesNothing() {
        var stats = poolRun("pool.at-once");
        assertThat(stats.created()).isEqualTo(25);
        assertThat(stats.reused()).isZero();
        assertThat(stats.closedAtRelease()).isEqualTo(23);
    }

    @Test
    void spreadArrivalsReuse() {
        var stats = poolRun("pool.spread");
        assertThat(stats.reused()).isPositive();
        assertThat(stats.created()).isLessThan(25);
    }

    @Test
    void theBoundedPoolMakesWorkersWaitAndNeverPassesItsCap() {
        var stats = poolRun("pool.bounded");
        assertThat(stats.waits()).isPositive();
        assertThat(stats.peakInUse()).isLessThanOrEqualTo(3);
        assertThat(stats.created() + stats.reused()).isEqualTo(25);
    }

    @Test
    void closingWhileBusyClosesLateReleasesAndRefusesLateArrivals() {
        fx.robot.interact(() -> fx.shell.selectPage(1));
        choose("pool.close-busy");
        start();
        fx.poolClock().advanceTo(1_000_000_000L);
        fx.settle();
        fx.robot.interact(fx.pool::closePool);
        fx.runToEnd(fx.poolClock());
        var stats = fx.pool.demo().pool().stats();
        assertThat(stats.closedAfterShutdown()).isPositive();
        assertThat(stats.refusedAcquires()).isPositive();
        assertThat(stats.balanced()).isTrue();
    }

    @Test
    void aFlakyFactoryFailsSomeAcquiresAndTheCountsStillAddUp() {
        var stats = poolRun("pool.flaky");
        assertThat(stats.factoryFailures()).isPositive();
        assertThat(stats.balanced()).isTrue();
        assertThat(stats.idle() + stats.inUse()).isZero();
    }
}
