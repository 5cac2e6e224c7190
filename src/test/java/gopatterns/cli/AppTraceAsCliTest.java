package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventTrace;
import gopatterns.event.GoDuration;
import gopatterns.pool.PoolDemo;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.pool.PoolModel;
import gopatterns.ui.pool.PoolPage;
import gopatterns.ui.runner.RunnerModel;
import gopatterns.ui.runner.RunnerPage;
import gopatterns.ui.shell.TraceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's saved trace of a run is the command line's {@code --trace} for the same parameters and seed, byte
 * for byte: numbered from 1 and timed from 0 for every run, also the second one on the same clock.
 */
@ExtendWith(ApplicationExtension.class)
class AppTraceAsCliTest {

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final VirtualClock clock = VirtualClock.manual();
    private SimulationModel<?> model;

    @AfterEach
    void dispose() {
        robot.interact(model::dispose);
    }

    @Test
    void aRunnerRunSavedInTheAppIsTheCliTrace() throws IOException {
        RunnerModel runner = new RunnerModel(clock);
        model = runner;
        RunnerDemo.Params leak = RunnerPage.presetParameters().get("leak");
        robot.interact(() -> runner.setParameters(RunnerPage.presetParameters().get("timeout-wins")));
        runTwice();
        // The second run, with other parameters, on a clock that has moved on.
        robot.interact(() -> runner.setParameters(leak));
        runToEnd();

        Path cli = cliTrace("runner", "--timeout", GoDuration.format(leak.timeout()), "--tasks",
                String.valueOf(leak.tasks()), "--durations", leak.durations().spec(), "--mode",
                leak.mode() == RunnerMode.FIXED ? "fixed" : "go", "--seed", String.valueOf(leak.seed()));
        assertThat(appTrace()).isEqualTo(Files.readString(cli));
    }

    @Test
    void aPoolRunSavedInTheAppIsTheCliTrace() throws IOException {
        PoolModel pool = new PoolModel(clock);
        model = pool;
        PoolDemo.Params flaky = PoolPage.presetParameters().get("flaky");
        robot.interact(() -> pool.setParams(flaky));
        runTwice();

        Path cli = cliTrace("pool", "--size", String.valueOf(flaky.size()), "--workers",
                String.valueOf(flaky.workers()), "--hold", GoDuration.format(flaky.hold()), "--spread",
                GoDuration.format(flaky.spread()), "--failure-rate", String.valueOf(flaky.failureRate()),
                "--seed", String.valueOf(flaky.seed()));
        assertThat(appTrace()).isEqualTo(Files.readString(cli));
    }

    /** Two runs one after the other: the one saved is the second. */
    private void runTwice() {
        runToEnd();
        assertThat(clock.nanos()).as("the first run took time").isPositive();
        runToEnd();
    }

    private void runToEnd() {
        robot.interact(model::start);
        clock.runUntilIdle();
        clock.awaitSettled();
        robot.interact(model::sync);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What File → Save trace writes. */
    private String appTrace() throws IOException {
        Path file = dir.resolve("app.jsonl");
        TraceFiles.Saved run = WaitForAsyncUtils.waitForAsyncFx(10_000, () -> TraceFiles.saved(model));
        EventTrace.writeAll(file, run.header(), new ArrayList<>(run.events()));
        String text = Files.readString(file);
        assertThat(text.lines().skip(1).findFirst()).hasValueSatisfying(
                first -> assertThat(first).startsWith("{\"seq\":1,\"atNanos\":0,"));
        return text;
    }

    private Path cliTrace(String... args) {
        Path file = dir.resolve("cli.jsonl");
        List<String> line = new ArrayList<>(List.of(args));
        line.addAll(List.of("--trace", file.toString()));
        new CliRun().start(line.toArray(String[]::new)).finish();
        return file;
    }
}
