package gopatterns.ui;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.cli.CliLog;
import gopatterns.clock.VirtualClock;
import gopatterns.event.GoDuration;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolMode;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.common.LogPaneLook;
import gopatterns.ui.common.Preset;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.pool.PoolModel;
import gopatterns.ui.pool.PoolPage;
import gopatterns.ui.pool.PoolShowcase;
import gopatterns.ui.runner.RunnerModel;
import gopatterns.ui.runner.RunnerPage;
import gopatterns.ui.runner.RunnerShowcase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For every preset of both views, run to its end in its view: the Go log greys exactly the lines the command
 * line does not print for the same parameters and seed (messages compared, time stamps cut off), and its
 * newest line is wholly in view.
 */
@ExtendWith(ApplicationExtension.class)
class GoLogAsCliTest {

    /** Where the presets that are about an interrupt are interrupted, as their texts tell the user to. */
    private static final Map<String, Duration> RUNNER_INTERRUPTS = Map.of(
            "runner.interrupt-mid-task", Duration.ofSeconds(1),
            "runner.interrupt-too-late", Duration.ofMillis(1500));

    private static final int STAMP = "2026/11/27 01:45:38 ".length();

    private final FxRobot robot = new FxRobot();
    private final VirtualClock clock = VirtualClock.manual();
    private Stage stage;
    private SimulationModel<?> model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void dispose() {
        if (model != null) {
            robot.interact(model::dispose);
        }
    }

    static Stream<Arguments> runnerPresets() {
        return new RunnerPage(new RunnerModel(VirtualClock.manual())).presets().stream()
                .flatMap(p -> Stream.of(Arguments.of(p.id(), null),
                        Arguments.of(p.id(), RUNNER_INTERRUPTS.get(p.id()))))
                .distinct();
    }

    static Stream<String> poolPresets() {
        return new PoolPage(new PoolModel(VirtualClock.manual())).presets().stream().map(Preset::id);
    }

    @ParameterizedTest(name = "{0}, Ctrl+C at {1}")
    @MethodSource("runnerPresets")
    void runnerGreysWhatTheCliDoesNotPrint(String preset, Duration interruptAt) {
        RunnerModel runner = new RunnerModel(clock);
        model = runner;
        show(RunnerShowcase.scene(runner, RunnerShowcase.WIDTH, RunnerShowcase.HEIGHT));
        robot.interact(() -> presetOf(new RunnerPage(runner).presets(), preset).apply().run());
        RunnerDemo.Params p = onFx(runner::parameters);
        robot.interact(runner::start);
        if (interruptAt != null) {
            clock.advanceTo(interruptAt.toNanos());
            settle();
            robot.interact(runner::interrupt);
        }
        clock.runUntilIdle();
        settle();

        List<String> cli = CliLog.messages(interruptAt, runnerArgs(p));
        List<SimulationModel.LogLine> shown = shownLog();
        List<String> messages = shown.stream().map(l -> l.text().substring(STAMP)).toList();
        // The runner's lines come in one order: the CLI's are the first ones, the rest came after the exit.
        assertThat(messages).as("the log begins with what the CLI prints").startsWith(cli.toArray(String[]::new));
        assertThat(shown.subList(0, cli.size())).as("printed lines are not greyed")
                .noneMatch(SimulationModel.LogLine::afterEnd);
        assertThat(shown.subList(cli.size(), shown.size())).as("lines after the exit are greyed")
                .allMatch(SimulationModel.LogLine::afterEnd);
        assertNewestInView();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("poolPresets")
    void poolGreysWhatTheCliDoesNotPrint(String preset) {
        PoolModel pool = new PoolModel(clock);
        model = pool;
        show(PoolShowcase.scene(pool, PoolShowcase.WIDTH, PoolShowcase.HEIGHT));
        robot.interact(() -> presetOf(new PoolPage(pool).presets(), preset).apply().run());
        PoolDemo.Params p = onFx(pool::params);
        robot.interact(pool::start);
        clock.runUntilIdle();
        settle();

        List<SimulationModel.LogLine> shown = shownLog();
        // Goroutines that log at one virtual instant do so in the order they get the pool's lock, and the
        // connection a worker gets depends on that order: compare the lines as a multiset, without the CID.
        assertThat(comparable(shown.stream().filter(l -> !l.afterEnd()).map(l -> l.text().substring(STAMP))))
                .isEqualTo(comparable(CliLog.messages(null, poolArgs(p)).stream()));
        assertThat(shown).as("the CLI prints every line, so nothing is greyed")
                .noneMatch(SimulationModel.LogLine::afterEnd);
        int shutdown = indexOf(shown, "Shutdown Program");
        assertThat(shown.subList(shutdown + 1, shown.size()))
                .as("the idle connections are closed after Shutdown Program, and printed")
                .isNotEmpty()
                .allMatch(l -> l.text().substring(STAMP).startsWith("Close: Connection "));
        assertNewestInView();
    }

    private static Preset presetOf(List<Preset> presets, String id) {
        return presets.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private void show(Scene scene) {
        robot.interact(() -> {
            stage.setScene(scene);
            stage.setFullScreen(false);
            stage.sizeToScene();
            stage.show();
        });
    }

    private void settle() {
        clock.awaitSettled();
        robot.interact(model::sync);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<SimulationModel.LogLine> shownLog() {
        return onFx(() -> List.copyOf(LogPaneLook.of(stage.getScene()).list().getItems()));
    }

    private void assertNewestInView() {
        robot.interact(() -> assertThat(LogPaneLook.newestWhollyInView(LogPaneLook.of(stage.getScene())))
                .as("the newest log line lies wholly inside the log").isTrue());
    }

    private static int indexOf(List<SimulationModel.LogLine> lines, String message) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).text().substring(STAMP).equals(message)) {
                return i;
            }
        }
        throw new AssertionError("no line " + message + " in " + lines);
    }

    private static List<String> comparable(Stream<String> messages) {
        List<String> out = new ArrayList<>(messages.map(m -> m.replaceAll("^(QID\\[\\d+\\]) CID\\[\\d+\\]$", "$1"))
                .toList());
        out.sort(null);
        return out;
    }

    private static String[] runnerArgs(RunnerDemo.Params p) {
        return new String[] {"runner", "--timeout", GoDuration.format(p.timeout()), "--tasks",
            String.valueOf(p.tasks()), "--durations", p.durations().spec(), "--mode",
            p.mode() == RunnerMode.FIXED ? "fixed" : "go", "--seed", String.valueOf(p.seed())};
    }

    private static String[] poolArgs(PoolDemo.Params p) {
        List<String> args = new ArrayList<>(List.of("pool", "--size", String.valueOf(p.size()),
                "--workers", String.valueOf(p.workers()), "--hold", GoDuration.format(p.hold()),
                "--spread", GoDuration.format(p.spread()), "--failure-rate", String.valueOf(p.failureRate()),
                "--seed", String.valueOf(p.seed())));
        if (p.mode() == PoolMode.BOUNDED) {
            args.addAll(List.of("--mode", "bounded", "--max-total", String.valueOf(p.maxTotal()),
                    "--acquire-timeout", GoDuration.format(p.acquireTimeout())));
        }
        return args.toArray(String[]::new);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(30_000, task);
    }
}
