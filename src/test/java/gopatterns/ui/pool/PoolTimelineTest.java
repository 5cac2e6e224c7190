package gopatterns.ui.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.history.pool.WorkerState;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.ui.common.CodeListingView;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.record.AnimationPulses;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The pool view scrubbed on its timeline, on a manual clock: what the screen shows at any event after a seek is
 * what it showed when the run was there live, the workers included, also for an opened trace; Play replays up to
 * the live edge and the run goes on; Close Pool is offered only for the live pool.
 */
@ExtendWith(ApplicationExtension.class)
class PoolTimelineTest {

    private VirtualClock clock;
    private PoolModel model;
    private final FxRobot robot = new FxRobot();
    /** The wall clock Play follows, moved by the test. */
    private final AtomicLong wall = new AtomicLong();
    private BorderPane root;

    @Start
    void start(Stage stage) {
        clock = VirtualClock.manual();
        model = new PoolModel(clock);
        model.setWallClock(wall::get);
        root = PoolStages.show(stage, model, 1280, 720);
    }

    @AfterEach
    void dispose() {
        robot.interact(model::dispose);
    }

    /** What a teacher sees of the run: the counters, the caption, the code line, the log's last line, the time. */
    record Screen(List<String> counters, String caption, int codeLine, String lastLogLine, String time) {}

    private Screen screen() {
        return fx(() -> {
            List<String> counters = new ArrayList<>();
            for (String id : List.of("created", "reused", "closedAtRelease", "closedAtShutdown", "idle", "inUse",
                    "peak")) {
                counters.add(label("#" + id + "Value"));
            }
            @SuppressWarnings("unchecked")
            ListView<SimulationModel.LogLine> log = (ListView<SimulationModel.LogLine>) robot.lookup("#logList").query();
            String last = log.getItems().isEmpty() ? "" : log.getItems().getLast().text();
            int code = robot.lookup(".code-listing").queryAs(CodeListingView.class).currentLineProperty().get();
            return new Screen(counters, label("#eventCaption"), code, last, label("#timeLabel"));
        });
    }

