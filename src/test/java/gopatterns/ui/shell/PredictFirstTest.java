package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.event.GoEvent;
import gopatterns.pool.PoolStats;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerEvent;
import gopatterns.ui.common.Preset;
import gopatterns.history.runner.InterruptStatus;
import gopatterns.history.runner.LeakState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * View → Predict first in the window, on manual clocks: every preset's question is answered by its own run at the
 * default seed, the answer is marked at the event that decides it and not before, and with Predict first off
 * Start runs at once.
 */
class PredictFirstTest extends ShellTestBase {

    @Start
    void start(Stage s) {
        open(s);
    }

    /** What a preset's story asks the class to do during the run: nothing, Interrupt, or Close Pool. */
    private enum Action { NONE, INTERRUPT, CLOSE_POOL }

    /**
     * A preset's run as the window shows it, and the answer the run gives, read from the views' own state (the
     * runner's outcome, interrupt and leak; the pool's counters), not from the question's rule.
     */
    private record Story(String preset, Action action, double atSeconds, int answer, Predicate<ShellFixture> shown,
            Predicate<ShellFixture> moment) {

        /** A story whose fact shown at the end is already shown at the deciding event. */
        Story(String preset, Action action, double atSeconds, int answer, Predicate<ShellFixture> shown) {
            this(preset, action, atSeconds, answer, shown, shown);
        }
    }

    private static final List<Story> STORIES = List.of(
            // Work and timeout tie at 3 s; seed 1 picks the timeout: Start returns ErrTimeout.
            new Story("runner.book", Action.NONE, 0, 1,
                    f -> f.runner.endingProperty().get().outcome() == Outcome.TIMEOUT),
            // Task #2 runs on after Start returned at 2.5 s.
            new Story("runner.timeout-wins", Action.NONE, 0, 2,
                    f -> f.runner.endingProperty().get().outcome() == Outcome.TIMEOUT
                            && f.runner.leakProperty().get() == LeakState.BLOCKED_FOREVER,
                    // As task #2 ends, the goroutine Start left behind is still going (it blocks only after).
                    f -> f.runner.endingProperty().get().outcome() == Outcome.TIMEOUT
                            && f.runner.leakProperty().get() == LeakState.LEAKED_RUNNING),
            // Pressed during task #1 (2 s to 4 s): seen before task #2.
            new Story("runner.interrupt-mid-task", Action.INTERRUPT, 3, 1,
                    f -> f.runner.interruptProperty().get().state() == InterruptStatus.State.OBSERVED),
            // Pressed during the last task: never seen.
            new Story("runner.interrupt-too-late", Action.INTERRUPT, 1.5, 1,
                    f -> f.runner.interruptProperty().get().state() == InterruptStatus.State.NEVER_SEEN),
            new Story("runner.leak", Action.NONE, 0, 2,
                    f -> f.runner.leakProperty().get() == LeakState.BLOCKED_FOREVER),
            new Story("runner.fixed", Action.NONE, 0, 0,
                    f -> f.runner.leakProperty().get() == LeakState.CANCELLED),
            new Story("pool.at-once", Action.NONE, 0, 2, f -> stats(f).created() == 25 && stats(f).reused() == 0),
            new Story("pool.spread", Action.NONE, 0, 1, f -> stats(f).created() > 2 && stats(f).created() < 25),
            // More than half (13 of 25) are waiting at once at the instant the run starts.
            new Story("pool.bounded", Action.NONE, 0, 2, f -> stats(f).waits() > 12, f -> stats(f).waiting() > 12),
            new Story("pool.close-busy", Action.CLOSE_POOL, 2, 1, f -> stats(f).refusedAcquires() > 0),
            new Story("pool.flaky", Action.NONE, 0, 1, f -> stats(f).factoryFailures() > 0));

    private static PoolStats stats(ShellFixture f) {
        return f.pool.countersProperty().get();
    }

