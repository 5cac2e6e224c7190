package gopatterns.ui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.history.lanes.LaneRole;
import gopatterns.history.lanes.LaneState;
import gopatterns.history.lanes.Mark;
import gopatterns.history.lanes.MarkKind;
import gopatterns.history.lanes.PoolLanes;
import gopatterns.history.lanes.RunnerLanes;
import gopatterns.pool.PoolDemo;
import gopatterns.runner.RunnerDemo;
import gopatterns.ui.I18n;
import gopatterns.ui.common.Palette;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.pool.PoolModel;
import gopatterns.ui.runner.RunnerModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lanes view on the real models, driven by a manual clock. */
@ExtendWith(ApplicationExtension.class)
class LanesViewTest {

    private static final long SECOND = 1_000_000_000L;

    private final FxRobot robot = new FxRobot();
    private final VirtualClock clock = VirtualClock.manual();
    private Stage stage;
    private SimulationModel<?> model;
    private LanesView view;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void dispose() {
        robot.interact(() -> {
            if (model != null) {
                model.dispose();
            }
            I18n.localeProperty().set(I18n.ENGLISH);
        });
    }

    private void show(SimulationModel<?> m) {
        show(m, 600, List.of());
    }

    /** Shows the lanes of {@code m} in a window 1024 px wide and {@code height} px tall, with a theme's stylesheets. */
    private void show(SimulationModel<?> m, double height, List<String> stylesheets) {
        model = m;
        robot.interact(() -> {
            view = new LanesView(m);
            Scene scene = new Scene(new StackPane(view), 1024, height);
            scene.getStylesheets().addAll(stylesheets);
            stage.setScene(scene);
            stage.setFullScreen(false);
            stage.sizeToScene();
            stage.show();
        });
    }

