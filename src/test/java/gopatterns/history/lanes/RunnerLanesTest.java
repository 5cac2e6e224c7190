package gopatterns.history.lanes;

import static gopatterns.history.lanes.LaneRuns.SECOND;
import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.runner.DurationRule;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerEvent;
import gopatterns.runner.RunnerMode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runner's lanes, from real runs of the presets' parameters. */
class RunnerLanesTest {

    private static final RunnerDemo.Params BOOK = RunnerDemo.Params.book();
    /** The leak preset: timeout 1.5 s, five tasks of 0, 1, 2, 3, 4 s. */
    private static final RunnerDemo.Params LEAK = BOOK.withTimeout(Duration.ofMillis(1500)).withTasks(5);
    private static final RunnerDemo.Params MID_TASK = BOOK.withTimeout(Duration.ofSeconds(10))
            .withDurations(new DurationRule.Constant(Duration.ofSeconds(2)));

    @Test
    void afterTheTimeoutTheBackgroundLaneShowsTheLeakThenBlocksForever() {
        RunnerLanes f = (RunnerLanes) LaneRuns.fold(LaneRuns.runner(LEAK, null));
        Lane background = f.lane(LaneRole.BACKGROUND);
        long timeout = 1500 * 1_000_000L;

        assertThat(f.lane(LaneRole.TIMER).marks()).containsExactly(new Mark(timeout, MarkKind.TIMEOUT_FIRED, -1));
        assertThat(f.lane(LaneRole.MAIN).marks())
                .containsExactly(new Mark(timeout, MarkKind.RETURNED, Outcome.TIMEOUT.ordinal()));
        assertThat(f.lane(LaneRole.MAIN).stateAt(timeout - 1)).isEqualTo(LaneState.SELECT);
        assertThat(f.lane(LaneRole.MAIN).stateAt(timeout)).isNull();
        // Task 2 (2 s from 1 s) is under way when the timeout fires: from then on it runs for nobody.
        assertThat(background.at(timeout - 1)).isEqualTo(new Segment(SECOND, timeout, LaneState.TASK, 2));
        assertThat(background.marks()).contains(new Mark(timeout, MarkKind.LEAKED, 2));
        assertThat(background.at(timeout).state()).isEqualTo(LaneState.LEAKED);
        assertThat(background.at(timeout).detail()).isEqualTo(2);
        // Tasks 3 and 4 run leaked too (3 s from 3 s, 4 s from 6 s), then the hand-off blocks for ever.
        assertThat(background.stateAt(4 * SECOND)).isEqualTo(LaneState.LEAKED);
        assertThat(background.at(4 * SECOND).detail()).isEqualTo(3);
        assertThat(background.at(7 * SECOND).detail()).isEqualTo(4);
        assertThat(background.segments().stream().filter(s -> s.from() >= timeout).map(Segment::state))
                .doesNotContain(LaneState.TASK, LaneState.RUNNING);
        assertThat(background.open()).isNotNull();
        assertThat(background.open().state()).isEqualTo(LaneState.BLOCKED);
        assertThat(background.open().from()).isEqualTo(10 * SECOND);
        assertThat(background.stateAt(Long.MAX_VALUE - 1)).isEqualTo(LaneState.BLOCKED);
    }

    @Test
    void theFixedRunnerCancelsItsWorkAtTheTimeoutAndLeavesNothingBehind() {
        RunnerLanes f = (RunnerLanes) LaneRuns.fold(LaneRuns.runner(LEAK.withMode(RunnerMode.FIXED), null));
        Lane background = f.lane(LaneRole.BACKGROUND);
        assertThat(background.marks()).extracting(Mark::kind).contains(MarkKind.CANCELLED)
                .doesNotContain(MarkKind.LEAKED);
        assertThat(background.segments()).extracting(Segment::state)
                .doesNotContain(LaneState.LEAKED, LaneState.BLOCKED);
        assertThat(f.lanes()).allSatisfy(l -> assertThat(l.open()).as(l.role().name()).isNull());
    }

    @Test
    void anInterruptSentMidTaskWaitsInTheSlotAndIsSeenBeforeTheNextTask() {
        RunnerLanes f = (RunnerLanes) LaneRuns.fold(LaneRuns.runner(MID_TASK, Duration.ofSeconds(1)));
        Lane signal = f.lane(LaneRole.SIGNAL);
        assertThat(signal.segments()).containsExactly(new Segment(SECOND, 2 * SECOND, LaneState.PENDING, -1));
        assertThat(signal.marks()).extracting(Mark::kind)
                .containsExactly(MarkKind.INTERRUPT_SENT, MarkKind.INTERRUPT_SEEN);
        assertThat(signal.marks().getLast()).isEqualTo(new Mark(2 * SECOND, MarkKind.INTERRUPT_SEEN, 1));
        assertThat(f.lane(LaneRole.MAIN).marks())
                .containsExactly(new Mark(2 * SECOND, MarkKind.RETURNED, Outcome.INTERRUPTED.ordinal()));
    }

    @Test
    void anInterruptDuringTheLastTaskIsNeverSeen() {
        // The book: tasks of 0, 1 and 2 s; Ctrl+C at 1.5 s, in the last task: no check comes after it.
        RunnerLanes f = (RunnerLanes) LaneRuns.fold(LaneRuns.runner(BOOK.withTimeout(Duration.ofSeconds(10)),
                Duration.ofMillis(1500)));
        Lane signal = f.lane(LaneRole.SIGNAL);
        assertThat(signal.marks()).extracting(Mark::kind)
                .containsExactly(MarkKind.INTERRUPT_SENT, MarkKind.INTERRUPT_NEVER_SEEN);
        assertThat(signal.marks().getLast().at()).isEqualTo(3 * SECOND);
        assertThat(signal.stateAt(2 * SECOND)).isEqualTo(LaneState.PENDING);
        assertThat(signal.stateAt(3 * SECOND)).isNull();
        assertThat(f.lane(LaneRole.MAIN).marks().getLast().detail()).isEqualTo(Outcome.COMPLETED.ordinal());
    }

    @Test
    void anInterruptAfterStartReturnedIsNeverSeen() {
        RunnerLanes f = (RunnerLanes) LaneRuns.fold(LaneRuns.runner(BOOK.withTimeout(Duration.ofSeconds(10)),
                Duration.ofSeconds(5)));
        assertThat(f.lane(LaneRole.SIGNAL).marks()).extracting(Mark::kind)
                .containsExactly(MarkKind.INTERRUPT_SENT, MarkKind.INTERRUPT_NEVER_SEEN);
        assertThat(f.lane(LaneRole.SIGNAL).segments()).isEmpty();
    }

    @Test
    void lanesAppearWithTheirGoroutinesInAFixedOrder() {
        List<RunnerEvent> events = LaneRuns.runner(MID_TASK, Duration.ofSeconds(1));
        LaneFold created = LaneRuns.fold(events, 1);
        assertThat(created.lanes()).extracting(Lane::role).containsExactly(LaneRole.MAIN, LaneRole.TIMER);
        assertThat(LaneRuns.fold(events).lanes()).extracting(Lane::role)
                .containsExactly(LaneRole.MAIN, LaneRole.BACKGROUND, LaneRole.TIMER, LaneRole.SIGNAL);
    }
}
