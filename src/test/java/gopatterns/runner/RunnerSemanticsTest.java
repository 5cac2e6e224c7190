package gopatterns.runner;

import static gopatterns.runner.RunnerRun.SECOND;
import static gopatterns.runner.RunnerRun.seconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gopatterns.clock.ParticipantCall;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Go runner's semantics, line by line, on the manual clock. */
class RunnerSemanticsTest {

    @Test
    void theTimeoutCountsFromCreationNotFromStart() {
        try (RunnerRun run = new RunnerRun()) {
            run.create(Duration.ofSeconds(3), RunnerMode.GO_FAITHFUL, 1, seconds(2), seconds(2));
            assertThat(run.runner.deadline()).isEqualTo(3 * SECOND);
            run.clock.advance(Duration.ofSeconds(2));

            run.start();
            run.clock.advance(Duration.ofMillis(999));
            assertThat(run.main.done()).isFalse();
            run.clock.advance(Duration.ofMillis(1));

            assertThat(run.main.result()).isEqualTo(Outcome.TIMEOUT);
            assertThat(run.only(RunnerEvent.Started.class).at()).isEqualTo(2 * SECOND);
            assertThat(run.only(RunnerEvent.TimeoutFired.class).at()).isEqualTo(3 * SECOND);
            assertThat(run.ended().at()).isEqualTo(3 * SECOND);
        }
    }

    @Test
    void tasksRunOneAfterAnotherOnOneBackgroundThreadWithIdsFromZero() {
        try (RunnerRun run = new RunnerRun()) {
            List<String> trace = Collections.synchronizedList(new ArrayList<>());
            List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
            run.create(Duration.ofSeconds(100), RunnerMode.GO_FAITHFUL, 1);
            Duration[] durations = {seconds(2), seconds(0), seconds(0.5), seconds(1), seconds(3)};
            for (Duration d : durations) {
                run.runner.add((id, ctx) -> {
                    threads.add(Thread.currentThread());
                    trace.add("start " + id + " @" + run.clock.nanos());
                    ctx.work(d);
                    trace.add("end " + id + " @" + run.clock.nanos());
                });
            }
            assertThat(run.runner.taskCount()).isEqualTo(5);

            assertThat(run.runToEnd()).isEqualTo(Outcome.COMPLETED);

            assertThat(trace).containsExactly(
                    "start 0 @0", "end 0 @" + 2 * SECOND,
                    "start 1 @" + 2 * SECOND, "end 1 @" + 2 * SECOND,
                    "start 2 @" + 2 * SECOND, "end 2 @" + 2_500_000_000L,
                    "start 3 @" + 2_500_000_000L, "end 3 @" + 3_500_000_000L,
                    "start 4 @" + 3_500_000_000L, "end 4 @" + 6_500_000_000L);
            assertThat(threads).containsOnly(run.runner.backgroundThread()).hasSize(5);
            assertThat(run.runner.backgroundThread()).isNotEqualTo(run.main.thread());
            assertThat(run.ended().at()).isEqualTo(6_500_000_000L);
        }
    }

    @Test
    void anInterruptBeforeStartIsNotListenedTo() {
        try (RunnerRun run = new RunnerRun()) {
            run.create(Duration.ofSeconds(10), RunnerMode.GO_FAITHFUL, 1, seconds(1));

            assertThat(run.runner.interrupt()).isEqualTo(InterruptDelivery.NOT_LISTENING);
            assertThat(run.runner.interruptPending()).isFalse();
            assertThat(run.runToEnd()).isEqualTo(Outcome.COMPLETED);
        }
    }

    @Test
    void theInterruptSlotHoldsOneSignalAndStopsListeningOnceOneIsSeen() {
        try (RunnerRun run = new RunnerRun()) {
            run.create(Duration.ofSeconds(10), RunnerMode.GO_FAITHFUL, 1, seconds(1), seconds(1));
            run.start();
            run.clock.advance(Duration.ofMillis(500));

            assertThat(run.runner.interrupt()).isEqualTo(InterruptDelivery.QUEUED);
            assertThat(run.runner.interruptPending()).isTrue();
            assertThat(run.runner.interrupt()).isEqualTo(InterruptDelivery.DROPPED_PENDING);
            assertThat(run.runner.runningTask()).as("a running task is never stopped").isZero();

            run.clock.advance(Duration.ofMillis(500));

            assertThat(run.main.result()).isEqualTo(Outcome.INTERRUPTED);
            assertThat(run.runner.interruptPending()).isFalse();
            assertThat(run.runner.interrupt()).isEqualTo(InterruptDelivery.NOT_LISTENING);
            assertThat(run.all(RunnerEvent.InterruptRequested.class))
                    .extracting(RunnerEvent.InterruptRequested::delivery)
                    .containsExactly(InterruptDelivery.QUEUED, InterruptDelivery.DROPPED_PENDING,
                            InterruptDelivery.NOT_LISTENING);
            assertThat(run.only(RunnerEvent.InterruptObserved.class).at()).isEqualTo(SECOND);
        }
    }

    @Test
    void theInterruptIsCheckedOnlyBeforeEachTask() {
        try (RunnerRun run = new RunnerRun()) {
            run.create(Duration.ofSeconds(10), RunnerMode.GO_FAITHFUL, 1, seconds(1), seconds(1), seconds(1));

            run.runToEnd();

            assertThat(run.all(RunnerEvent.InterruptChecked.class))
                    .extracting(RunnerEvent.InterruptChecked::task, RunnerEvent.InterruptChecked::at)
                    .containsExactly(tuple(0, 0L),
                            tuple(1, SECOND),
                            tuple(2, 2 * SECOND));
        }
    }

