package gopatterns.ui.runner;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.history.runner.InterruptStatus;
import gopatterns.history.runner.LeakState;
import gopatterns.history.runner.RunEnding;
import gopatterns.history.runner.TaskState;
import gopatterns.runner.Outcome;
import gopatterns.ui.I18n;
import gopatterns.ui.common.CodeListingView;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** The book's demo in the view: how each run ends, on screen and in the model. */
class RunnerOutcomeTest extends RunnerViewTestBase {

    @Start
    void start(Stage stage) {
        show(stage);
    }

    @Test
    void defaultsAreTheBooksDemo() {
        var p = fx.model.parameters();
        assertThat(p.timeout()).hasSeconds(3);
        assertThat(p.tasks()).isEqualTo(3);
        assertThat(p.durations().spec()).isEqualTo("i*1s");
        assertThat(p.mode()).isEqualTo(gopatterns.runner.RunnerMode.GO_FAITHFUL);
        // Before a run the view shows what Start would run: three queued tasks of 0s, 1s, 2s and a full bar.
        assertThat(List.of(cardState(0), cardState(1), cardState(2))).containsOnly(I18n.get("task.state.QUEUED"));
        assertThat(fx.robot.from(card(2)).lookup(".task-duration").queryLabeled().getText()).isEqualTo("2s");
        assertThat(text("#countdownRemaining")).isEqualTo(I18n.get("countdown.left", 3.0));
        assertThat(text("#countdownStatus")).isEqualTo(I18n.get("countdown.idle"));
        assertThat(fx.lookup("#interruptButton", javafx.scene.control.Button.class).isDisabled()).isTrue();
    }