    private String label(String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Runs the book's demo to its end instant by instant, keeping what the screen showed after each. */
    private List<Integer> runKeepingScreens(List<Screen> screens) {
        List<Integer> shown = new ArrayList<>();
        robot.interact(model::start);
        do {
            sync();
            shown.add(fx(() -> model.history().size()));
            screens.add(screen());
        } while (clock.step());
        clock.runUntilIdle();
        sync();
        return shown;
    }

    @Test
    void scrubbingBackShowsEverythingAsItWasAtThatEvent() {
        List<Screen> live = new ArrayList<>();
        List<Integer> sizes = runKeepingScreens(live);
        assertThat(fx(model::isRunning)).isFalse();
        assertThat(sizes).hasSizeGreaterThan(10);
        // Backwards, so that every seek folds again from the start rather than going on from the last one.
        for (int i = sizes.size() - 1; i >= 0; i--) {
            int k = sizes.get(i);
            robot.interact(() -> model.seek(k));
            assertThat(fx(() -> model.playheadProperty().get())).isEqualTo(k);
            assertThat(screen()).as("the screen at event %d", k).isEqualTo(live.get(i));
            if (!fx(() -> model.liveProperty().get())) {
                // Not at the live edge, where the view is as the live run left it: its last tiles may still land.
                assertThat(tilesInFlight()).as("a seek shows its state at once: nothing flies").isZero();
            }
        }
        assertThat(fx(() -> model.refoldCountProperty().get())).isEqualTo(sizes.size() - 1L);
        robot.interact(model::toLive);
        assertThat(screen()).as("the end again, from the start").isEqualTo(live.getLast());
        assertThat(tilesInFlight()).as("End jumps: nothing flies").isZero();
    }

    /**
     * Every jump along the timeline shows its state at once: no tile flies or rests there, whatever frames of the
     * animation timer come between the jump and a look at the screen (run here by hand, a frame apart).
     */
    @Test
    void afterEveryJumpNoTileFliesWhateverFramesComeBeforeALook() {
        robot.interact(() -> {
            model.spreadSecondsProperty().set(2); // arrivals spread: moves all along the run
            model.start();
        });
        clock.advance(Duration.ofMillis(1500));
        sync();
        int edge = fx(() -> model.history().size());
        List<PoolEvent> recorded = fx(() -> List.copyOf(model.history()));
        Map<String, Runnable> jumps = new LinkedHashMap<>();
        jumps.put("a seek back", () -> model.seek(edge / 2));
        jumps.put("Live from there", model::toLive);
        jumps.put("a step back", model::stepBack);
        jumps.put("End from there", () -> model.seek(edge));
        jumps.put("a seek to an event's number", () -> model.seekToSeq(recorded.get(edge / 3).seq()));
        jumps.put("Home", model::toStart);
        jumps.put("an opened trace", () -> model.review(recorded));
        jumps.put("a seek in the trace", () -> model.seek(edge / 2));
        for (var jump : jumps.entrySet()) {
            long[] after = fx(() -> {
                long frames = model.bridge().frames();
                jump.getValue().run();
                AnimationPulses.run(6, root);
                return new long[] {view().flightsInAir(), model.bridge().frames() - frames};
            });
            assertThat(after[1]).as("frames of the view's timer after %s", jump.getKey()).isEqualTo(6);
            assertThat(after[0]).as("tiles flying or resting after %s", jump.getKey()).isZero();
        }
    }

    @Test
    void afterTheEndTheWholeRunStaysScrubbableUntilReset() {
        List<Screen> live = new ArrayList<>();
        List<Integer> sizes = runKeepingScreens(live);
        int all = sizes.getLast();
        robot.interact(model::toStart);
        assertThat(fx(() -> model.playheadProperty().get())).isZero();
        assertThat(screen().counters()).containsOnly("0");
        assertThat(screen().time()).isEqualTo(live.getFirst().time());
        robot.interact(model::stepForward);
        robot.interact(model::stepForward);
        assertThat(fx(() -> model.playheadProperty().get())).isEqualTo(2);
        robot.interact(model::toLive);
        assertThat(fx(() -> model.playheadProperty().get())).isEqualTo(all);
        assertThat(screen()).isEqualTo(live.getLast());
        robot.interact(model::reset);
        assertThat(fx(() -> model.history().size())).isZero();
        robot.interact(() -> model.seek(5));
        assertThat(fx(() -> model.playheadProperty().get())).isZero();
        assertThat(fx(() -> model.startedProperty().get())).isFalse();
    }

    @Test
    void goingBackPausesTheRunAndPlayCatchesUpWithTheLiveEdge() {
        robot.interact(() -> model.spreadSecondsProperty().set(2)); // arrivals spread: events all along the run
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(1200));
        sync();
        int atEdge = fx(() -> model.history().size());
        long edgeTime = clock.nanos();
        robot.interact(() -> model.seekToTime(Duration.ofMillis(300).toNanos()));
        assertThat(fx(() -> model.liveProperty().get())).isFalse();
        assertThat(clock.isPaused()).as("going back pauses the live run").isTrue();
        assertThat(screen().time()).isEqualTo("t = 0.30s");
        int back = fx(() -> model.playheadProperty().get());
        assertThat(back).isBetween(1, atEdge - 1);
        // Nothing of the live run is lost or shown meanwhile.
        assertThat(fx(() -> model.history().size())).isEqualTo(atEdge);

        robot.interact(model::togglePause); // Play
        assertThat(fx(model::isPlaying)).isTrue();
        assertThat(fx(() -> model.pausedProperty().get())).isFalse();
        wall.addAndGet(Duration.ofMillis(400).toNanos());
        sync();
        assertThat(screen().time()).isEqualTo("t = 0.70s");
        assertThat(fx(() -> model.playheadProperty().get())).isBetween(back, atEdge);
        assertThat(clock.isPaused()).as("the live run waits while the recording plays").isTrue();
        wall.addAndGet(Duration.ofMillis(400).toNanos());
        sync();
        assertThat(fx(() -> model.liveProperty().get())).isFalse();
        assertThat(screen().time()).isEqualTo("t = 1.10s");
        wall.addAndGet(Duration.ofMillis(600).toNanos());
        sync();
        assertThat(fx(() -> model.liveProperty().get())).as("caught up with the live edge").isTrue();
        assertThat(fx(() -> model.playheadProperty().get())).isEqualTo(atEdge);
        assertThat(clock.isPaused()).as("then the live run goes on").isFalse();
        assertThat(clock.nanos()).isEqualTo(edgeTime);

        clock.advance(Duration.ofMillis(1500));
        sync();
        int later = fx(() -> model.history().size());
        assertThat(later).isGreaterThan(atEdge);
        assertThat(fx(() -> model.playheadProperty().get())).isEqualTo(later);
        assertThat(screen().counters().getFirst()).isEqualTo(String.valueOf(model.demo().pool().stats().created()));
    }