    @Test
    void goFaithfulTimeoutLeaksTheBackgroundThreadUntilDisposed() throws InterruptedException {
        try (RunnerRun run = new RunnerRun()) {
            run.create(Duration.ofSeconds(2), RunnerMode.GO_FAITHFUL, 1, seconds(1), seconds(3));
            run.start();
            run.clock.advance(Duration.ofSeconds(2));

            assertThat(run.main.result()).isEqualTo(Outcome.TIMEOUT);
            Thread background = run.runner.backgroundThread();
            assertThat(run.runner.isLeaking()).isTrue();
            assertThat(run.runner.isBlockedForever()).as("still running task 1").isFalse();
            assertThat(run.only(RunnerEvent.BackgroundLeaked.class).runningTask()).isEqualTo(1);
            assertThat(run.clock.liveParticipants()).containsExactly(background);

            run.clock.runUntilIdle();

            // It finished its work after the timeout and now waits forever to hand over the result.
            assertThat(run.all(RunnerEvent.TaskFinished.class).getLast().at()).isEqualTo(4 * SECOND);
            assertThat(run.only(RunnerEvent.BackgroundBlocked.class).result()).isEqualTo(Outcome.COMPLETED);
            assertThat(run.runner.isBlockedForever()).isTrue();
            assertThat(run.clock.liveParticipants()).containsExactly(background);
            assertThat(run.runner.outcome()).isEqualTo(Outcome.TIMEOUT);

            run.runner.dispose();
            run.clock.awaitSettled();

            assertThat(run.only(RunnerEvent.Disposed.class).threadStopped()).isTrue();
            assertThat(run.clock.liveParticipants()).isEmpty();
            assertThat(background.join(Duration.ofSeconds(10))).isTrue();
            assertThat(run.runner.isLeaking()).isFalse();
        }
    }

    @Test
    void fixedModeCancelsTheWorkAtTheTimeoutAndLeavesNothingRunning() throws InterruptedException {
        try (RunnerRun run = new RunnerRun()) {
            run.create(Duration.ofSeconds(2), RunnerMode.FIXED, 1, seconds(1), seconds(3), seconds(1));
            run.start();
            run.clock.advance(Duration.ofSeconds(2));

            assertThat(run.main.result()).isEqualTo(Outcome.TIMEOUT);
            assertThat(run.only(RunnerEvent.BackgroundCancelled.class))
                    .extracting(RunnerEvent.BackgroundCancelled::duringTask, RunnerEvent.BackgroundCancelled::at)
                    .containsExactly(1, 2 * SECOND);
            assertThat(run.clock.liveParticipants()).isEmpty();
            assertThat(run.runner.backgroundThread().join(Duration.ofSeconds(10))).isTrue();
            assertThat(run.runner.isLeaking()).isFalse();

            run.clock.runUntilIdle();
            assertThat(run.startedTasks()).containsExactly(0, 1);
            assertThat(run.all(RunnerEvent.BackgroundLeaked.class)).isEmpty();
        }
    }

    @Test
    void fixedModeCompletesThroughTheOneSlotBuffer() {
        try (RunnerRun run = new RunnerRun()) {
            run.create(Duration.ofSeconds(5), RunnerMode.FIXED, 1, seconds(1), seconds(1));

            assertThat(run.runToEnd()).isEqualTo(Outcome.COMPLETED);

            assertThat(run.only(RunnerEvent.ResultBuffered.class).at()).isEqualTo(2 * SECOND);
            assertThat(run.ended().at()).isEqualTo(2 * SECOND);
            assertThat(run.clock.liveParticipants()).isEmpty();
        }
    }

    @Test
    void disposeWhileStartWaitsStopsBothThreads() {
        try (RunnerRun run = new RunnerRun()) {
            run.create(Duration.ofSeconds(5), RunnerMode.GO_FAITHFUL, 1, seconds(3));
            ParticipantCall<Outcome> main = run.start();
            run.clock.advance(Duration.ofSeconds(1));

            run.runner.dispose();
            run.clock.awaitSettled();

            assertThat(main.failure()).isInstanceOf(InterruptedException.class);
            assertThat(run.all(RunnerEvent.BackgroundCancelled.class)).hasSize(1);
            assertThat(run.clock.liveParticipants()).isEmpty();
        }
    }

    @Test
    void misuseIsRejectedWithAClearMessage() {
        try (RunnerRun run = new RunnerRun()) {
            assertThatThrownBy(() -> run.create(Duration.ofSeconds(-1), RunnerMode.FIXED, 1))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
            run.create(Duration.ofSeconds(1), RunnerMode.FIXED, 1, seconds(0));
            run.runToEnd();
            assertThatThrownBy(() -> run.runner.start())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("once");
            assertThatThrownBy(() -> run.runner.add((id, ctx) -> { }))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("before start");
        }
    }

    @Test
    void runnerEventsAreNumberedAndStampedInOrder() {
        try (RunnerRun run = new RunnerRun()) {
            run.demo(RunnerDemo.Params.book().withTimeout(Duration.ofSeconds(10)));
            run.runToEnd();

            List<RunnerEvent> events = run.snapshot();
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).seq()).isEqualTo(events.get(i - 1).seq() + 1);
                assertThat(events.get(i).at()).isGreaterThanOrEqualTo(events.get(i - 1).at());
            }
            RunnerEvent.Created created = run.only(RunnerEvent.Created.class);
            assertThat(created.deadline()).isEqualTo(10 * SECOND);
            assertThat(created.mode()).isEqualTo(RunnerMode.GO_FAITHFUL);
            assertThat(run.all(RunnerEvent.TaskWorking.class)).extracting(RunnerEvent.TaskWorking::duration)
                    .containsExactly(seconds(0), seconds(1), seconds(2));
        }
    }
}
