package gopatterns.ui.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.history.pool.ConnectionMove;
import gopatterns.history.pool.PoolFold;
import gopatterns.history.pool.PoolSeries;
import gopatterns.history.pool.WorkerState;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolStats;
import gopatterns.ui.I18n;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pool view shown at an earlier event: after {@link PoolModel#resetFold()}, the first {@code k} events of
 * the run applied again and one frame, the model says and the view draws what the live run showed at event
 * {@code k}, at once, with no tile flying. The frames come only from the test (the view's own timer is
 * stopped), on a manual clock.
 */
@ExtendWith(ApplicationExtension.class)
class PoolRefoldTest {

    private static final PseudoClass LESSON = PseudoClass.getPseudoClass("lesson");

    private final FxRobot robot = new FxRobot();
    private VirtualClock clock;
    private PoolModel model;
    private BorderPane showcase;

    /** What the model says at one frame: every property and answer a view draws from. */
    record Shown(PoolStats counters, PoolEvent notable, boolean closed, boolean finished, String anchor,
                 List<Long> slots, List<WorkerState> states, List<Integer> held, long moves,
                 List<ConnectionMove> lastMoves, List<PoolSeries.Sample> chart) {

        static Shown of(PoolModel m) {
            return new Shown(m.countersProperty().get(), m.notableEventProperty().get(),
                    m.poolClosedProperty().get(), m.finishedProperty().get(), m.codeAnchorProperty().get(),
                    m.slotIds(), IntStream.range(0, m.workerCount()).mapToObj(m::workerState).toList(),
                    IntStream.range(0, m.workerCount()).mapToObj(m::workerConnection).toList(), m.moveCount(),
                    lastMoves(m.statsFromEvents(), m::lastMove), m.series().samples());
        }

        /** What the model must say when it shows {@code f}. */
        static Shown of(PoolFold f) {
            return new Shown(f.stats(), f.notable(), f.closed(), f.finished(), f.codeAnchor(), f.slotIds(),
                    IntStream.range(0, f.workerCount()).mapToObj(f::workerState).toList(),
                    IntStream.range(0, f.workerCount()).mapToObj(f::workerConnection).toList(), f.moveCount(),
                    lastMoves(f.stats(), f::lastMove), f.series().samples());
        }

        private static List<ConnectionMove> lastMoves(PoolStats s, java.util.function.LongFunction<ConnectionMove> of) {
            return LongStream.rangeClosed(1, s.created()).mapToObj(of).toList();
        }
    }

    /** A frame of the live run: how many events it had shown, and what it showed. */
    record Moment(int events, Shown shown) {}

    @Start
    void start(Stage stage) {
        clock = VirtualClock.manual();
        model = new PoolModel(clock);
        showcase = PoolStages.show(stage, model, 1280, 800);
        model.bridge().stop(); // frames come only from the test
    }

    @AfterEach
    void dispose() {
        robot.interact(model::dispose);
    }

    static Stream<String> presets() {
        return PoolPage.presetParameters().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void theRunShownAtAnEarlierEventIsWhatTheLiveRunShowedThen(String preset) {
        List<Moment> live = runLive(preset);
        assertThat(live).as("frames of the live run").hasSizeGreaterThan(10);
        assertThat(live.getLast().shown().finished()).isTrue();

        for (Moment m : live) {
            Shown again = onFx(() -> {
                refold(m.events());
                return Shown.of(model);
            });
            assertThat(again).as("%s shown again at event %d", preset, m.events()).isEqualTo(m.shown());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void atEveryEventTheViewDrawsTheFoldAtOnceWithNoTileFlying(String preset) {
        runLive(preset);
        onFx(() -> {
            List<PoolEvent> events = List.copyOf(model.history());
            PoolFold fresh = new PoolFold();
            for (int k = 0; k <= events.size(); k++) {
                refold(k);
                String at = preset + " at event " + k;
                assertThat(Shown.of(model)).as(at).isEqualTo(Shown.of(fresh));
                viewShows(fresh, at);
                if (k < events.size()) {
                    fresh.apply(events.get(k));
                }
            }
            return null;
        });
    }

    @Test
    void afterARefoldOnlyNewLiveMovesFly() {
        robot.interact(() -> {
            model.spreadSecondsProperty().set(2);
            model.start();
        });
        clock.awaitSettled();
        robot.interact(model::sync); // the workers' figures, where tiles land
        clock.advance(Duration.ofMillis(900));
        // Each look in the same FX call as its frame: a tile lands and goes within half a second.
        assertThat(onFx(() -> {
            layOut(); // a tile flies only between laid-out places: no pulse may have come since the figures were made
            model.sync();
            return view().flightsInAir();
        })).as("tiles of the live run").isPositive();

        assertThat(onFx(() -> {
            refold(model.history().size());
            return view().flightsInAir();
        })).as("tiles once the same moment is folded again").isZero();

        long moves = onFx(model::moveCount);
        long[] after = {moves, 0};
        for (int i = 0; i < 50 && after[0] == moves; i++) {
            clock.step();
            clock.awaitSettled();
            after = onFx(() -> {
                layOut();
                model.sync();
                return new long[] {model.moveCount(), view().flightsInAir()};
            });
        }
        assertThat(after[0]).as("the run went on").isGreaterThan(moves);
        assertThat(after[1]).as("the run's new moves fly").isPositive();
    }

    @Test
    void goingBackFromTheLessonShowsTheCaptionOfThatEvent() {
        runLive("at-once");
        assertThat(onFx(() -> caption().getPseudoClassStates())).contains(LESSON);

        int half = onFx(() -> model.history().size() / 2);
        Label shown = onFx(() -> {
            refold(half);
            return caption();
        });

        PoolFold fold = new PoolFold();
        onFx(() -> model.history().subList(0, half)).forEach(fold::apply);
        assertThat(onFx(shown::getText)).isEqualTo(PoolEventText.describe(fold.notable())).isNotEmpty();
        assertThat(onFx(shown::getPseudoClassStates)).doesNotContain(LESSON);
        assertThat(onFx(() -> model.finishedProperty().get())).isFalse();
        assertThat(onFx(() -> counterText("created"))).isEqualTo(num(fold.stats().created()));
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Runs the preset to its end, one wake-up of the clock at a time, and keeps what the model said after each
     * frame. The "close while busy" preset has its pool closed by hand at 2 s, as its lesson asks.
     */
    private List<Moment> runLive(String preset) {
        PoolDemo.Params p = PoolPage.presetParameters().get(preset);
        robot.interact(() -> {
            model.setParams(p);
            model.start();
        });
        List<Moment> live = new ArrayList<>();
        boolean closeByHand = preset.equals("close-busy");
        for (int i = 0; i < 1_000 && (live.isEmpty() || !live.getLast().shown().finished()); i++) {
            if (i > 0) {
                clock.step();
                clock.awaitSettled();
            }
            if (closeByHand && clock.nanos() >= Duration.ofSeconds(2).toNanos()) {
                closeByHand = false;
                robot.interact(model::closePool);
            }
            live.add(onFx(() -> {
                model.sync();
                return new Moment(model.history().size(), Shown.of(model));
            }));
        }
        return live;
    }

    /** Shows the run at its first {@code k} events, as a seek does: reset, apply again, one frame. FX thread. */
    private void refold(int k) {
        model.resetFold();
        List<PoolEvent> events = model.history();
        for (int i = 0; i < k; i++) {
            model.apply(events.get(i));
        }
        model.sync();
    }

    /** What is on screen is the fold, and nothing flies. FX thread. */
    private void viewShows(PoolFold f, String at) {
        PoolView v = view();
        assertThat(v.flightsInAir()).as("tiles flying, " + at).isZero();
        assertThat(v.slotView().shownIds()).as("slots, " + at)
                .isEqualTo(f.slotIds().stream().map(id -> "C" + id).toList());
        PoolStats s = f.stats();
        assertThat(counterText("created")).as("created, " + at).isEqualTo(num(s.created()));
        assertThat(counterText("reused")).as("reused, " + at).isEqualTo(num(s.reused()));
        assertThat(counterText("inUse")).as("in use, " + at).isEqualTo(num(s.inUse()));
        assertThat(counterText("idle")).as("idle, " + at).isEqualTo(num(s.idle()));
        assertThat(counterText("waits")).as("waits, " + at).isEqualTo(num(s.waits()));
        for (WorkerState state : WorkerState.values()) {
            assertThat(label("legend-" + state.styleClass()).getText()).as("legend, " + at)
                    .endsWith(" " + num(f.workersIn(state)));
        }
        List<WorkerFigure> figures = v.figures();
        for (int q = 0; q < figures.size() && q < f.workerCount(); q++) {
            assertThat(figures.get(q).state()).as("worker %d, %s", q, at).isEqualTo(f.workerState(q));
        }
        assertThat(v.chart().upToDate()).as("chart, " + at).isTrue();
        assertThat(model.codeAnchorProperty().get()).as("code line, " + at).isEqualTo(f.codeAnchor());
        if (!f.finished()) {
            assertThat(caption().getText()).as("caption, " + at).isEqualTo(PoolEventText.describe(f.notable()));
        }
    }

    private void layOut() {
        showcase.applyCss();
        showcase.layout();
    }

    private PoolView view() {
        return (PoolView) showcase.getCenter();
    }

    private Label caption() {
        return label("eventCaption");
    }

    private Label label(String id) {
        return (Label) showcase.getScene().lookup("#" + id);
    }

    private String counterText(String name) {
        return label(name + "Value").getText();
    }

    private static String num(long v) {
        return NumberFormat.getIntegerInstance(I18n.locale()).format(v);
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(60_000, task);
    }
}
