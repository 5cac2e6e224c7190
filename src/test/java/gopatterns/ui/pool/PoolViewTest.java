package gopatterns.ui.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.history.pool.ConnectionMove;
import gopatterns.history.pool.PoolSeries;
import gopatterns.history.pool.WorkerState;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolMode;
import gopatterns.pool.PoolStats;
import gopatterns.ui.I18n;
import gopatterns.ui.common.SimulationModel;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The pool view on a manual clock: the test moves virtual time, brings the view up to date as a frame would,
 * and reads what the view shows (counter labels, slot boxes, worker figures) against the real pool's
 * statistics.
 */
@ExtendWith(ApplicationExtension.class)
class PoolViewTest {

    private VirtualClock clock;
    private PoolModel model;
    private BorderPane showcase;
    private final FxRobot robot = new FxRobot();

    @Start
    void start(Stage stage) {
        clock = VirtualClock.manual();
        model = new PoolModel(clock);
        showcase = PoolStages.show(stage, model, 1280, 720);
    }

    @AfterEach
    void dispose() {
        robot.interact(model::dispose);
    }

    // ---------------------------------------------------------------- the book's demo

    @Test
    void defaultsShowTheBooksNumbers() {
        robot.interact(model::start);
        clock.runUntilIdle();
        sync();

        assertThat(counter("created")).isEqualTo("25");
        assertThat(counter("reused")).isEqualTo("0");
        assertThat(counter("closedAtRelease")).isEqualTo("23");
        assertThat(counter("closedAtShutdown")).isEqualTo("2");
        assertThat(counter("closedAfterShutdown")).isEqualTo("0");
        assertThat(counter("peak")).isEqualTo("25");
        assertThat(counter("reuseRatio")).isEqualTo("0.0%");
        assertThat(text("binCount")).isEqualTo("25");
        assertThat(logLines("Release: In Queue")).isEqualTo(2);
        assertThat(logLines("Release: Closing")).isEqualTo(23);
        assertThat(logLines("Create: New Connection")).isEqualTo(25);
        assertThat(logLines("Acquire: Shared Resource")).isZero();
        assertThat(fx(() -> model.isRunning())).isFalse();
        assertThat(text("eventCaption")).contains("none reused");
        assertThat(pseudoClasses("eventCaption")).as("the lesson is set off from live captions").contains("lesson");
        assertThat(pseudoClasses("poolStateBadge")).contains("closed");
        assertThat(fx(() -> view().slotView().shownIds())).isEmpty();
        assertThat(fx(() -> figuresIn(WorkerState.DONE))).isEqualTo(25);
        // Every connection ended in the bin: 23 closed as they came back, the 2 idle ones by Close.
        Map<ConnectionMove, Long> ends = fx(() -> java.util.stream.LongStream.rangeClosed(1, 25)
                .mapToObj(model::lastMove)
                .collect(Collectors.groupingBy(m -> m, () -> new EnumMap<>(ConnectionMove.class),
                        Collectors.counting())));
        assertThat(ends).containsExactly(Map.entry(ConnectionMove.CLOSED_AT_RELEASE, 23L),
                Map.entry(ConnectionMove.CLOSED_AT_SHUTDOWN, 2L));
        countersEqualTheCore();
    }

    @Test
    void midRunTheTwoFirstReleasesSitInTheSlots() {
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(400));
        sync();

