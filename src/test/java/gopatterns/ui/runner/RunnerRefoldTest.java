package gopatterns.ui.runner;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.history.runner.Countdown;
import gopatterns.history.runner.InterruptStatus;
import gopatterns.history.runner.LeakState;
import gopatterns.history.runner.RunEnding;
import gopatterns.history.runner.RunnerState;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerEvent;
import gopatterns.ui.record.AnimationPulses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.Start;

/**
 * The view's state rebuilt from the run's history: forgetting the folded state and folding the first k events
 * again shows what the live run showed at event k, at once, with no card sliding there. Every runner preset;
 * the interrupt presets with Ctrl+C pressed when their story says.
 */
class RunnerRefoldTest extends RunnerViewTestBase {

    /** When the interrupt presets' stories press Ctrl+C, in seconds: mid-task, and during the last task. */
    private static final Map<String, Double> INTERRUPT_AT = Map.of("interrupt-mid-task", 1.0, "interrupt-too-late", 2.0);

    @Start
    void start(Stage stage) {
        show(stage);
    }

    static Stream<String> presets() {
        return RunnerPage.presetParameters().keySet().stream();
    }

    /** What the Runner view shows: the model's fold, its properties and the words on screen. */
    record Shown(RunnerState folded, Countdown countdown, InterruptStatus interrupt, RunEnding ending, LeakState leak, int runningTask,
                 boolean backgroundAlive, int liveThreads, List<String> tasks, String codeLine, List<String> words) {

        /** The same, without what moves with time (the countdown, progress): for a state shown at another time. */
        Shown timeless() {
            return new Shown(folded, null, interrupt, ending, leak, runningTask, backgroundAlive, liveThreads,
                    tasks.stream().map(t -> t.substring(0, t.lastIndexOf(' '))).toList(), codeLine,
                    words.subList(1, words.size()));
        }
    }

    private Shown shown() {
        return fx.onFx(() -> {
            RunnerModel m = fx.model;
            fx.view().applyCss();
            fx.view().layout();
            List<String> tasks = m.tasks().stream()
                    .map(t -> t.id() + " " + t.state() + " " + t.duration() + " " + t.progress()).toList();
            List<String> words = Stream.of("#countdownRemaining", "#countdownStatus", "#interruptStatus",
                    "#mainThreadState", "#backgroundThreadState", "#liveThreads", "#outcomeTitle", "#outcomeMessage")
                    .map(this::text).toList();
            return new Shown(m.foldedState(), m.countdownProperty().get(), m.interruptProperty().get(), m.endingProperty().get(),
                    m.leakProperty().get(), m.runningTaskProperty().get(), m.backgroundAliveProperty().get(),
                    m.liveThreadsProperty().get(), tasks, m.codeAnchorProperty().get(), words);
        });
    }

    /** Forgets the folded state and folds the first {@code k} events of the run's history again, then a frame. */
    private void refold(int k) {
        fx.robot.interact(() -> {
            List<RunnerEvent> history = List.copyOf(fx.model.history());
            fx.model.resetFold();
            history.subList(0, k).forEach(fx.model::apply);
            fx.model.sync();
        });
    }

    /** Cards that slide to their place after the last layout; none should once a state is shown at once. */
    private List<Integer> sliding() {
        return fx.onFx(() -> {
            fx.view().lane().layout();
            return fx.model.tasks().stream().map(TaskItem::id).filter(id -> card(id).moving()).toList();
        });
    }

    /** Tasks whose card is laid out in another column than their state's. */
    private List<Integer> cardsOutOfTheirColumn() {
        return fx.onFx(() -> {
            TaskLane lane = fx.view().lane();
            lane.finishMotion();
            return fx.model.tasks().stream()
                    .filter(t -> lane.columnAt(card(t.id()).getBoundsInParent().getCenterX()) != t.state().column())
                    .map(TaskItem::id).toList();
        });
    }

    /**
     * Every jump along the timeline shows its state at once: no card slides there, whatever frames of the animation
     * timer and layouts come between the jump and a look at the screen (run here by hand, a frame apart).
     */
    @Test
    void afterEveryJumpNoCardSlidesWhateverFramesComeBeforeALook() {
        fx.start();
        fx.at(2.5); // the book's run: tasks queued, running and done
        int edge = fx.onFx(() -> fx.model.history().size());
        List<RunnerEvent> recorded = fx.onFx(() -> List.copyOf(fx.model.history()));
        Map<String, Runnable> jumps = new LinkedHashMap<>();
        jumps.put("a seek back", () -> fx.model.seek(1));
        jumps.put("Live from there", fx.model::toLive);
        jumps.put("a step back", fx.model::stepBack);
        jumps.put("Home", fx.model::toStart);
        jumps.put("End from there", () -> fx.model.seek(edge));
        jumps.put("an opened trace", () -> fx.model.review(recorded));
        jumps.put("a seek in the trace", () -> fx.model.seek(1));
        for (var jump : jumps.entrySet()) {
            List<Integer> sliding = fx.onFx(() -> {
                jump.getValue().run();
                AnimationPulses.run(6, fx.scene.getRoot());
                return fx.model.tasks().stream().map(TaskItem::id).filter(id -> card(id).moving()).toList();
            });
            assertThat(sliding).as("cards sliding after %s", jump.getKey()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void aRefoldedPrefixShowsWhatTheLiveRunShowedThen(String preset) {
        fx.robot.interact(() -> fx.model.setParameters(RunnerPage.presetParameters().get(preset)));
        fx.start();
        Double interruptAt = INTERRUPT_AT.get(preset);
        List<Integer> points = new ArrayList<>();
        List<Shown> live = new ArrayList<>();
        while (true) {
            int k = fx.model.history().size();
            Shown now = shown();
            points.add(k);
            live.add(now);
            // Rebuilt in place, at the same time: the same countdown, tasks, interrupt, goroutines, outcome.
            refold(k);
            assertThat(shown()).as("%s: refolded at event %d", preset, k).isEqualTo(now);
            long next = fx.clock.nextWakeUp();
            if (interruptAt != null && (next < 0 || next == Long.MAX_VALUE || interruptAt * 1e9 <= next)) {
                fx.at(interruptAt);
                fx.robot.interact(fx.model::interrupt);
                fx.settle();
                interruptAt = null;
            } else if (next < 0 || next == Long.MAX_VALUE) {
                break;
            } else {
                fx.clock.advanceTo(next);
                fx.settle();
            }
        }
        assertThat(fx.model.endingProperty().get()).isNotNull();
        RunnerDemo.Params params = fx.model.runParamsProperty().get();
        assertThat(params).isEqualTo(RunnerPage.presetParameters().get(preset));

        // Scrubbed back from the end: each earlier state at once, every card where its state puts it.
        for (int i = points.size() - 1; i >= 0; i--) {
            refold(points.get(i));
            assertThat(sliding()).as("%s: cards sliding after a jump to event %d", preset, points.get(i)).isEmpty();
            assertThat(shown().timeless()).as("%s: at event %d", preset, points.get(i))
                    .isEqualTo(live.get(i).timeless());
            assertThat(cardsOutOfTheirColumn()).isEmpty();
        }
        // And forward again to the end, as the run left it.
        refold(fx.model.history().size());
        assertThat(sliding()).isEmpty();
        assertThat(shown().timeless()).isEqualTo(live.getLast().timeless());
    }
}