    /** Delivers every event the run published, then lets the lanes fold and draw them. */
    private void settle() {
        robot.interact(() -> {
            do {
                model.sync();
            } while (model.bridge().pending() > 0);
            skin().refresh(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private LanesSkin skin() {
        return (LanesSkin) view.getSkin();
    }

    private <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theBooksPoolDemoShowsTwentyFiveAcquiresBeforeTheFirstRelease() {
        PoolModel pool = new PoolModel(clock);
        show(pool);
        robot.interact(pool::start);
        clock.advance(Duration.ofMillis(1)); // every worker has arrived and acquired; no hold has ended
        settle();
        PoolLanes shown = (PoolLanes) fx(skin()::fold);
        assertThat(shown.lanes()).hasSize(25);
        assertThat(marks(shown, Set.of(MarkKind.ACQUIRED_NEW))).hasSize(25);
        assertThat(marks(shown, Set.of(MarkKind.RELEASED_IN_QUEUE, MarkKind.RELEASED_CLOSING))).isEmpty();
        assertThat(fx(skin().painter()::aggregated)).isFalse();
        // Each worker's hold is drawn in the holding colour on its own lane.
        assertThat(shown.statesAt(shown.latest())).containsOnly(LaneState.HOLDING);

        clock.runUntilIdle();
        settle();
        PoolLanes ended = (PoolLanes) fx(skin()::fold);
        assertThat(ended).as("the same run goes on being folded, not folded again").isSameAs(shown);
        assertThat(marks(ended, Set.of(MarkKind.RELEASED_IN_QUEUE))).hasSize(2);
        assertThat(marks(ended, Set.of(MarkKind.RELEASED_CLOSING))).hasSize(23);
        assertThat(legendTexts()).contains("new connection", "closed at release", "holding a connection");
        // The holds are drawn in the holding colour: 25 bars of about half the plot's width on average.
        assertThat(pixelsOf(Palette.BLUE)).isGreaterThan(25 * 200 * 6);
    }

    @Test
    void pointingAtAHoldOutlinesThatConnectionOnEveryLaneThatHeldIt() {
        PoolModel pool = new PoolModel(clock);
        robot.interact(() -> pool.setParams(PoolDemo.Params.book().withSpread(Duration.ofSeconds(5))));
        show(pool);
        robot.interact(pool::start);
        clock.runUntilIdle();
        settle();
        // Somewhere on the lanes, a hold: the pointer on it names its connection.
        Bounds plot = fx(() -> plot().localToScreen(plot().getLayoutBounds()));
        int shown = 0;
        for (double y = 2; y < plot.getHeight() && shown == 0; y += 3) {
            for (double x = plot.getWidth() * 0.3; x < plot.getWidth() - 10 && shown == 0; x += 7) {
                double px = x;
                double py = y;
                long id = fx(() -> skin().painter().connectionAt(px, py));
                if (id >= 0) {
                    robot.moveTo(plot.getMinX() + x, plot.getMinY() + y);
                    WaitForAsyncUtils.waitForFxEvents();
                    assertThat(fx(skin().painter()::highlighted)).isEqualTo(id);
                    shown++;
                }
            }
        }
        assertThat(shown).as("a hold under the pointer somewhere").isEqualTo(1);
        robot.moveTo(plot.getMinX() - 20, plot.getMinY() - 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(skin().painter()::highlighted)).isEqualTo(-1L);
    }

    /**
     * Worker lanes thinner than a line of text: each lane is still named (the first in words, the others by number),
     * in a type no smaller than 9 px, and no two names overlap.
     */
    @Test
    void thinWorkerLanesAreEachNamedWithoutOverlap() {
        PoolModel pool = new PoolModel(clock);
        show(pool, 420, List.of());
        robot.interact(pool::start);
        clock.runUntilIdle();
        settle();
        assertThat(fx(skin().painter()::aggregated)).as("one lane per worker").isFalse();
        List<LanesPainter.LabelAt> labels = fx(skin().painter()::workerLabels);
        // The first by name, the others under it by their number: a column of worker numbers.
        assertThat(labels).extracting(LanesPainter.LabelAt::text).as("every worker named")
                .startsWith(fx(() -> I18n.get("lanes.worker", 0)))
                .hasSize(fx(() -> skin().fold().lanes().size()));
        for (int i = 1; i < labels.size(); i++) {
            LanesPainter.LabelAt a = labels.get(i - 1);
            LanesPainter.LabelAt b = labels.get(i);
            assertThat(b.text()).isEqualTo(Integer.toString(i));
            assertThat(b.size()).as("readable").isGreaterThanOrEqualTo(9);
            double digits = fx(() -> LanesScreenTest.digitsHeight(Font.getDefault().getFamily(), b.size()));
            assertThat(b.centreY() - a.centreY()).as("%s and %s apart", a.text(), b.text()).isGreaterThan(digits);
        }
    }

    /**
     * A live run of many workers: the lanes are too thin to write a connection's id in a hold, so the pointer on a
     * hold tells it, with the worker, its time and every worker that held that connection in turn; the legend says so.
     */
    @Test
    void inALiveRunOfManyWorkersThePointerOnAHoldTellsItsConnection() {
        PoolModel pool = new PoolModel(clock);
        robot.interact(() -> pool.setParams(PoolDemo.Params.book().withWorkers(60).withSpread(Duration.ofSeconds(3))));
        show(pool);
        robot.interact(pool::start);
        clock.advance(Duration.ofMillis(2500));
        settle();
        assertThat(fx(pool::isRunning)).as("live").isTrue();
        assertThat(fx(skin().painter()::aggregated)).as("one lane per worker").isFalse();
        Bounds plot = fx(() -> plot().localToScreen(plot().getLayoutBounds()));
        LanesPainter.Hold hold = null;
        double hx = 0;
        double hy = 0;
        // The latest holds: a connection taken by a worker after another gave it back.
        for (double x = plot.getWidth() - 12; x > plot.getWidth() * 0.5 && hold == null; x -= 5) {
            for (double y = 2; y < plot.getHeight() && hold == null; y += 2) {
                double px = x;
                double py = y;
                LanesPainter.Hold h = fx(() -> skin().painter().holdAt(px, py));
                if (h != null && heldBySeveral(h)) {
                    hold = h;
                    hx = x;
                    hy = y;
                }
            }
        }
        assertThat(hold).as("a hold of a connection held before by another worker").isNotNull();
        robot.moveTo(plot.getMinX() + hx, plot.getMinY() + hy);
        WaitForAsyncUtils.waitForFxEvents();
        String tip = fx(skin()::holdTip);
        long id = hold.segment().detail();
        assertThat(tip).as("the tip on a hold").isNotNull()
                .startsWith(I18n.get("lanes.connection", id) + ": " + LaneLook.name(hold.lane()) + " holds it from ")
                .contains(I18n.get("lanes.tip.holders", "", "").trim());
        assertThat(tip.substring(tip.indexOf('\n')).split(" → ")).as("every worker that held it, in turn").hasSizeGreaterThan(1);
        assertThat(fx(skin().painter()::highlighted)).isEqualTo(id);
        robot.moveTo(plot.getMinX() - 20, plot.getMinY() - 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(skin()::holdTip)).as("no tip off the holds").isNull();
        assertThat(legendTexts()).contains(I18n.get("lanes.legend.connection", I18n.get("lanes.connection", 3)));
    }

    /** Whether the hold's connection was held by more than one worker. */
    private boolean heldBySeveral(LanesPainter.Hold h) {
        long id = h.segment().detail();
        return fx(() -> skin().fold().lanes().stream().filter(l -> l.segments().stream()
                .anyMatch(s -> s.state() == LaneState.HOLDING && s.detail() == id)).count() > 1);
    }

    @Test
    void tenThousandWorkersAreDrawnAsBandsAndANewRunIsFoldedAfresh() {
        PoolModel pool = new PoolModel(clock);
        robot.interact(() -> pool.setParams(PoolDemo.Params.book().withWorkers(10_000)
                .withSpread(Duration.ofSeconds(2))));
        show(pool);
        robot.interact(pool::start);
        clock.runUntilIdle();
        settle();
        PoolLanes first = (PoolLanes) fx(skin()::fold);
        assertThat(first.workers()).isEqualTo(10_000);
        assertThat(fx(skin().painter()::aggregated)).isTrue();
        assertThat(first.applied()).isEqualTo(fx(() -> pool.history().size()));

        robot.interact(() -> pool.setParams(PoolDemo.Params.book()));
        robot.interact(pool::start);
        clock.runUntilIdle();
        settle();
        PoolLanes second = (PoolLanes) fx(skin()::fold);
        assertThat(second).isNotSameAs(first);
        assertThat(second.workers()).isEqualTo(25);
        assertThat(second.applied()).isEqualTo(fx(() -> pool.history().size()));
        assertThat(fx(skin().painter()::aggregated)).isFalse();
    }

    @Test
    void theLeakPresetShowsTheBackgroundLaneLeakedThenBlockedForever() {
        RunnerModel runner = new RunnerModel(clock);
        robot.interact(() -> runner.setParameters(RunnerDemo.Params.book().withTimeout(Duration.ofMillis(1500))
                .withTasks(5)));
        show(runner);
        robot.interact(runner::start);
        clock.runUntilIdle();
        settle();
        RunnerLanes lanes = (RunnerLanes) fx(skin()::fold);
        assertThat(lanes.lane(LaneRole.BACKGROUND).stateAt(2 * SECOND)).isEqualTo(LaneState.LEAKED);
        assertThat(lanes.lane(LaneRole.BACKGROUND).state()).isEqualTo(LaneState.BLOCKED);
        assertThat(lanes.lane(LaneRole.TIMER).marks()).extracting(Mark::kind).containsExactly(MarkKind.TIMEOUT_FIRED);
        assertThat(legendTexts()).contains("leaked: runs for nobody", "blocked forever", "timeout fired");
    }

    @Test
    void aClickOnTheLanesAsksToSeekToThatTimeAndTheLabelsAreNeverAsked() {
        RunnerModel runner = new RunnerModel(clock);
        show(runner);
        robot.interact(runner::start);
        clock.runUntilIdle();
        settle();
        List<Long> asked = new ArrayList<>();
        robot.interact(() -> view.onSeekProperty().set(asked::add));
        Bounds plot = fx(() -> plot().localToScreen(plot().getLayoutBounds()));
        long end = fx(() -> skin().painter().timeAt(plot.getWidth()));
        robot.clickOn(plot.getMinX() + plot.getWidth() - 10, plot.getMinY() + 20);
        robot.clickOn(plot.getMinX() + 3, plot.getMinY() + 20); // on a lane's name
        assertThat(asked).hasSize(1);
        assertThat(asked.getFirst()).isBetween(end * 95 / 100, end);
    }

    @Test
    void laneNamesAndLegendSpeakChinese() {
        robot.interact(() -> I18n.localeProperty().set(I18n.CHINESE));
        PoolModel pool = new PoolModel(clock);
        show(pool);
        robot.interact(pool::start);
        clock.runUntilIdle();
        settle();
        assertThat(legendTexts()).contains("新建连接", "释放时关闭");
        assertThat(fx(() -> LaneLook.name(skin().fold().lanes().getFirst()))).startsWith("工作者 ");
    }

    // ---------------------------------------------------------------- helpers

    private Node plot() {
        return view.lookup(".lanes-plot");
    }

    /** How many pixels of the plot are of colour {@code c}. */
    private int pixelsOf(Color c) {
        return fx(() -> LanesScreenTest.pixelsOf(plot().snapshot(null, null), c));
    }

    private List<String> legendTexts() {
        return fx(() -> view.lookupAll(".lanes-legend-entry").stream().map(n -> ((Label) n).getText()).toList());
    }

    private static List<Mark> marks(PoolLanes f, Set<MarkKind> kinds) {
        return f.lanes().stream().flatMap(l -> l.marks().stream()).filter(m -> kinds.contains(m.kind())).toList();
    }
}