    @Test
    void theLiveButtonJumpsToTheEdgeAndTheRunGoesOn() {
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(600));
        sync();
        int atEdge = fx(() -> model.history().size());
        Button live = fx(() -> robot.lookup("#liveButton").queryAs(Button.class));
        assertThat(live.isDisabled()).as("nothing to go back to while live").isTrue();
        robot.interact(model::stepBack);
        assertThat(live.isDisabled()).isFalse();
        assertThat(fx(() -> model.playheadProperty().get())).isEqualTo(atEdge - 1);
        robot.clickOn(live);
        sync();
        assertThat(fx(() -> model.liveProperty().get())).isTrue();
        assertThat(fx(() -> model.playheadProperty().get())).isEqualTo(atEdge);
        assertThat(clock.isPaused()).isFalse();
        assertThat(live.isDisabled()).isTrue();
    }

    @Test
    void aClickOnTheTimelineShowsThatInstant() {
        robot.interact(() -> model.spreadSecondsProperty().set(2));
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(2000));
        sync();
        Node track = fx(() -> robot.lookup("#runTimeline .timeline-track").query());
        robot.clickOn(track); // its middle: half of the 2 s so far
        sync();
        assertThat(fx(() -> model.liveProperty().get())).isFalse();
        assertThat(fx(model::playheadNanos)).isBetween(Duration.ofMillis(900).toNanos(), Duration.ofMillis(1100).toNanos());
        assertThat(screen().time()).isEqualTo(String.format("t = %.2fs", fx(model::playheadNanos) / 1e9));
    }

    @Test
    void afterHomeAndEverySeekTheWorkersAreTheFoldAtThePlayhead() {
        runToEnd(PoolPage.presetParameters().get("at-once"));
        assertThat(shownWorkers()).as("the run's end").hasSize(25).containsOnly(WorkerState.DONE);

        robot.interact(model::toStart);
        sync();
        assertThat(shownWorkers()).as("Home: the workers of the fold before any event").isEqualTo(foldWorkers());

        int all = fx(() -> model.history().size());
        for (int k = all; k >= 0; k -= 3) {
            int at = k;
            robot.interact(() -> model.seek(at));
            sync();
            assertThat(shownWorkers()).as("workers at event %d", k).isEqualTo(foldWorkers());
            assertThat(shownConnections()).as("connections at event %d", k).isEqualTo(foldConnections());
        }
    }

    @Test
    void anOpenedTraceShowsTheWorkersOfItsRun() {
        PoolDemo.Params params = PoolPage.presetParameters().get("at-once");
        runToEnd(params);
        List<PoolEvent> recorded = fx(() -> List.copyOf(model.history()));
        String endCaption = caption();
        robot.interact(model::reset);

        // As File → Open does: the controls get the trace's parameters, then the run is reviewed.
        robot.interact(() -> {
            model.setParams(params);
            model.review(recorded);
        });
        sync();
        assertThat(shownWorkers()).as("the trace at its end").hasSize(25).isEqualTo(foldWorkers());
        assertThat(hintShown()).as("the hint to press Start").isFalse();
        assertThat(caption()).as("the lesson of the trace's run").isEqualTo(endCaption);

        int half = recorded.size() / 2;
        robot.interact(() -> model.seek(half));
        sync();
        assertThat(shownWorkers()).as("the trace at event %d", half).hasSize(25).isEqualTo(foldWorkers());
        assertThat(shownConnections()).isEqualTo(foldConnections());
    }

    @Test
    void closePoolIsOfferedOnlyForTheLivePool() {
        robot.interact(() -> {
            model.spreadSecondsProperty().set(2); // a run that goes on for a while
            model.start();
        });
        clock.advance(Duration.ofMillis(900));
        sync();
        assertThat(closePoolDisabled()).as("live").isFalse();

        robot.interact(model::stepBack);
        sync();
        assertThat(closePoolDisabled()).as("looking back").isTrue();
        robot.interact(model::toStart);
        sync();
        assertThat(closePoolDisabled()).as("at Home").isTrue();

        robot.interact(model::toLive);
        sync();
        assertThat(closePoolDisabled()).as("live again").isFalse();

        robot.interact(model::pause);
        List<PoolEvent> recorded = fx(() -> List.copyOf(model.history()));
        robot.interact(() -> model.review(recorded));
        sync();
        assertThat(closePoolDisabled()).as("an opened trace").isTrue();
    }

    // ---------------------------------------------------------------- helpers

    /** Runs {@code p} to its end, one wake-up of the clock at a time. */
    private void runToEnd(PoolDemo.Params p) {
        robot.interact(() -> {
            model.setParams(p);
            model.start();
        });
        do {
            sync();
        } while (clock.step());
        clock.runUntilIdle();
        sync();
    }

    /** The states of the worker figures a user can see, in worker order. */
    private List<WorkerState> shownWorkers() {
        return fx(() -> view().figures().stream().filter(PoolTimelineTest::seen).map(WorkerFigure::state).toList());
    }

    private List<String> shownConnections() {
        return fx(() -> view().figures().stream().filter(PoolTimelineTest::seen)
                .map(WorkerFigure::connectionText).toList());
    }

    private List<WorkerState> foldWorkers() {
        return fx(() -> IntStream.range(0, model.fold().workerCount()).mapToObj(model.fold()::workerState).toList());
    }

    private List<String> foldConnections() {
        return fx(() -> IntStream.range(0, model.fold().workerCount()).mapToObj(model.fold()::workerConnection)
                .map(c -> c > 0 ? "C" + c : "").toList());
    }

    /** Visible with every parent, in the scene. */
    private static boolean seen(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private boolean hintShown() {
        return fx(() -> seen(robot.lookup(".workers-hint").queryAs(Label.class)));
    }

    private String caption() {
        return fx(() -> label("#eventCaption"));
    }

    private boolean closePoolDisabled() {
        return fx(() -> robot.lookup("#closePoolButton").queryAs(Button.class).isDisabled());
    }

    private PoolView view() {
        return robot.lookup(n -> n instanceof PoolView).queryAs(PoolView.class);
    }

    private long tilesInFlight() {
        return fx(() -> robot.lookup("." + FlightLayer.MOVING_TILE).queryAll().stream()
                .filter(n -> n.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("in-flight")))
                .count());
    }

    private void sync() {
        robot.interact(model::sync);
    }

    private <T> T fx(Supplier<T> read) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> out.set(read.get()));
        return out.get();
    }
}