    @Test
    void tasksRunOneAfterAnotherUnderTheCountdown() {
        fx.start();
        // Task #0 works 0s: done at once; task #1 runs from 0s to 1s.
        assertThat(cardColumn(0)).isEqualTo(TaskState.Column.DONE);
        assertThat(cardColumn(1)).isEqualTo(TaskState.Column.RUNNING);
        assertThat(cardColumn(2)).isEqualTo(TaskState.Column.QUEUE);
        fx.at(0.4);
        assertThat(fx.robot.from(card(1)).lookup(".task-progress").queryAs(javafx.scene.control.ProgressBar.class)
                .getProgress()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(text("#countdownRemaining")).isEqualTo(I18n.get("countdown.left", 2.6));
        assertThat(text("#backgroundThreadState")).isEqualTo(I18n.get("threads.bg.TASK", 1));
        assertThat(text("#mainThreadState")).isEqualTo(I18n.get("threads.main.WAITING"));
        assertLiveThreads(2);
        fx.at(1.5);
        assertThat(cardState(1)).isEqualTo(I18n.get("task.state.DONE"));
        assertThat(cardColumn(1)).isEqualTo(TaskState.Column.DONE);
        assertThat(cardColumn(2)).isEqualTo(TaskState.Column.RUNNING);
        assertThat(marked("#countdownBar", "warning")).isTrue();
        assertThat(marked(card(2), "running")).isTrue();
    }

    @Test
    void cardsSlideToTheirNewColumnRatherThanJump() {
        fx.start();
        fx.robot.interact(() -> fx.view().lane().finishMotion());
        double runningX = fx.onFx(() -> card(1).getBoundsInParent().getMinX());
        fx.clock.advanceTo(1_000_000_000L);
        fx.clock.awaitSettled();
        fx.robot.interact(() -> {
            fx.model.sync();
            fx.view().lane().layout();
            TaskCard moved = card(1);
            // Laid out in Done already, but seen where it was: the slide starts there.
            assertThat(fx.view().lane().columnAt(moved.getLayoutX() + TaskCard.WIDTH / 2))
                    .isEqualTo(TaskState.Column.DONE);
            assertThat(moved.moving()).isTrue();
            assertThat(moved.getBoundsInParent().getMinX()).isEqualTo(runningX, org.assertj.core.data.Offset.offset(1.0));
            assertThat(moved.slideDuration().toMillis()).isEqualTo(350.0);
        });
        // At 4x the same move, a third of a virtual second, is over four times sooner.
        fx.robot.interact(() -> fx.model.speedProperty().set(4));
        fx.at(3.0);
        fx.robot.interact(() -> {
            fx.view().lane().layout();
            assertThat(card(2).slideDuration().toMillis()).isEqualTo(87.5);
        });
    }

    @Test
    void aTieAtThreeSecondsGoesToTheTimeoutWithSeedOne() {
        fx.start();
        fx.at(3.0);
        assertEnded(Outcome.TIMEOUT, 3.0, true);
        assertThat(text("#outcomeTie")).isEqualTo(I18n.get("outcome.tie", 3.0, "1"));
        assertThat(text("#countdownStatus")).isEqualTo(I18n.get("countdown.fired", 3.0));
        // All three tasks ran; the background goroutine is stuck handing over a result nobody takes.
        assertThat(List.of(cardState(0), cardState(1), cardState(2))).containsOnly(I18n.get("task.state.DONE"));
        assertThat(fx.model.leakProperty().get()).isEqualTo(LeakState.BLOCKED_FOREVER);
        assertThat(marked("#ghostLane", "blocked")).isTrue();
        assertThat(text("#backgroundThreadState")).isEqualTo(I18n.get("threads.bg.BLOCKED"));
        assertLiveThreads(1);
        assertThat(logMessages()).containsExactly("Starting work...", "Processor - Task #0.",
                "Processor - Task #1.", "Processor - Task #2.", "Terminating due to timeout.");
        assertHighlighted("send");
    }

    @Test
    void aTieAtThreeSecondsGoesToTheCompletionWithSeedTwo() {
        fx.robot.interact(() -> fx.model.seedProperty().set(2));
        fx.start();
        fx.at(3.0);
        assertEnded(Outcome.COMPLETED, 3.0, true);
        assertThat(text("#outcomeTie")).isEqualTo(I18n.get("outcome.tie", 3.0, "2"));
        assertThat(text("#countdownStatus")).isEqualTo(I18n.get("countdown.stopped", 3.0));
        assertThat(fx.model.leakProperty().get()).isEqualTo(LeakState.NONE);
        assertThat(text("#backgroundThreadState")).isEqualTo(I18n.get("threads.bg.ENDED"));
        assertLiveThreads(0);
        assertThat(logMessages()).containsExactly("Starting work...", "Processor - Task #0.",
                "Processor - Task #1.", "Processor - Task #2.", "Process ended.");
        assertHighlighted("case-complete");
    }

    @Test
    void aLongTimeoutLetsEveryTaskCompleteWithoutATie() {
        fx.robot.interact(() -> fx.model.timeoutSecondsProperty().set(10));
        fx.start();
        fx.runToEnd();
        assertEnded(Outcome.COMPLETED, 3.0, false);
        assertThat(shown("#outcomeTie")).isFalse();
        assertThat(text("#outcomeAt")).isEqualTo(I18n.get("outcome.at", 3.0));
        // Once Start has returned, the countdown says so: not "7.0 s left" of a timeout nobody waits on.
        assertThat(text("#countdownRemaining")).isEqualTo("Start returned at 3.0 s, 7.0 s unused");
        assertThat(marked("#countdownBar", "stopped")).isTrue();
        assertThat(text("#countdownMarkLabel")).isEqualTo(I18n.get("countdown.mark.stopped"));
    }

    @Test
    void interruptDuringTaskOneEndsAfterItAndTaskTwoNeverStarts() {
        fx.start();
        fx.at(0.5);
        fx.robot.clickOn("#interruptButton");
        fx.settle();
        assertThat(fx.model.interruptProperty().get().state()).isEqualTo(InterruptStatus.State.PENDING);
        assertThat(text("#interruptStatus")).isEqualTo(I18n.get("interrupt.PENDING", 0.5, 1, 2));
        assertThat(shown("#interruptToken")).isTrue();
        // The running task is not stopped: it goes on, and says so.
        assertThat(card(1).interruptWaitingShown()).isTrue();
        fx.at(0.9);
        assertThat(cardState(1)).isEqualTo(I18n.get("task.state.RUNNING"));
        assertThat(fx.model.endingProperty().get()).isNull();

        fx.at(1.0);
        assertEnded(Outcome.INTERRUPTED, 1.0, false);
        assertThat(cardState(1)).isEqualTo(I18n.get("task.state.DONE"));
        assertThat(cardState(2)).isEqualTo(I18n.get("task.state.NEVER_STARTED"));
        assertThat(cardColumn(2)).isEqualTo(TaskState.Column.QUEUE);
        assertThat(marked(card(2), "never-started")).isTrue();
        assertThat(text("#interruptStatus")).isEqualTo(I18n.get("interrupt.OBSERVED", 2));
        assertThat(shown("#interruptToken")).isFalse();
        assertThat(logMessages()).containsExactly("Starting work...", "Processor - Task #0.",
                "Processor - Task #1.", "Terminating due to interrupt.");
        assertLiveThreads(0);
        fx.runToEnd();
        assertThat(cardState(2)).isEqualTo(I18n.get("task.state.NEVER_STARTED"));
    }

    @Test
    void theKeyIInterruptsToo() {
        fx.start();
        fx.at(0.25);
        fx.robot.type(javafx.scene.input.KeyCode.I);
        fx.settle();
        assertThat(fx.model.interruptProperty().get().state()).isEqualTo(InterruptStatus.State.PENDING);
        fx.robot.type(javafx.scene.input.KeyCode.I);
        fx.settle();
        // The slot holds one signal: a second press is dropped, as a full channel drops it.
        assertThat(fx.model.interruptProperty().get().dropped()).isEqualTo(1);
        assertThat(text("#interruptStatus")).endsWith(I18n.get("interrupt.dropped", 1));
    }

    @Test
    void interruptDuringTheLastTaskIsNeverSeenAndTheTimeoutWins() {
        fx.start();
        fx.at(1.5);
        fx.robot.clickOn("#interruptButton");
        fx.settle();
        assertThat(text("#interruptStatus")).isEqualTo(I18n.get("interrupt.PENDING.last", 1.5, 2));
        fx.at(3.0);
        assertEnded(Outcome.TIMEOUT, 3.0, true);
        assertThat(fx.model.interruptProperty().get().state()).isEqualTo(InterruptStatus.State.NEVER_SEEN);
        assertThat(text("#interruptStatus")).isEqualTo(I18n.get("interrupt.NEVER_SEEN"));
        assertThat(marked("#interruptIndicator", "never-seen")).isTrue();
        // Still in the slot: nobody took it.
        assertThat(shown("#interruptToken")).isTrue();
        assertThat(cardState(2)).isEqualTo(I18n.get("task.state.DONE"));
    }

    @Test
    void interruptTooLateForAShorterTimeoutIsNeverSeenEither() {
        fx.robot.interact(() -> fx.model.timeoutSecondsProperty().set(2.5));
        fx.start();
        fx.at(1.5);
        fx.robot.clickOn("#interruptButton");
        fx.at(2.5);
        assertEnded(Outcome.TIMEOUT, 2.5, false);
        assertThat(text("#interruptStatus")).isEqualTo(I18n.get("interrupt.NEVER_SEEN"));
        assertThat(fx.model.interruptProperty().get().duringTask()).isEqualTo(2);
    }

    /**
     * In Chinese the line the Go program prints stays in Go's English: a caption in Chinese right above it says it is
     * the program's output, so that the class does not read it as a text the window forgot to translate.
     */
    @Test
    void inChineseTheGoLineIsCaptionedAsTheProgramsOutput() {
        try {
            fx.robot.interact(() -> {
                I18n.localeProperty().set(I18n.CHINESE);
                fx.rebuild();
            });
            fx.settle();
            assertThat(shown("#outcomeOutputCaption")).as("no caption before the program printed anything").isFalse();
            fx.start();
            fx.at(3.5);
            assertThat(fx.model.endingProperty().get()).as("the run has ended").isNotNull();
            assertThat(text("#outcomeMessage")).isEqualTo(fx.model.endingProperty().get().goMessage());
            assertThat(shown("#outcomeOutputCaption")).isTrue();
            assertThat(text("#outcomeOutputCaption")).contains("程序输出");
            fx.robot.interact(() -> {
                var caption = fx.lookup("#outcomeOutputCaption", javafx.scene.Node.class);
                var message = fx.lookup("#outcomeMessage", javafx.scene.Node.class);
                var c = caption.localToScene(caption.getLayoutBounds());
                var m = message.localToScene(message.getLayoutBounds());
                assertThat(c.getHeight()).as("the caption is laid out").isPositive();
                assertThat(c.getMaxY()).as("the caption right above the Go line").isLessThanOrEqualTo(m.getMinY() + 0.5)
                        .isGreaterThan(m.getMinY() - 12);
            });
        } finally {
            fx.robot.interact(() -> {
                I18n.localeProperty().set(I18n.ENGLISH);
                fx.rebuild();
            });
        }
    }

    private void assertEnded(Outcome outcome, double atSeconds, boolean tie) {
        RunEnding e = fx.model.endingProperty().get();
        assertThat(e).isNotNull();
        assertThat(e.outcome()).isEqualTo(outcome);
        assertThat(e.tie()).isEqualTo(tie);
        assertThat(e.atNanos()).isEqualTo(Math.round(atSeconds * 1e9));
        assertThat(text("#outcomeTitle")).isEqualTo(I18n.get("outcome." + outcome.name()));
        assertThat(text("#outcomeMessage")).isEqualTo(outcome.goMessage());
        assertThat(text("#outcomeExit")).isEqualTo(I18n.get("outcome.exit", outcome.exitCode()));
        assertThat(marked("#outcomeBanner", outcome.name().toLowerCase())).isTrue();
        assertThat(shown("#outcomeTie")).isEqualTo(tie);
        assertThat(text("#mainThreadState")).isEqualTo(
                I18n.get("threads.main.RETURNED", outcome.goMessage(), outcome.exitCode()));
        assertThat(fx.lookup("#interruptButton", javafx.scene.control.Button.class).isDisabled()).isTrue();
    }

    private void assertHighlighted(String anchor) {
        CodeListingView code = fx.robot.lookup(".code-listing").queryAs(CodeListingView.class);
        assertThat(code.currentLineProperty().get()).isEqualTo(code.lineOf(anchor)).isNotNegative();
    }
}
