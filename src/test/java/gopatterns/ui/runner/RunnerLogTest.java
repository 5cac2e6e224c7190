package gopatterns.ui.runner;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.cli.CliLog;
import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.event.GoDuration;
import gopatterns.event.GoLog;
import gopatterns.runner.DurationRule;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerEvent;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.common.SimulationModel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * The log pane prints what the command line prints for the same parameters: the same messages in the same
 * order as the CLI itself, and each line stamped as the CLI stamps it ({@link RunnerDemo#logMessage} and
 * {@link GoLog#line}), checked against a separate headless run of the demo on a clock of the same epoch.
 * What the leaked goroutine logs after the Go program has exited, the CLI never prints: the pane greys it.
 */
class RunnerLogTest extends RunnerViewTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    /** The Go log of a headless run, stamped as if its clock started when the view's did. */
    private record HeadlessLog(List<String> printed, List<String> afterExit) {}

    private HeadlessLog headless(RunnerDemo.Params p, double interruptAtSeconds) throws Exception {
        Instant epoch = fx.clock.epoch();
        List<String> printed = Collections.synchronizedList(new ArrayList<>());
        List<String> afterExit = Collections.synchronizedList(new ArrayList<>());
        try (VirtualClock clock = VirtualClock.manual()) {
            EventBus<RunnerEvent> bus = new EventBus<>(clock);
            boolean[] exited = {false};
            bus.subscribe(e -> RunnerDemo.logMessage(e).ifPresent(m -> {
                (exited[0] ? afterExit : printed).add(GoLog.line(epoch.plusNanos(e.at()), m));
                exited[0] |= e instanceof RunnerEvent.Ended;
            }));
            RunnerDemo demo = new RunnerDemo(p, clock, bus);
            clock.startThread("headless-main", () -> {
                try {
                    demo.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            if (interruptAtSeconds >= 0) {
                clock.advanceTo(Math.round(interruptAtSeconds * 1e9));
                demo.runner().interrupt();
            }
            clock.runUntilIdle();
            demo.runner().dispose();
        }
        return new HeadlessLog(List.copyOf(printed), List.copyOf(afterExit));
    }

    private void assertLogAsHeadless(RunnerDemo.Params p, double interruptAtSeconds) throws Exception {
        fx.robot.interact(() -> fx.model.setParameters(p));
        fx.start();
        if (interruptAtSeconds >= 0) {
            fx.at(interruptAtSeconds);
            fx.robot.clickOn("#interruptButton");
        }
        fx.runToEnd();
        HeadlessLog expected = headless(p, interruptAtSeconds);
        List<SimulationModel.LogLine> shown = logShown();
        assertThat(shown.stream().filter(l -> !l.afterEnd()).map(SimulationModel.LogLine::text))
                .containsExactlyElementsOf(expected.printed());
        assertThat(shown.stream().filter(SimulationModel.LogLine::afterEnd).map(SimulationModel.LogLine::text))
                .containsExactlyElementsOf(expected.afterExit());
        assertThat(shown.stream().filter(l -> !l.afterEnd()).map(l -> l.text().substring(STAMP.length())))
                .containsExactlyElementsOf(CliLog.messages(
                        interruptAtSeconds < 0 ? null : Duration.ofMillis(Math.round(interruptAtSeconds * 1000)),
                        cliArguments(p)));
    }

    private static final String STAMP = "2026/11/27 01:45:38 ";

    private static String[] cliArguments(RunnerDemo.Params p) {
        return new String[] {"runner", "--timeout", GoDuration.format(p.timeout()), "--tasks",
            String.valueOf(p.tasks()), "--durations", p.durations().spec(), "--mode",
            p.mode() == RunnerMode.FIXED ? "fixed" : "go", "--seed", String.valueOf(p.seed())};
    }

    @Test
    void theBooksDemo() throws Exception {
        assertLogAsHeadless(RunnerDemo.Params.book(), -1);
    }

    @Test
    void anInterruptedRun() throws Exception {
        assertLogAsHeadless(RunnerDemo.Params.book().withTasks(5), 1.25);
    }

    @Test
    void aLeakThatGoesOnLoggingAfterTheProgramExited() throws Exception {
        assertLogAsHeadless(RunnerDemo.Params.book().withTasks(6).withTimeout(Duration.ofMillis(2500)), -1);
        assertThat(logShown()).filteredOn(SimulationModel.LogLine::afterEnd).hasSize(3);
    }

    @Test
    void randomDurationsInFixedMode() throws Exception {
        assertLogAsHeadless(new RunnerDemo.Params(Duration.ofSeconds(4), 7,
                new DurationRule.Random(Duration.ofMillis(1500), 42), RunnerMode.FIXED, 42), -1);
    }
}
