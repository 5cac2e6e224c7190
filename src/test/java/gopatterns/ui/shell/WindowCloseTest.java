package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolStats;
import gopatterns.runner.RunnerMode;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.Start;

/**
 * Closing the window in the middle of a run, in every mode: no thread of any run is left, and the pool has
 * closed every connection it made, exactly once.
 */
class WindowCloseTest extends ShellTestBase {

    /** A run in progress, and how far into it the window is closed. */
    enum MidRun {
        /** The timeout has fired during a task: the background thread is leaked, blocked for good. */
        RUNNER_GO_FAITHFUL_LEAKING(0, 3.5, f -> {
            f.runner.modeProperty().set(RunnerMode.GO_FAITHFUL);
            f.runner.timeoutSecondsProperty().set(2.5);
        }),
        RUNNER_FIXED(0, 1.5, f -> f.runner.modeProperty().set(RunnerMode.FIXED)),
        POOL_GO_COMPATIBLE(1, 0.3, f -> f.pool.setParams(PoolDemo.Params.book())),
        /** Three connections at most for 25 workers: most of them wait at the cap. */
        POOL_BOUNDED_WITH_WAITERS(1, 0.3, f -> f.pool.setParams(PoolDemo.Params.book().withBounded(3, Duration.ZERO)));

        final int page;
        final double seconds;
        final Consumer<ShellFixture> setUp;

        MidRun(int page, double seconds, Consumer<ShellFixture> setUp) {
            this.page = page;
            this.seconds = seconds;
            this.setUp = setUp;
        }
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @ParameterizedTest
    @EnumSource(MidRun.class)
    void closingTheWindowMidRunLeavesNoThreadAndNoOpenConnection(MidRun mid) throws Exception {
        fx.robot.interact(() -> {
            fx.shell.selectPage(mid.page);
            mid.setUp.accept(fx);
            fx.shell.model().start();
        });
        VirtualClock clock = fx.shell.model().clock();
        clock.advanceTo(Math.round(mid.seconds * 1e9));
        fx.settle();
        PoolDemo demo = fx.pool.demo();
        List<Thread> runThreads = clock.liveParticipants();
        assertThat(runThreads).as("threads of the run in progress").isNotEmpty();
        switch (mid) {
            case RUNNER_GO_FAITHFUL_LEAKING ->
                    assertThat(fx.runner.leakProperty().get().name()).isNotEqualTo("NONE");
            case POOL_BOUNDED_WITH_WAITERS -> assertThat(demo.pool().stats().waiting()).isPositive();
            case POOL_GO_COMPATIBLE -> assertThat(demo.pool().stats().inUse()).isPositive();
            default -> assertThat(fx.runner.isRunning()).isTrue();
        }

        fx.robot.interact(() -> fx.stage.fireEvent(new WindowEvent(fx.stage, WindowEvent.WINDOW_CLOSE_REQUEST)));

        assertThat(fx.stage.isShowing()).isFalse();
        for (Thread t : runThreads) {
            // Interrupted by the close: each ends on its own at once; the bound only keeps a failure short.
            t.join(Duration.ofSeconds(10));
            assertThat(t.isAlive()).as(t.getName() + " alive after the window closed").isFalse();
        }
        for (VirtualClock c : fx.clocks) {
            assertThat(c.liveParticipants()).isEmpty();
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.isAlive()
                && t.getName().matches("(runner|worker|pool)-.*"));
        if (demo != null) {
            PoolStats stats = demo.pool().stats();
            assertThat(stats.balanced()).as(stats.toString()).isTrue();
            assertThat(stats.closed()).isTrue();
            assertThat(stats.inUse() + stats.idle()).isZero();
            assertThat(demo.connections()).isNotEmpty().allSatisfy(c ->
                    assertThat(c.closes().get()).as("closes of connection " + c.id()).isEqualTo(1));
        }
        // The settings were saved on the way out.
        assertThat(config.resolve("settings.properties")).exists();
    }
}
