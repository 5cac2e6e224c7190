package gopatterns.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.history.pool.PoolFold;
import gopatterns.history.runner.RunnerFold;
import gopatterns.history.runner.TaskState;
import gopatterns.pool.PoolEvent;
import gopatterns.runner.RunnerEvent;
import gopatterns.ui.I18n;
import gopatterns.ui.common.SimulationModel;
import gopatterns.ui.pool.PoolModel;
import gopatterns.ui.runner.RunnerModel;
import gopatterns.ui.runner.TaskItem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/**
 * Compare mode's one playhead on a manual clock: the timeline under the transport shows both sides' events, and a
 * seek, a step, Play and the live edge move both sides to one virtual instant, each showing its own run there.
 */
class CompareTimelineTest extends CompareTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void theTimelineShowsBothSidesUnderTheTransport() {
        cf.open(RUNNER, "leak-fixed");
        assertThat(cf.fx.onFx(() -> timeline().isVisible() && timeline().isManaged())).isTrue();
        assertThat(cf.fx.onFx(() -> List.of(band(0), band(1))))
                .containsExactly(I18n.get("compare.left"), I18n.get("compare.right"));
        cf.fx.robot.interact(() -> cf.fx.robot.lookup("#leaveCompare").queryAs(ButtonBase.class).fire());
        assertThat(cf.fx.onFx(() -> timeline().isVisible())).as("the page's timeline").isTrue();
        assertThat(cf.fx.onFx(() -> cf.fx.robot.lookup(".timeline-band-name").queryAll()))
                .as("one run, no band names").isEmpty();
    }

    @Test
    void aSeekShowsBothRunnersFoldedUpToThatInstant() {
        CompareModel<RunnerModel, ?> m = cf.startFor(RUNNER, "leak-fixed", Duration.ofMillis(2600));
        long t = Duration.ofMillis(1100).toNanos();
        cf.press(() -> m.seekToTime(t));
        assertLookingBackAt(m, t);
        assertThat(m.edgeNanos()).as("the live pair's time, whatever a side looked back at shows")
                .isEqualTo(Duration.ofMillis(2600).toNanos());
        for (RunnerModel side : List.of(m.left(), m.right())) {
            RunnerFold fold = new RunnerFold();
            upTo(side, t).forEach(e -> fold.apply((RunnerEvent) e));
            List<TaskState> folded = new ArrayList<>();
            for (int i = 0; i < fold.taskCount(); i++) {
                folded.add(fold.task(i).state());
            }
            assertThat(cf.fx.onFx(() -> side.tasks().stream().map(TaskItem::state).toList()))
                    .as("the task cards of a fresh fold").isEqualTo(folded).isNotEmpty();
        }
    }

    @Test
    void aSeekShowsBothPoolsFoldedUpToThatInstantAndResumePlaysThemInStepToTheLiveRun() {
        cf.open(POOL, "at-once-spread");
        CompareModel<PoolModel, ?> m = cf.model();
        long[] wall = {0};
        m.setWallClock(() -> wall[0]);
        cf.press(cf.fx.shell::startOrPause);
        cf.advance(Duration.ofMillis(1500));
        long edge = m.edgeNanos();
        long t = Duration.ofMillis(300).toNanos();
        cf.press(() -> m.seekToTime(t));
        assertLookingBackAt(m, t);
        for (PoolModel side : List.of(m.left(), m.right())) {
            PoolFold fold = new PoolFold();
            upTo(side, t).forEach(e -> fold.apply((PoolEvent) e));
            assertThat(cf.fx.onFx(() -> side.countersProperty().get())).as("the counters of a fresh fold")
                    .isEqualTo(fold.stats());
        }

        // Resume (Space) replays both at the chosen speed: one instant on both sides at every frame.
        cf.fx.robot.type(KeyCode.SPACE);
        cf.settle();
        assertThat(m.isPlaying()).isTrue();
        int frames = 0;
        while (!m.liveProperty().get()) {
            wall[0] += Duration.ofMillis(70).toNanos();
            cf.press(() -> { });
            frames++;
            if (m.liveProperty().get()) {
                break;
            }
            long at = m.playheadNanos();
            assertThat(at).as("frame %d", frames).isLessThan(edge);
            for (SimulationModel<?> side : List.of(m.left(), m.right())) {
                assertThat(side.liveProperty().get()).as("frame %d", frames).isFalse();
                assertThat(side.playheadNanos()).as("frame %d", frames).isEqualTo(at);
                // A side's time stops at its run's end (the pool at once ends first), as live.
                assertThat(side.timeProperty().get()).as("frame %d", frames)
                        .isEqualTo(Duration.ofNanos(Math.min(at, side.endedAfter().toNanos())));
                assertThat(side.playheadProperty().get()).isEqualTo(upTo(side, at).size());
            }
            assertThat(m.timeProperty().get()).isEqualTo(Duration.ofNanos(at));
        }
        double perFrame = Duration.ofMillis(70).toNanos() * m.speedProperty().get();
        assertThat(frames).as("the replay at the pair's speed").isEqualTo((int) Math.ceil((edge - t) / perFrame));
        assertThat(m.left().liveProperty().get() && m.right().liveProperty().get()).isTrue();
        assertThat(m.clock().isPaused()).as("then the pair's run goes on").isFalse();
        cf.advance(Duration.ofMillis(100));
        assertThat(m.timeProperty().get()).isEqualTo(Duration.ofNanos(edge).plusMillis(100));
    }

    @Test
    void leftAndRightVisitTheEventsOfBothSidesInTimeOrder() {
        CompareModel<PoolModel, ?> m = cf.startFor(POOL, "at-once-spread", Duration.ofMillis(700));
        // What the steps must visit: both histories merged by time, a left event before a right one of its instant.
        List<String> expected = new ArrayList<>();
        int l = 0;
        int r = 0;
        while (l < m.left().history().size() || r < m.right().history().size()) {
            boolean left = r >= m.right().history().size()
                    || l < m.left().history().size() && m.left().eventNanos(l) <= m.right().eventNanos(r);
            expected.add(left ? "L@" + m.left().eventNanos(l++) : "R@" + m.right().eventNanos(r++));
        }
        assertThat(m.left().history()).isNotEmpty();
        assertThat(m.right().history()).isNotEmpty();

        key(KeyCode.HOME);
        assertThat(m.timeProperty().get()).isEqualTo(Duration.ZERO);
        assertThat(m.left().playheadProperty().get() + m.right().playheadProperty().get()).isZero();
        List<String> visited = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            int before = m.left().playheadProperty().get();
            if (i < 3) {
                key(KeyCode.RIGHT); // the key; the rest through the same command, faster
            } else {
                cf.press(m::stepForward);
            }
            boolean fromLeft = m.left().playheadProperty().get() > before;
            long at = m.playheadNanos();
            visited.add((fromLeft ? "L@" : "R@") + at);
            assertThat(m.left().playheadNanos()).isEqualTo(m.right().playheadNanos()).isEqualTo(at);
            assertThat(m.timeProperty().get()).isEqualTo(Duration.ofNanos(at));
            assertThat(m.left().playheadProperty().get() + m.right().playheadProperty().get()).isEqualTo(i + 1);
        }
        assertThat(visited).isEqualTo(expected);

        // Back: the same events, the newest first.
        List<String> back = new ArrayList<>();
        for (int i = expected.size() - 1; i > 0; i--) {
            int left = m.left().playheadProperty().get();
            if (i > expected.size() - 3) {
                key(KeyCode.LEFT);
            } else {
                cf.press(m::stepBack);
            }
            back.add(m.left().playheadProperty().get() < left ? "L" : "R");
            assertThat(m.left().playheadProperty().get() + m.right().playheadProperty().get()).isEqualTo(i);
        }
        assertThat(back).isEqualTo(expected.reversed().subList(0, expected.size() - 1).stream()
                .map(s -> s.substring(0, 1)).toList());
        assertThat(m.liveProperty().get()).isFalse();

        key(KeyCode.END);
        assertThat(m.liveProperty().get()).isTrue();
        assertThat(m.left().liveProperty().get() && m.right().liveProperty().get()).isTrue();
        assertThat(m.clock().isPaused()).as("End: the live pair goes on").isFalse();
    }

    @Test
    void interruptActsOnlyOnTheLivePair() {
        CompareModel<RunnerModel, ?> m = cf.startFor(RUNNER, "leak-fixed", Duration.ofMillis(600));
        assertThat(disabled("#compareAction")).isFalse();

        key(KeyCode.LEFT);
        assertThat(m.liveProperty().get()).isFalse();
        assertThat(disabled("#compareAction")).as("Interrupt both, looking back").isTrue();
        for (CompareModel.Side side : CompareModel.Side.values()) {
            assertThat(cf.fx.onFx(() -> cf.fx.shell.comparing().orElseThrow().view().sideView(side)
                    .lookup("#interruptButton").isDisabled())).as("%s side's Interrupt, looking back", side).isTrue();
        }
        key(KeyCode.I);
        assertThat(interrupts(m.left()) + interrupts(m.right())).as("the I key looking back").isZero();

        key(KeyCode.END);
        assertThat(disabled("#compareAction")).isFalse();
        key(KeyCode.I);
        assertThat(interrupts(m.left())).isEqualTo(1);
        assertThat(interrupts(m.right())).isEqualTo(1);
    }

    @Test
    void afterBothEndThePairStaysScrubbableUntilReset() {
        cf.open(RUNNER, "leak-fixed");
        CompareModel<RunnerModel, ?> m = cf.model();
        cf.press(cf.fx.shell::startOrPause);
        cf.runToEnd();
        assertThat(m.finishedProperty().get()).isTrue();
        Duration end = m.timeProperty().get();
        Duration lasted = m.endedAfter();
        List<List<String>> table = cf.table();
        assertThat(table).isNotEmpty();

        key(KeyCode.HOME);
        assertThat(m.timeProperty().get()).isEqualTo(Duration.ZERO);
        assertThat(m.left().timeProperty().get()).isEqualTo(Duration.ZERO);
        assertThat(cf.table()).as("looking back, the sides have the table's room").isEmpty();
        assertThat(m.endedAfter()).as("how long the pair ran").isEqualTo(lasted);
        cf.press(() -> m.seekToTime(Duration.ofMillis(1000).toNanos()));
        assertThat(m.timeProperty().get()).isEqualTo(Duration.ofMillis(1000));
        assertThat(m.right().timeProperty().get()).isEqualTo(Duration.ofMillis(1000));

        cf.press(m::toLive);
        assertThat(m.timeProperty().get()).isEqualTo(end);
        assertThat(cf.table()).as("the outcomes again at the end").isEqualTo(table);
        cf.press(cf.fx.shell::reset);
        assertThat(m.startedProperty().get()).isFalse();
        assertThat(cf.table()).isEmpty();
    }

    // ---------------------------------------------------------------- helpers

    /** Both sides and the pair at {@code t}, paused, each showing its events up to {@code t}. */
    private void assertLookingBackAt(CompareModel<?, ?> m, long t) {
        assertThat(m.liveProperty().get()).isFalse();
        assertThat(m.pausedProperty().get()).isTrue();
        assertThat(m.clock().isPaused()).as("looking back pauses the pair").isTrue();
        assertThat(m.timeProperty().get()).isEqualTo(Duration.ofNanos(t));
        for (SimulationModel<?> side : List.of(m.left(), m.right())) {
            assertThat(side.liveProperty().get()).isFalse();
            assertThat(side.playheadNanos()).isEqualTo(t);
            assertThat(side.timeProperty().get()).isEqualTo(Duration.ofNanos(t));
            int k = upTo(side, t).size();
            assertThat(k).as("some but not all events").isPositive().isLessThan(side.history().size());
            assertThat(side.playheadProperty().get()).as("the last event at most t").isEqualTo(k);
        }
    }

    /** The events of {@code side} at most {@code t} after its start. */
    private static List<Object> upTo(SimulationModel<?> side, long t) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < side.history().size() && side.eventNanos(i) <= t; i++) {
            out.add(side.history().get(i));
        }
        return out;
    }

    private void key(KeyCode code) {
        cf.fx.robot.type(code);
        cf.settle();
    }

    private Node timeline() {
        return cf.fx.robot.lookup("#runTimeline").query();
    }

    private String band(int i) {
        return cf.fx.robot.lookup("#timelineBand" + i).queryAs(Label.class).getText();
    }

    private boolean disabled(String id) {
        return cf.fx.onFx(() -> cf.fx.robot.lookup(id).query().isDisabled());
    }

    private static long interrupts(RunnerModel side) {
        return side.history().stream().filter(RunnerEvent.InterruptRequested.class::isInstance).count();
    }

}