        List<Long> idle = model.demo().pool().idleIds();
        assertThat(idle).hasSize(2);
        assertThat(fx(() -> view().slotView().shownIds()))
                .containsExactly("C" + idle.get(0), "C" + idle.get(1));
        assertThat(robot.lookup("#slot-0 .connection-tile").<javafx.scene.Node>queryAll())
                .anySatisfy(n -> assertThat(n.getStyleClass()).contains("returned"));
        assertThat(counter("created")).isEqualTo("25");
        assertThat(counter("idle")).isEqualTo("2");
        // The newest moves fly as tiles, a few a frame whatever happened since: frames of the FX pulse may
        // have started some before this one, so at most a few frames' worth are in the air.
        assertThat(fx(() -> view().flightsInAir())).isBetween(1, 4 * FlightLayer.MAX_NEW_PER_FRAME);
        assertThat(fx(() -> figuresIn(WorkerState.QUERYING))).isEqualTo((int) parse(counter("inUse")));
        // Every worker still querying shows the connection it holds.
        fx(() -> {
            for (WorkerFigure f : view().figures()) {
                if (f.state() == WorkerState.QUERYING) {
                    assertThat(f.connectionText()).matches("C\\d+");
                }
            }
            return null;
        });
        countersEqualTheCore();
    }

    // ---------------------------------------------------------------- reuse

    @Test
    void spreadArrivalsBringReuse() {
        robot.interact(() -> model.spreadSecondsProperty().set(5));
        robot.interact(model::start);
        clock.runUntilIdle();
        sync();

        assertThat(parse(counter("reused"))).isPositive();
        assertThat(parse(counter("created"))).isLessThan(25);
        assertThat(logLines("Acquire: Shared Resource")).isEqualTo(parse(counter("reused")));
        assertThat(text("eventCaption")).contains("reused an idle one");
        countersEqualTheCore();
    }

    // ---------------------------------------------------------------- closing mid-run

    @Test
    void closePoolMidRunClosesLateReleasesAndFailsLateAcquires() {
        robot.interact(() -> model.spreadSecondsProperty().set(2));
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(900));
        sync();
        assertThat(robot.lookup("#closePoolButton").queryAs(Button.class).isDisabled()).isFalse();

        assertThat(pseudoClasses("eventCaption")).doesNotContain("lesson");
        assertThat(pseudoClasses("poolStateBadge")).doesNotContain("closed");
        robot.clickOn("#closePoolButton");
        sync();
        assertThat(text("poolStateBadge")).isEqualTo("Pool closed");
        assertThat(pseudoClasses("poolStateBadge")).contains("closed");
        assertThat(robot.lookup("#closePoolButton").queryAs(Button.class).isDisabled())
                .as("a closed pool cannot be closed again: the button is off while the run goes on").isTrue();
        assertThat(model.isRunning()).isTrue();
        assertThat(fx(() -> view().slotView().shownIds())).isEmpty();
        assertThat(model.codeAnchorProperty().get()).startsWith("close-");
        countersEqualTheCore();

        clock.runUntilIdle();
        sync();
        assertThat(parse(counter("closedAfterShutdown"))).isPositive();
        assertThat(parse(counter("refused"))).isPositive();
        assertThat(fx(() -> figuresIn(WorkerState.FAILED))).isEqualTo((int) parse(counter("refused")));
        assertThat(logLines("Pool has been closed")).isEqualTo(parse(counter("refused")));
        assertThat(text("eventCaption")).contains("acquires refused");
        countersEqualTheCore();
        // The program's own Close at the end finds the pool closed and does nothing: the window's last
        // explanation must say so, not that the program closes the pool.
        PoolEvent last = fx(() -> model.notableEventProperty().get());
        assertThat(last).isInstanceOf(PoolEvent.Shutdown.class);
        String explained = fx(() -> new PoolPage(model).explain(last).orElseThrow());
        assertThat(explained).contains("closed already").doesNotContain("closes the pool");
    }

    @Test
    void aNewRunReplacesTheLogAndResetEmptiesIt() {
        robot.interact(model::start);
        clock.runUntilIdle();
        sync();
        List<String> firstRun = logTexts();
        assertThat(firstRun).isNotEmpty();

        robot.interact(model::start);
        // The first run's lines are gone at once: the log holds what the new run logged at its first instant.
        assertThat(logTexts()).hasSizeLessThan(firstRun.size());
        clock.runUntilIdle();
        sync();
        assertThat(logTexts()).as("the same demo again, and nothing of the first run").hasSameSizeAs(firstRun);

        robot.interact(model::reset);
        assertThat(logTexts()).isEmpty();
    }

    @Test
    void whilePausedTheFramesStillBringTheChartAndCountersUpToDate() throws Exception {
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(420));
        // No sync: only the view's own frames deliver the events, each kind of update on frames of its own.
        long frames = fx(() -> model.bridge().frames());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(() ->
                model.bridge().pending() == 0 && model.bridge().frames() > frames + 4 * SimulationModel.TEXT_EVERY
                        && view().chart().upToDate()));
        assertThat(fx(() -> view().chart().upToDate())).isTrue();
        assertThat(counter("created")).isEqualTo("25");
        assertThat(counter("idle")).isEqualTo(num(model.demo().pool().stats().idle()));
    }

    @Test
    void aSecondCloseDoesNothingButSaysSo() {
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(100));
        robot.interact(model::closePool);
        PoolStats once = model.demo().pool().stats();
        robot.interact(model::closePool);
        sync();

        assertThat(model.codeAnchorProperty().get()).isEqualTo("close-again");
        assertThat(model.demo().pool().stats()).isEqualTo(once);
        countersEqualTheCore();
    }

    // ---------------------------------------------------------------- bounded mode

    @Test
    void boundedModeShowsWaitsAndNeverExceedsItsCap() {
        robot.interact(() -> {
            model.modeProperty().set(PoolMode.BOUNDED);
            model.maxTotalProperty().set(5);
        });
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(1));
        sync();

        assertThat(fx(() -> figuresIn(WorkerState.WAITING))).isEqualTo(20);
        assertThat(robot.lookup(".worker-figure.waiting").queryAll()).hasSize(20);
        assertThat(counter("waits")).isEqualTo("20");
        assertThat(text("legend-waiting")).endsWith(" 20");
        countersEqualTheCore();

        for (int i = 0; i < 40; i++) {
            clock.advance(Duration.ofMillis(100));
            sync();
            PoolStats s = model.demo().pool().stats();
            assertThat(s.idle() + s.inUse()).isLessThanOrEqualTo(5);
        }
        clock.runUntilIdle();
        sync();

        assertThat((int) parse(counter("peak"))).isLessThanOrEqualTo(5);
        assertThat(parse(counter("created"))).isLessThanOrEqualTo(25);
        assertThat(parse(counter("reused"))).isPositive();
        fx(() -> {
            PoolSeries series = model.series();
            assertThat(series.size()).isGreaterThan(10);
            for (int i = 0; i < series.size(); i++) {
                assertThat(series.inUse(i) + series.idle(i)).as("sample %d", i).isLessThanOrEqualTo(5);
            }
            return null;
        });
        assertThat(fx(() -> figuresIn(WorkerState.DONE))).isEqualTo(25);
        countersEqualTheCore();
    }

    @Test
    void boundedWaitsThatTimeOutFailTheirWorkers() {
        robot.interact(() -> {
            model.modeProperty().set(PoolMode.BOUNDED);
            model.maxTotalProperty().set(2);
            model.acquireTimeoutMillisProperty().set(300);
        });
        robot.interact(model::start);
        clock.runUntilIdle();
        sync();

        PoolStats s = model.demo().pool().stats();
        assertThat(s.timedOutAcquires()).isPositive();
        assertThat(fx(() -> figuresIn(WorkerState.FAILED))).isEqualTo((int) s.timedOutAcquires());
        countersEqualTheCore();
    }

    // ---------------------------------------------------------------- a failing factory

    @Test
    void aFailingFactoryShowsFailuresAndKeepsTheCountersConsistent() {
        robot.interact(() -> model.failureRateProperty().set(0.3));
        robot.interact(model::start);
        clock.runUntilIdle();
        sync();

        long failures = parse(counter("factoryFailures"));
        assertThat(failures).isPositive();
        assertThat(parse(counter("created")) + failures).isEqualTo(25);
        assertThat(fx(() -> figuresIn(WorkerState.FAILED))).isEqualTo((int) failures);
        assertThat(fx(() -> figuresIn(WorkerState.DONE))).isEqualTo(25 - (int) failures);
        assertThat(logLines("Create failed: connection refused")).isEqualTo(failures);
        countersEqualTheCore();
        PoolStats s = model.demo().pool().stats();
        assertThat(s.balanced()).isTrue();
    }

    // ---------------------------------------------------------------- scale, live changes, rebuild

    @Test
    void manyWorkersAreDrawnAsAHeatMap() {
        robot.interact(() -> {
            model.workersProperty().set(2_000);
            model.sizeProperty().set(20);
            model.spreadSecondsProperty().set(3);
        });
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(1500));
        sync();

        assertThat(fx(() -> view().grid())).isNotNull();
        assertThat(fx(() -> view().figures())).isEmpty();
        assertThat(fx(() -> view().grid().cellSize())).isGreaterThanOrEqualTo(2);
        int notArrived = fx(() -> {
            for (int q = 0; q < model.workerCount(); q++) {
                if (model.workerState(q) == WorkerState.NOT_ARRIVED) {
                    return q;
                }
            }
            return -1;
        });
        assertThat(notArrived).isNotNegative();
        assertThat(fx(() -> view().grid().colourOf(notArrived)))
                .isEqualTo(WorkerGridCanvas.colourFor(WorkerState.NOT_ARRIVED));
        assertThat(text("legend-done")).endsWith(" " + model.workersIn(WorkerState.DONE));
        countersEqualTheCore();

        clock.runUntilIdle();
        sync();
        assertThat(fx(() -> model.workersIn(WorkerState.DONE))).isEqualTo(2_000);
        assertThat(fx(() -> view().grid().colourOf(0))).isEqualTo(WorkerGridCanvas.colourFor(WorkerState.DONE));
        assertThat(fx(() -> view().grid().colourOf(1_999))).isEqualTo(WorkerGridCanvas.colourFor(WorkerState.DONE));
        countersEqualTheCore();
    }

    @Test
    void holdTimeChangesLiveOtherSettingsWaitForTheNextRun() {
        robot.interact(model::start);
        assertThat(nextRunBadgesShown()).isEmpty();

        robot.interact(() -> model.holdMillisProperty().set(3000));
        assertThat(nextRunBadgesShown()).as("the hold applies at once").isEmpty();
        robot.interact(() -> model.sizeProperty().set(5));
        sync();
        // "applies on next run" under the pool size it concerns, not loose over the settings.
        assertThat(nextRunBadgesShown()).containsExactly("sizeNextRun");
        Bounds badge = fx(() -> sceneBounds(robot.lookup("#sizeNextRun").query()));
        Bounds slider = fx(() -> sceneBounds(robot.lookup("#sizeSlider").query()));
        Bounds workers = fx(() -> sceneBounds(robot.lookup("#workersSpinner").query()));
        assertThat(badge.getMinY()).as("under the size slider").isGreaterThanOrEqualTo(slider.getMaxY() - 0.5);
        assertThat(badge.getMaxY()).as("above the next setting").isLessThanOrEqualTo(workers.getMinY() + 0.5);
        assertThat(badge.getMinX()).as("in the slider's column").isGreaterThanOrEqualTo(slider.getMinX() - 0.5);
        clock.runUntilIdle();
        sync();
        // The running pool kept its two slots; the hold applied to queries that had not started.
        assertThat(model.demo().pool().config().size()).isEqualTo(2);
        assertThat(text("slotsTitle")).endsWith("2");

        robot.interact(() -> model.sizeProperty().set(2));
        assertThat(nextRunBadgesShown()).as("back to the run's size").isEmpty();
        robot.interact(() -> {
            model.sizeProperty().set(5);
            model.seedProperty().set(7);
        });
        assertThat(nextRunBadgesShown()).containsExactlyInAnyOrder("sizeNextRun", "seedNextRun");
        robot.interact(model::start);
        assertThat(model.demo().pool().config().size()).isEqualTo(5);
        assertThat(nextRunBadgesShown()).isEmpty();
    }

    /** The ids of the "applies on next run" badges shown. */
    private List<String> nextRunBadgesShown() {
        return fx(() -> robot.lookup(".next-run-badge").queryAll().stream().filter(Node::isVisible)
                .map(Node::getId).toList());
    }

    private static Bounds sceneBounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void controlsCannotReachInvalidValues() {
        robot.interact(() -> {
            model.sizeProperty().set(0);
            model.workersProperty().set(50_000);
            model.failureRateProperty().set(1.5);
            model.spreadSecondsProperty().set(-3);
        });
        assertThat(model.sizeProperty().get()).isEqualTo(PoolModel.MIN_SIZE);
        assertThat(model.workersProperty().get()).isEqualTo(PoolModel.MAX_WORKERS);
        assertThat(model.failureRateProperty().get()).isEqualTo(1.0);
        assertThat(model.spreadSecondsProperty().get()).isZero();

        robot.clickOn("#workersSpinner .text-field").eraseText(6).write("abc").clickOn("#seedSpinner .text-field");
        assertThat(model.workersProperty().get()).isEqualTo(PoolModel.MAX_WORKERS);
        robot.clickOn("#workersSpinner .text-field").eraseText(6).write("40").clickOn("#seedSpinner .text-field");
        assertThat(model.workersProperty().get()).isEqualTo(40);
    }

    @Test
    void aRebuiltViewShowsTheSameState() {
        robot.interact(() -> model.spreadSecondsProperty().set(1));
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(700));
        sync();
        String created = counter("created");
        List<String> slotIds = fx(() -> view().slotView().shownIds());
        int querying = fx(() -> figuresIn(WorkerState.QUERYING));

        robot.interact(() -> {
            view().detach();
            showcase.setCenter(new PoolView(model));
        });
        sync();

        assertThat(counter("created")).isEqualTo(created);
        assertThat(fx(() -> view().slotView().shownIds())).isEqualTo(slotIds);
        assertThat(fx(() -> figuresIn(WorkerState.QUERYING))).isEqualTo(querying);
    }

    @Test
    void noTextIsCutOffAt1280By720() {
        for (var locale : I18n.SUPPORTED) {
            robot.interact(() -> {
                I18n.localeProperty().set(locale);
                view().detach();
                showcase.setCenter(new PoolView(model));
                model.modeProperty().set(PoolMode.BOUNDED);
                model.spreadSecondsProperty().set(1);
                model.start();
            });
            clock.advance(Duration.ofMillis(600));
            sync();
            robot.interact(() -> {
                showcase.applyCss();
                showcase.layout();
            });
            List<String> cut = fx(() -> cutOffTexts(showcase));
            assertThat(cut).as("texts cut off in %s", locale).isEmpty();
        }
        robot.interact(() -> I18n.localeProperty().set(I18n.ENGLISH));
    }

    /** Labels whose text is shown shortened (with an ellipsis) because it does not fit. */
    private static List<String> cutOffTexts(javafx.scene.Parent root) {
        List<String> cut = new ArrayList<>();
        for (javafx.scene.Node n : root.lookupAll(".text")) {
            if (n instanceof javafx.scene.text.Text shown && shown.getParent() instanceof javafx.scene.control.Labeled l
                    && shownOnScreen(l) && l.getText() != null && !l.getText().isEmpty()
                    && !l.getText().equals(shown.getText())) {
                cut.add(l.getText() + " -> " + shown.getText());
            }
        }
        return cut;
    }

    /** Visible, and so is every node it sits in (a list's placeholder is hidden by its parent). */
    private static boolean shownOnScreen(javafx.scene.Node n) {
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- words that belong to the run shown
    // The caption describes this run's events; the lesson appears only when a run has finished, says only
    // what is true of it and takes its numbers from the counters beside it; a reset takes all of it away.

    @Test
    void theCaptionOfTheSecondRunDescribesTheSecondRun() {
        robot.interact(model::start);
        clock.runUntilIdle();
        sync();
        assertThat(pseudoClasses("eventCaption").contains("lesson")).isTrue();

        robot.interact(model::start);
        clock.advance(Duration.ofMillis(400));
        sync();
        String caption = text("eventCaption");
        assertThat(fx(() -> model.notableEventProperty().get())).isNotNull();
        assertThat(caption).isEqualTo(fx(() -> PoolEventText.describe(model.notableEventProperty().get())));
        assertThat(pseudoClasses("eventCaption").contains("lesson")).isFalse();
    }

    @Test
    void aResetMidRunLeavesNoLessonAndNoMidRunCounts() {
        robot.interact(model::start);
        clock.advance(Duration.ofMillis(400));
        sync();
        assertThat(text("legend-querying")).doesNotEndWith(" 0");

        robot.interact(model::reset);
        sync();
        assertThat(pseudoClasses("eventCaption").contains("lesson")).isFalse();
        assertThat(text("eventCaption")).doesNotContain("Done").isEqualTo(fx(() -> PoolEventText.ready(model.params())));
        for (WorkerState s : WorkerState.values()) {
            assertThat(text("legend-" + s.styleClass())).as(s.name()).endsWith(" 0");
        }
    }

    @Test
    void aResetAfterTheEndTakesTheLessonAway() {
        robot.interact(model::start);
        clock.runUntilIdle();
        sync();
        assertThat(text("eventCaption")).startsWith("Done");

        robot.interact(model::reset);
        sync();
        assertThat(pseudoClasses("eventCaption").contains("lesson")).isFalse();
        assertThat(text("eventCaption")).doesNotContain("Done");
    }

    @Test
    void theLessonAppearsBesideTheRunsFinalCounters() {
        // Every lesson the caption shows, with the counters on screen at that moment, also in the frame in
        // which the run ends: a lesson shown before the counters caught up read "Done: 0 connections made"
        // beside a counter of 25. The book's demo closes its 2 idle connections in its very last event.
        List<String> seen = new ArrayList<>();
        robot.interact(() -> robot.lookup("#eventCaption").queryAs(Label.class).textProperty()
                .addListener((obs, old, now) -> {
                    if (model.finishedProperty().get()) {
                        seen.add(now + " | created " + label("createdValue") + ", closed at shutdown "
                                + label("closedAtShutdownValue"));
                    }
                }));
        robot.interact(model::start);
        clock.runUntilIdle();
        sync();

        assertThat(counter("closedAtShutdown")).isEqualTo("2");
        assertThat(seen).isNotEmpty().allSatisfy(l -> assertThat(l)
                .startsWith("Done: 25 connections made for 25 workers")
                .endsWith("| created 25, closed at shutdown 2"));
    }

    private String label(String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    @Test
    void beforeARunTheCaptionSaysWhatTheNextRunWillDo() {
        robot.interact(() -> {
            model.workersProperty().set(40);
            model.spreadSecondsProperty().set(5);
        });
        sync();
        assertThat(text("eventCaption")).contains("40 workers").contains("5s").doesNotContain("25");
    }

    @Test
    void theLessonOfCloseWhileBusyTakesItsNumbersFromTheCountersAndFitsTheRun() {
        robot.interact(() -> model.setParams(PoolDemo.Params.book().withHold(Duration.ofSeconds(3))
                .withSpread(Duration.ofSeconds(4))));
        robot.interact(model::start);
        clock.advance(Duration.ofSeconds(1));
        sync();
        robot.interact(model::closePool);
        clock.runUntilIdle();
        sync();

        PoolStats shown = fx(() -> model.countersProperty().get());
        assertThat(shown.refusedAcquires()).isPositive();
        String lesson = text("eventCaption");
        assertThat(pseudoClasses("eventCaption").contains("lesson")).isTrue();
        assertThat(lesson).contains(counter("refused") + " acquires refused")
                .contains(counter("closedAfterShutdown") + " late releases")
                .contains(counter("created") + " connections made");
        // The arrivals were spread over 4 s: the lesson must not say everyone arrived at once.
        assertThat(lesson).doesNotContain("Everyone arrived").doesNotContain("Spread the arrivals");
    }

    @Test
    void whenTheFactoryAlwaysFailsTheLessonSpeaksOfNoReleaseOrReuse() {
        robot.interact(() -> model.setParams(PoolDemo.Params.book().withBounded(3, Duration.ZERO)
                .withFailureRate(1.0)));
        robot.interact(model::start);
        clock.runUntilIdle();
        sync();

        assertThat(counter("created")).isEqualTo("0");
        String lesson = text("eventCaption");
        assertThat(pseudoClasses("eventCaption").contains("lesson")).isTrue();
        assertThat(lesson).contains(counter("factoryFailures")).doesNotContain("reused an idle")
                .doesNotContain("released before").doesNotContain("Spread the arrivals")
                .doesNotContain("The cap kept");
    }

    @Test
    void theBoundedLessonNamesTheCapOfTheRun() {
        robot.interact(() -> {
            model.modeProperty().set(PoolMode.BOUNDED);
            model.maxTotalProperty().set(4);
        });
        robot.interact(model::start);
        clock.runUntilIdle();
        sync();
        assertThat(text("eventCaption")).contains("at most 4 alive").contains("waited " + counter("waits"));
    }

    // ---------------------------------------------------------------- helpers

    private PoolView view() {
        return (PoolView) showcase.getCenter();
    }

    private void sync() {
        robot.interact(model::sync);
    }

    private <T> T fx(Supplier<T> read) {
        AtomicReference<T> out = new AtomicReference<>();
        robot.interact(() -> out.set(read.get()));
        return out.get();
    }

    private String text(String id) {
        return fx(() -> robot.lookup("#" + id).queryAs(Label.class).getText());
    }

    private static long parse(String shown) {
        return Long.parseLong(shown.replace(",", ""));
    }

    private static String num(long v) {
        return NumberFormat.getIntegerInstance(I18n.locale()).format(v);
    }

    private String counter(String name) {
        return text(name + "Value");
    }

    private int figuresIn(WorkerState s) {
        return (int) view().figures().stream().filter(f -> f.state() == s).count();
    }

    private List<String> logTexts() {
        return fx(() -> model.log().stream().map(SimulationModel.LogLine::text).toList());
    }

    private Set<String> pseudoClasses(String id) {
        return fx(() -> robot.lookup("#" + id).query().getPseudoClassStates().stream()
                .map(PseudoClass::getPseudoClassName).collect(Collectors.toSet()));
    }

    private long logLines(String containing) {
        return fx(() -> model.log().stream().map(SimulationModel.LogLine::text)
                .filter(t -> t.contains(containing)).count());
    }

    /** What the counters show is what the real pool counted, and the model's record equals the pool's. */
    private void countersEqualTheCore() {
        assertThat(fx(() -> model.failureProperty().get())).as("the run's failure shown").isEmpty();
        PoolStats core = model.demo().pool().stats();
        assertThat(fx(model::statsFromEvents)).isEqualTo(core);
        assertThat(counter("created")).isEqualTo(num(core.created()));
        assertThat(counter("reused")).isEqualTo(num(core.reused()));
        assertThat(counter("closedAtRelease")).isEqualTo(num(core.closedAtRelease()));
        assertThat(counter("closedAtShutdown")).isEqualTo(num(core.closedAtShutdown()));
        assertThat(counter("closedAfterShutdown")).isEqualTo(num(core.closedAfterShutdown()));
        assertThat(counter("idle")).isEqualTo(num(core.idle()));
        assertThat(counter("inUse")).isEqualTo(num(core.inUse()));
        assertThat(counter("peak")).isEqualTo(num(core.peakInUse()));
        assertThat(counter("waits")).isEqualTo(num(core.waits()));
        assertThat(counter("factoryFailures")).isEqualTo(num(core.factoryFailures()));
        assertThat(counter("refused")).isEqualTo(num(core.refusedAcquires()));
        assertThat(fx(() -> view().slotView().shownIds()))
                .isEqualTo(model.demo().pool().idleIds().stream().map(id -> "C" + id).toList());
        assertThat(fx(() -> model.bridge().accepted())).isEqualTo(fx(() -> model.bridge().delivered()));
    }
}
