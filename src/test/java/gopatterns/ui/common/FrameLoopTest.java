package gopatterns.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.common.FrameLoop.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The cadence plan on its own, without JavaFX: at 60 frames a second a running run's texts change 20 times a
 * second, its log 5 times, its chart and lanes 10 times each, never two in one frame; a drain, a run at rest
 * and anything asked between frames is exact.
 */
class FrameLoopTest {

    private static final int SECOND = 60;

    private final FrameLoop loop = new FrameLoop();

    /** {@code n} animation frames of a running run. */
    private List<Plan> running(int n) {
        List<Plan> plans = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            plans.add(loop.begin(true, true));
            loop.end();
        }
        return plans;
    }

    private static long count(List<Plan> plans, Predicate<Plan> what) {
        return plans.stream().filter(what).count();
    }

    private static int updates(Plan p) {
        return (p.text() ? 1 : 0) + (p.log() ? 1 : 0) + (p.chart() ? 1 : 0) + (p.lanes() ? 1 : 0);
    }

    /** Longest run of frames in a row that do not update {@code what}. */
    private static int longestWait(List<Plan> plans, Predicate<Plan> what) {
        int longest = 0;
        int current = 0;
        for (Plan p : plans) {
            current = what.test(p) ? 0 : current + 1;
            longest = Math.max(longest, current);
        }
        return longest;
    }

    @Test
    void aRunningRunUpdatesEachThingAtItsOwnRate() {
        List<Plan> second = running(SECOND);
        assertThat(count(second, Plan::text)).as("text updates a second").isEqualTo(20);
        assertThat(count(second, Plan::log)).as("log updates a second").isEqualTo(5);
        assertThat(count(second, Plan::chart)).as("chart redraws a second").isEqualTo(10);
        assertThat(count(second, Plan::lanes)).as("lane redraws a second").isEqualTo(10);
    }

    @Test
    void noAnimationFrameOfARunningRunDoesTwoUpdates() {
        assertThat(running(10 * SECOND)).allSatisfy(p -> assertThat(updates(p)).isLessThanOrEqualTo(1));
    }

    @Test
    void aChangeIsShownWithinItsPeriodWhateverFrameItFallsOn() {
        List<Plan> plans = running(10 * SECOND);
        assertThat(longestWait(plans, Plan::text)).isEqualTo(FrameLoop.TEXT_EVERY - 1);
        assertThat(longestWait(plans, Plan::log)).isEqualTo(FrameLoop.LOG_EVERY - 1);
        assertThat(longestWait(plans, Plan::chart)).isEqualTo(FrameLoop.CHART_EVERY - 1);
        assertThat(longestWait(plans, Plan::lanes)).isEqualTo(FrameLoop.CHART_EVERY - 1);
    }

    @Test
    void everyDrainIsExactWhateverItsPhase() {
        for (int phase = 0; phase < FrameLoop.LOG_EVERY; phase++) {
            running(1);
            assertThat(loop.begin(false, true)).as("a drain after %d frames", phase).isEqualTo(Plan.EXACT);
            loop.end();
        }
    }

    @Test
    void theEndingFrameRedrawsOnlyTheChartWhateverItsPhaseAndEveryLaterFrameIsExact() {
        for (int phase = 1; phase <= FrameLoop.LOG_EVERY; phase++) {
            FrameLoop ending = new FrameLoop();
            for (int i = 0; i < phase; i++) {
                ending.begin(true, true);
                ending.end();
            }
            assertThat(ending.begin(true, false)).as("the run ends after %d frames", phase)
                    .isEqualTo(new Plan(false, false, true, false));
            ending.end();
            for (int i = 0; i < FrameLoop.LOG_EVERY; i++) {
                assertThat(ending.begin(true, false)).as("frame %d after the end", i + 1).isEqualTo(Plan.EXACT);
                ending.end();
            }
        }
    }

    @Test
    void aRunThatStartsAgainIsBackOnTheCadence() {
        loop.begin(true, false);
        loop.end();
        List<Plan> second = running(SECOND);
        assertThat(count(second, Plan::text)).isEqualTo(20);
        assertThat(second).allSatisfy(p -> assertThat(updates(p)).isLessThanOrEqualTo(1));
    }

    @Test
    void theFramesPlanHoldsUntilItsEndThenEverythingIsExact() {
        running(1);
        Plan second = loop.begin(true, true);
        assertThat(second).isNotEqualTo(Plan.EXACT);
        assertThat(loop.plan()).as("asked during the frame").isEqualTo(second);
        loop.end();
        assertThat(loop.plan()).as("asked between frames (a command)").isEqualTo(Plan.EXACT);
    }
}