    @Test
    void everyPresetsRunMarksTheAnswerItGivesAtTheEventThatDecidesIt() {
        fx.robot.interact(() -> fx.shell.predict().enabledProperty().set(true));
        for (Story story : STORIES) {
            int page = story.preset().startsWith("runner.") ? 0 : 1;
            fx.robot.interact(() -> fx.shell.selectPage(page));
            fx.choosePreset(story.preset());
            fx.robot.clickOn("#startButton");
            fx.settle();
            // The question first; the run waits for the answer.
            assertThat(phase()).as(story.preset()).isEqualTo(PredictFirst.Phase.ASKING);
            assertThat(fx.onFx(() -> fx.shell.model().startedProperty().get())).as(story.preset()).isFalse();
            assertThat(fx.text("#predictQuestion")).isNotBlank();
            assertAnswerNotOnScreen(story.preset(), true);
            // Always A: the reveal must say whether it was right.
            fx.robot.clickOn("#predictAnswer0");
            fx.settle();
            // Locked in, the run plays (all 25 workers of "at once" arrive, and decide, at its first instant).
            assertThat(phase()).as(story.preset()).isIn(PredictFirst.Phase.RUNNING, PredictFirst.Phase.REVEALED);
            assertThat(fx.onFx(() -> fx.shell.predict().chosen())).isZero();
            assertThat(fx.onFx(() -> fx.shell.model().startedProperty().get())).as(story.preset()).isTrue();

            if (phase() == PredictFirst.Phase.RUNNING) {
                assertAnswerNotOnScreen(story.preset(), false);
            }
            List<Long> shownBeforeReveal = playStepByStep(story);
            long deciding = fx.onFx(() -> fx.shell.predict().verdict().seq());
            assertThat(shownBeforeReveal).as(story.preset() + ": newest event shown at each step before the reveal")
                    .allMatch(seq -> seq < deciding);
            assertThat(newestSeq()).as(story.preset() + ": the reveal shows the deciding event")
                    .isGreaterThanOrEqualTo(deciding);
            assertThat(story.shown().test(fx)).as(story.preset() + ": the run told its story").isTrue();
            assertThat(markedAnswer()).as(story.preset() + ": the answer marked").contains(story.answer());
            assertThat(fx.text("#predictResult"))
                    .isEqualTo(story.answer() == 0 ? "You were right." : "Not this time.");
            assertThat(fx.text("#predictWhy")).isNotBlank().doesNotContain("{");
            assertThat(fx.text("#explainText")).as(story.preset()).isNotIn(HIDDEN, LOCKED);
            // "Show that moment": right after the deciding event, the view shows what the reason states.
            fx.robot.interact(() -> fx.shell.model().seekToSeq(deciding));
            fx.settle();
            assertThat(story.moment().test(fx)).as(story.preset() + ": the deciding moment shows the fact").isTrue();
            fx.robot.clickOn("#predictClose");
            fx.settle();
            assertThat(phase()).isEqualTo(PredictFirst.Phase.NONE);
        }
    }

    /**
     * Moves the clock one wake-up at a time (doing the story's action at its time) until the answer is revealed;
     * returns the newest event's seq shown at each step before the reveal. Each step takes in what the run did
     * as the window does (one drain of the page's model on the FX thread) and reads the phase in the same visit:
     * a full {@link ShellFixture#settle()} per step waits out TestFX's event rounds for nothing the step reads.
     */
    private List<Long> playStepByStep(Story story) {
        VirtualClock clock = fx.shell.model().clock();
        long actAt = clock.nanos() + Math.round(story.atSeconds() * 1e9);
        boolean acted = story.action() == Action.NONE;
        List<Long> before = new ArrayList<>();
        for (Shown shown = drain(clock); shown.phase() != PredictFirst.Phase.REVEALED; ) {
            before.add(shown.newestSeq());
            long next = clock.nextWakeUp();
            if (!acted && (next < 0 || next >= actAt)) {
                clock.advanceTo(actAt);
                drain(clock);
                fx.robot.interact(story.action() == Action.INTERRUPT ? fx.shell::interrupt : fx.pool::closePool);
                acted = true;
            } else {
                assertThat(next).as(story.preset() + ": the run ended without a reveal").isBetween(0L, Long.MAX_VALUE - 1);
                clock.step();
            }
            shown = drain(clock);
        }
        fx.settle(); // the card as the class sees it, for the assertions on its text and marks
        return before;
    }

    private static final String HIDDEN = "Make your prediction: what happens here is the question.";
    private static final String LOCKED =
            "Your answer is locked in: watch the run. What happens is explained after the reveal.";

    /**
     * Until the reveal the explanation line says nothing of the run and the view's hints are hidden; while the
     * question is up, the view behind it is covered by an opaque background.
     */
    private void assertAnswerNotOnScreen(String preset, boolean asking) {
        fx.settle();
        // While the class chooses, it is asked to; once the answer is locked in, told to watch.
        assertThat(fx.text("#explainText")).as(preset).isEqualTo(asking ? HIDDEN : LOCKED);
        fx.onFx(() -> {
            for (Node hint : fx.robot.lookup(".param-hint").queryAll()) {
                assertThat(visibleInScene(hint)).as(preset + ": hint " + ((Labeled) hint).getText()).isFalse();
            }
            if (asking) {
                javafx.scene.layout.Background b = fx.shell.window().lookup("#predictOverlay") instanceof
                        javafx.scene.layout.Region r ? r.getBackground() : null;
                assertThat(b).as(preset + ": the view behind the question is covered").isNotNull();
                assertThat(((javafx.scene.paint.Color) b.getFills().getFirst().getFill()).getOpacity())
                        .as(preset + ": the view behind the question is covered").isEqualTo(1.0);
            }
            return null;
        });
    }

