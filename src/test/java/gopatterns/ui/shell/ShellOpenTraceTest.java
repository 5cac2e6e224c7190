package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.cli.CliLog;
import gopatterns.pool.PoolStats;
import gopatterns.runner.RunnerDemo;
import gopatterns.ui.I18n;
import gopatterns.ui.common.SimulationModel;
import gopatterns.history.runner.RunEnding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * File → Open trace (and a dropped file) with a trace of the command line: the window shows its page, its
 * parameters and the state the app's own run with the same parameters and seed ends in. A bad file changes
 * nothing and says why, in the window's language.
 */
class ShellOpenTraceTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aCliRunnerTraceShowsTheOutcomeOfTheAppsOwnRun() throws Exception {
        fx.robot.interact(fx.shell::startOrPause); // the book's demo, as the runner's defaults are
        fx.runToEnd(fx.runnerClock());
        RunEnding own = fx.runner.endingProperty().get();
        List<String> ownLog = goLog(fx.runner);
        String ownTie = fx.onFx(() -> fx.lookup(".outcome-tie", javafx.scene.control.Label.class).getText());
        String ownExplanation = fx.text("#explainText");
        RunnerDemo.Params book = fx.onFx(fx.runner::parameters);
        Path trace = config.resolve("runner.jsonl");
        assertThat(CliLog.trace(trace, "runner")).isEqualTo(1);
        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.robot.interact(() -> fx.runner.setParameters(book.withTasks(7)));

        assertThat(fx.onFx(() -> fx.shell.window().openTrace(trace))).isTrue();
        fx.settle();

        assertThat(fx.onFx(() -> fx.shell.page().id())).isEqualTo("runner");
        assertThat(fx.onFx(fx.runner::parameters)).as("the controls show the trace's parameters").isEqualTo(book);
        assertThat(fx.onFx(() -> fx.lookup("#presetBox", ComboBox.class).getPromptText()))
                .as("the preset box names the trace's preset").isEqualTo(I18n.get("preset.runner.book"));
        assertThat(fx.runner.endingProperty().get()).isEqualTo(own).isNotNull();
        assertThat(fx.onFx(fx.runner::isRunning)).as("nothing is live").isFalse();
        // The log up to the Go program's exit, as the app's own run printed it.
        assertThat(goLog(fx.runner)).containsExactlyElementsOf(ownLog.subList(0, goLog(fx.runner).size()))
                .contains("Terminating due to timeout.");
        assertThat(fx.text("#statusMessage")).contains(trace.toString());
        // The tie names the trace's seed, and the ending is explained as the app's own run explained it.
        assertThat(fx.onFx(() -> fx.lookup(".outcome-tie", javafx.scene.control.Label.class).getText()))
                .isEqualTo(ownTie).contains("(seed " + book.seed() + ")");
        assertThat(fx.text("#explainText")).isEqualTo(ownExplanation);
    }

    @Test
    void aCliPoolTraceShowsTheCountersOfTheAppsOwnRun() throws Exception {
        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.robot.interact(fx.shell::startOrPause); // the book's demo
        fx.runToEnd(fx.poolClock());
        PoolStats own = fx.pool.countersProperty().get();
        Path trace = config.resolve("pool.jsonl");
        assertThat(CliLog.trace(trace, "pool")).isZero();
        fx.robot.interact(() -> fx.shell.selectPage(0));

        assertThat(fx.onFx(() -> fx.shell.window().openTrace(trace))).isTrue();
        fx.settle();

        assertThat(fx.onFx(() -> fx.shell.page().id())).isEqualTo("pool");
        assertThat(fx.pool.countersProperty().get()).isEqualTo(own);
        assertThat(own.created()).as("the book's 25 workers, all at once").isEqualTo(25);
    }

    @Test
    void aPoolTraceCutShortByCtrlCShowsItsCountersAsAFinishedRun() throws Exception {
        Path trace = config.resolve("close-busy.jsonl");
        assertThat(CliLog.trace(trace, Duration.ofSeconds(2), "pool", "--hold", "3s", "--spread", "4s"))
                .as("Ctrl+C closed the pool").isEqualTo(130);
        String text = Files.readString(trace);

        assertThat(fx.onFx(() -> fx.shell.window().openTrace(trace))).isTrue();
        fx.settle();

        PoolStats shown = fx.pool.countersProperty().get();
        assertThat(shown.created()).isPositive()
                .isEqualTo(text.split("\"type\":\"ResourceCreated\"", -1).length - 1);
        assertThat(shown.reused()).isEqualTo(text.split("\"type\":\"AcquireShared\"", -1).length - 1);
        // Over at its last event, before the Ctrl+C (nothing is written after it).
        long lastAt = Long.parseLong(text.lines().reduce((a, b) -> b).orElseThrow()
                .replaceAll(".*\"atNanos\":(\\d+),.*", "$1"));
        assertThat(lastAt).isPositive().isLessThanOrEqualTo(2_000_000_000L);
        assertThat(fx.text("#statusState"))
                .isEqualTo(String.format(Locale.ROOT, "Ended at %.2f s", lastAt / 1e9));
        assertThat(fx.onFx(fx.pool::isRunning)).isFalse();
    }

    @Test
    void aBadFileLeavesTheRunAndThePageAsTheyWereAndSaysWhy() throws Exception {
        fx.robot.interact(fx.shell::startOrPause);
        fx.runToEnd(fx.runnerClock());
        int events = fx.runner.history().size();
        RunEnding ending = fx.runner.endingProperty().get();
        Path good = config.resolve("pool.jsonl");
        assertThat(CliLog.trace(good, "pool")).isZero();
        List<String> lines = Files.readAllLines(good);
        Path bad = Files.writeString(config.resolve("bad.jsonl"),
                String.join("\n", lines.subList(0, 3)) + "\n" + lines.get(3).replace("\"seq\":3", "\"seq\":9") + "\n");

        assertThat(fx.onFx(() -> fx.shell.window().openTrace(bad))).isFalse();
        fx.settle();

        assertThat(fx.onFx(() -> fx.shell.page().id())).isEqualTo("runner");
        assertThat(fx.runner.history()).hasSize(events);
        assertThat(fx.runner.endingProperty().get()).isEqualTo(ending);
        assertThat(fx.pool.history()).isEmpty();
        assertThat(fx.text("#statusMessage")).isEqualTo("Could not open " + bad
                + ": line 4: events out of order: event number 9 where 3 should come");
        assertThat(fx.onFx(() -> fx.shell.window().statusMessage().getPseudoClassStates()))
                .contains(PseudoClass.getPseudoClass("error"));

        fx.robot.interact(() -> fx.shell.setLocale(Locale.SIMPLIFIED_CHINESE));
        Path empty = Files.writeString(config.resolve("empty.jsonl"), "");
        assertThat(fx.onFx(() -> fx.shell.window().openTrace(empty))).isFalse();
        assertThat(fx.text("#statusMessage")).isEqualTo(I18n.get("open.failed", empty, I18n.get("open.problem.EMPTY")))
                .contains("文件是空的");
        assertThat(fx.runner.history()).hasSize(events);

        // The next run makes the message old news: it goes.
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
        assertThat(fx.text("#statusMessage")).isEmpty();
    }

    private List<String> goLog(SimulationModel<?> m) {
        int stamp = "2026/11/27 01:45:38 ".length();
        return fx.onFx(() -> m.log().stream().map(l -> l.text().substring(stamp)).toList());
    }
}