    /** Whether a node and all its parents are visible: what the eye can see. */
    private static boolean visibleInScene(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** What the window shows after a step: the card's phase and the newest event's seq (0 before any). */
    private record Shown(PredictFirst.Phase phase, long newestSeq) {}

    /** Waits for the run's threads to rest at the clock's instant, then drains what they did into the page. */
    private Shown drain(VirtualClock clock) {
        clock.awaitSettled();
        return fx.onFx(() -> {
            fx.shell.model().sync();
            return new Shown(fx.shell.predict().phase(), newestSeqOnFx());
        });
    }

    private long newestSeq() {
        return fx.onFx(this::newestSeqOnFx);
    }

    private long newestSeqOnFx() {
        List<? extends GoEvent> h = fx.shell.model().history();
        return h.isEmpty() ? 0 : h.getLast().seq();
    }

    private PredictFirst.Phase phase() {
        return fx.onFx(() -> fx.shell.predict().phase());
    }

    /** The index of the answer row that carries the "Right answer" mark, if one does. */
    private Optional<Integer> markedAnswer() {
        return fx.onFx(() -> fx.robot.lookup("#predictRightMark").tryQuery().map(Node::getParent)
                .map(row -> Integer.parseInt(row.getId().substring("predictAnswer".length()))));
    }

    @Test
    void withPredictFirstOffStartRunsAtOnce() {
        fx.choosePreset("runner.book");
        fx.robot.clickOn("#startButton");
        fx.settle();
        assertThat(fx.onFx(() -> fx.runner.isRunning())).isTrue();
        assertThat(fx.robot.lookup("#predictOverlay").tryQuery()).isEmpty();
        assertThat(fx.robot.lookup("#predictBar").tryQuery()).isEmpty();
        fx.robot.interact(fx.shell::reset);
        fx.robot.type(KeyCode.SPACE);
        fx.settle();
        assertThat(fx.onFx(() -> fx.runner.isRunning())).isTrue();
        assertThat(phase()).isEqualTo(PredictFirst.Phase.NONE);
    }

    @Test
    void spaceAsksAndALetterKeyAnswers() {
        fx.robot.interact(() -> fx.shell.predict().enabledProperty().set(true));
        fx.choosePreset("runner.fixed");
        fx.robot.type(KeyCode.SPACE);
        fx.settle();
        assertThat(phase()).isEqualTo(PredictFirst.Phase.ASKING);
        assertThat(fx.onFx(() -> fx.runner.startedProperty().get())).isFalse();
        fx.robot.type(KeyCode.C);
        fx.settle();
        assertThat(phase()).isEqualTo(PredictFirst.Phase.RUNNING);
        assertThat(fx.onFx(() -> fx.shell.predict().chosen())).isEqualTo(2);
        assertThat(fx.text("#predictBarText")).contains("Your answer: C");
        fx.runToEnd(fx.runner.clock());
        assertThat(markedAnswer()).contains(0);
        assertThat(fx.text("#predictResult")).isEqualTo("Not this time.");
    }

    @Test
    void aPageWithoutAPresetInEffectStartsAtOnce() {
        fx.robot.interact(() -> fx.shell.predict().enabledProperty().set(true));
        fx.choosePreset("runner.book");
        fx.robot.interact(() -> fx.runner.taskCountProperty().set(4)); // no preset's parameters any more
        fx.robot.clickOn("#startButton");
        fx.settle();
        assertThat(fx.onFx(() -> fx.runner.isRunning())).isTrue();
        assertThat(phase()).isEqualTo(PredictFirst.Phase.NONE);
    }

    @Test
    void aRunThatDecidesNothingSaysSoAndMarksNoAnswer() {
        fx.robot.interact(() -> {
            fx.shell.selectPage(1);
            fx.shell.predict().enabledProperty().set(true);
        });
        fx.choosePreset("pool.close-busy");
        fx.robot.type(KeyCode.SPACE);
        fx.settle();
        fx.robot.type(KeyCode.B);
        fx.settle();
        fx.runToEnd(fx.pool.clock()); // nobody presses Close Pool
        assertThat(phase()).isEqualTo(PredictFirst.Phase.REVEALED);
        assertThat(markedAnswer()).isEmpty();
        assertThat(fx.text("#predictResult")).isEqualTo("This run did not decide the question.");
        assertThat(fx.text("#predictWhy")).contains("press Close Pool while workers are still coming");
    }

    @Test
    void aLanguageSwitchKeepsTheQuestionAndTheAnswerLockedIn() {
        fx.robot.interact(() -> fx.shell.predict().enabledProperty().set(true));
        fx.choosePreset("runner.leak");
        fx.robot.type(KeyCode.SPACE);
        fx.settle();
        fx.robot.interact(() -> fx.shell.setLocale(gopatterns.ui.I18n.CHINESE));
        fx.settle();
        assertThat(fx.text("#predictQuestion")).isEqualTo("超时之后，运行任务的 goroutine 会怎样？");
        fx.robot.type(KeyCode.B);
        fx.settle();
        fx.robot.interact(() -> fx.shell.setLocale(gopatterns.ui.I18n.ENGLISH));
        fx.settle();
        assertThat(fx.text("#predictBarText")).contains("Your answer: B");
        fx.runToEnd(fx.runner.clock());
        assertThat(markedAnswer()).contains(2);
        assertThat(fx.robot.lookup("#predictChosenMark").tryQuery().map(Node::getParent).map(Node::getId))
                .contains("predictAnswer1");
    }

    @Test
    void teacherModeAsksTheRoomAndRevealsOnEnterOnceTheRunHasDecided() {
        fx.robot.interact(() -> {
            fx.shell.predict().enabledProperty().set(true);
            fx.shell.predict().teacherProperty().set(true);
        });
        fx.choosePreset("runner.book");
        fx.robot.type(KeyCode.SPACE);
        fx.settle();
        assertThat(phase()).isEqualTo(PredictFirst.Phase.ASKING);
        // Lettered answers for a show of hands, none to click.
        assertThat(fx.onFx(() -> fx.robot.lookup(".predict-letter").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList())).containsExactly("A", "B", "C");
        assertThat(fx.robot.lookup(".predict-answer").queryAll()).noneMatch(n -> n instanceof Button);
        assertThat(fx.text("#predictCard .predict-hint")).contains("press Enter to reveal");
        fx.robot.type(KeyCode.SPACE); // the teacher starts the run
        fx.settle();
        assertThat(phase()).isEqualTo(PredictFirst.Phase.RUNNING);
        assertThat(fx.onFx(() -> fx.runner.isRunning())).isTrue();
        fx.robot.type(KeyCode.ENTER); // too early: the run has not decided
        fx.settle();
        assertThat(phase()).isEqualTo(PredictFirst.Phase.RUNNING);
        fx.runToEnd(fx.runner.clock());
        assertThat(phase()).isEqualTo(PredictFirst.Phase.DECIDED);
        assertThat(fx.text("#predictBarText")).contains("Press Enter to reveal the answer");
        assertThat(markedAnswer()).isEmpty();
        fx.robot.type(KeyCode.ENTER);
        fx.settle();
        assertThat(phase()).isEqualTo(PredictFirst.Phase.REVEALED);
        assertThat(markedAnswer()).contains(1);
        assertThat(fx.robot.lookup("#predictResult").tryQuery()).isEmpty(); // nobody answered in the app
        fx.robot.type(KeyCode.ESCAPE);
        fx.settle();
        assertThat(phase()).isEqualTo(PredictFirst.Phase.NONE);
    }

    @Test
    void showThatMomentSeeksToTheDecidingEvent() {
        List<Long> sought = new ArrayList<>();
        PredictFirst predict = new PredictFirst((model, seq) -> sought.add(seq));
        Preset book = fx.onFx(() -> fx.shell.pages().getFirst().presets().getFirst());
        fx.robot.interact(() -> {
            book.apply().run();
            predict.enabledProperty().set(true);
            predict.offerStart(fx.runner, Optional.of(book));
            predict.choose(1);
        });
        fx.runToEnd(fx.runner.clock());
        fx.robot.interact(predict::showMoment);
        long ended = fx.onFx(() -> fx.runner.history().stream().filter(e -> e instanceof RunnerEvent.Ended)
                .findFirst().orElseThrow().seq());
        assertThat(sought).containsExactly(ended);
        assertThat(fx.onFx(predict::phase)).isEqualTo(PredictFirst.Phase.NONE);
    }

    @Test
    void predictFirstAndTeacherModeAreRemembered() {
        fx.robot.interact(() -> {
            fx.shell.predict().enabledProperty().set(true);
            fx.shell.predict().teacherProperty().set(true);
            fx.shell.saveSettings();
        });
        AppSettings saved = new AppSettings(config).load();
        assertThat(saved.getBoolean("view.predictFirst", false)).isTrue();
        assertThat(saved.getBoolean("view.teacherMode", false)).isTrue();
    }
}
