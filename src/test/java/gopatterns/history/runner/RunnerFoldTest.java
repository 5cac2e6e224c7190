package gopatterns.history.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import gopatterns.clock.ParticipantCall;
import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.runner.Outcome;
import gopatterns.runner.Runner;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerEvent;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.runner.RunnerPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Runner view's state as a fold of the events of real runs: every runner preset, with and without
 * interrupts and a change of the timeout, played on a manual clock. At every instant the fold agrees with the
 * live runner and its threads, and the state after k events is that of a fresh fold of the first k.
 */
class RunnerFoldTest {

    private static final long SECOND = 1_000_000_000L;

    /** What the teacher does during a run: nothing, Ctrl+C (once, or twice), or a shorter timeout. */
    enum Action {
        NONE(Double.NaN), INTERRUPT_EARLY(0.5), INTERRUPT_TWICE_LATE(2.0), RETIME(0.7);

        final double atSeconds;

        Action(double atSeconds) {
            this.atSeconds = atSeconds;
        }

        void on(Runner runner) {
            switch (this) {
                case INTERRUPT_EARLY -> runner.interrupt();
                case INTERRUPT_TWICE_LATE -> {
                    runner.interrupt();
                    runner.interrupt(); // the slot is full: dropped
                }
                case RETIME -> runner.retime(Duration.ofSeconds(1));
                case NONE -> { }
            }
        }
    }

    static Stream<Arguments> presetRuns() {
        return RunnerPage.presetParameters().entrySet().stream()
                .flatMap(p -> Stream.of(Action.values()).map(a -> Arguments.of(p.getKey(), p.getValue(), a)));
    }

    /** One run of the real demo on a manual clock, its events recorded as they are published. */
    private static final class Recorded implements AutoCloseable {
        final VirtualClock clock = VirtualClock.manual();
        final List<RunnerEvent> events = Collections.synchronizedList(new ArrayList<>());
        final RunnerDemo demo;
        final ParticipantCall<Outcome> main;
        final RunnerFold fold = new RunnerFold();
        /** The fold's state after each number of events: states.get(k) after k events. */
        final List<RunnerState> states = new ArrayList<>();
        private int folded;

        Recorded(RunnerDemo.Params params) {
            EventBus<RunnerEvent> bus = new EventBus<>(clock);
            bus.subscribe(events::add);
            states.add(fold.state());
            demo = new RunnerDemo(params, clock, bus);
            main = ParticipantCall.start(clock, "main", demo::run);
            clock.awaitSettled();
        }

        /** Folds the events published since the last call. */
        void catchUp() {
            List<RunnerEvent> all;
            synchronized (events) {
                all = List.copyOf(events);
            }
            for (; folded < all.size(); folded++) {
                fold.apply(all.get(folded));
                states.add(fold.state());
            }
        }

        /** Plays the run instant by instant, the action at its time, until nothing but a leak waits. */
        void play(Action action) throws InterruptedException {
            boolean acted = Double.isNaN(action.atSeconds);
            while (true) {
                catchUp();
                agreesWithTheRunner();
                long next = clock.nextWakeUp();
                long actAt = Math.round(action.atSeconds * SECOND);
                if (!acted && (next < 0 || next == Long.MAX_VALUE || actAt <= next)) {
                    clock.advanceTo(actAt);
                    clock.awaitSettled();
                    action.on(demo.runner());
                    acted = true;
                } else if (next < 0 || next == Long.MAX_VALUE) {
                    return;
                } else {
                    clock.advanceTo(next);
                }
                clock.awaitSettled();
            }
        }

        /** What the fold says of the runner and its goroutines is what they are now. */
        void agreesWithTheRunner() throws InterruptedException {
            Runner runner = demo.runner();
            assertThat(fold.runningTask()).as("running task").isEqualTo(runner.runningTask());
            assertThat(fold.interrupt().state() == InterruptStatus.State.PENDING
                    || fold.interrupt().state() == InterruptStatus.State.NEVER_SEEN).as("interrupt in the slot")
                    .isEqualTo(runner.interruptPending());
            assertThat(fold.ending() == null ? null : fold.ending().outcome()).isEqualTo(runner.outcome());
            assertThat(fold.leaking()).as("leaking").isEqualTo(runner.isLeaking());
            assertThat(fold.leak() == LeakState.BLOCKED_FOREVER).isEqualTo(runner.isBlockedForever());
            assertAlive("main", fold.mainAlive(), main.thread());
            assertAlive("background", fold.backgroundAlive(), runner.backgroundThread());
            if (fold.created()) {
                assertThat(fold.deadline()).isEqualTo(runner.deadline());
            }
        }

        /** A thread said to be gone has ended (it may take a moment to terminate once its work returned). */
        private static void assertAlive(String name, boolean said, Thread thread) throws InterruptedException {
            if (said) {
                assertThat(thread).as(name).isNotNull();
                assertThat(thread.isAlive()).as(name + " alive").isTrue();
            } else if (thread != null) {
                assertThat(thread.join(Duration.ofSeconds(10))).as(name + " ended").isTrue();
            }
        }

        @Override
        public void close() {
            demo.runner().dispose();
            clock.close();
        }
    }

    @ParameterizedTest(name = "{0}, {2}")
    @MethodSource("presetRuns")
    void theFoldAgreesWithTheRunAtEveryInstantAndEveryPrefixFoldsAlike(String preset, RunnerDemo.Params params,
                                                                        Action action) throws Exception {
        try (Recorded run = new Recorded(params)) {
            run.play(action);
            List<RunnerEvent> events = List.copyOf(run.events);
            assertThat(run.states).hasSize(events.size() + 1);
            for (int k = 0; k <= events.size(); k++) {
                RunnerFold fresh = new RunnerFold();
                events.subList(0, k).forEach(fresh::apply);
                assertThat(fresh.state()).as("after %d of %d events", k, events.size()).isEqualTo(run.states.get(k));
            }

            // How the run ended, as Start returned it, and who is left.
            Outcome returned = run.main.result();
            RunnerFold fold = run.fold;
            assertThat(fold.ending().outcome()).isEqualTo(returned);
            assertThat(fold.mainAlive()).isFalse();
            boolean leak = returned == Outcome.TIMEOUT && params.mode() == RunnerMode.GO_FAITHFUL;
            assertThat(fold.backgroundAlive()).isEqualTo(leak);
            assertThat(fold.liveGoroutines()).isEqualTo(leak ? 1 : 0);
            assertThat(fold.leak()).isEqualTo(leak ? LeakState.BLOCKED_FOREVER
                    : returned == Outcome.TIMEOUT ? LeakState.CANCELLED : LeakState.NONE);
            assertThat(fold.codeAnchor()).isNotEmpty();
        }
    }

    /** The stories the presets tell come out of the fold: the leak, and the fix without it. */
    @Test
    void theLeakPresetLeavesABlockedGoroutineAndTheFixedOneNone() throws Exception {
        Map<String, RunnerDemo.Params> presets = RunnerPage.presetParameters();
        try (Recorded leak = new Recorded(presets.get("leak")); Recorded fixed = new Recorded(presets.get("fixed"))) {
            leak.play(Action.NONE);
            fixed.play(Action.NONE);
            assertThat(leak.fold.ending().outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(leak.fold.leak()).isEqualTo(LeakState.BLOCKED_FOREVER);
            assertThat(leak.fold.backgroundAlive()).isTrue();
            assertThat(leak.demo.runner().backgroundThread().isAlive()).isTrue();
            // Every task ran, the last ones on the leaked goroutine after Start had returned.
            assertThat(leak.fold.state().tasks()).extracting(FoldedTask::state)
                    .containsExactly(TaskState.DONE, TaskState.DONE, TaskState.GHOST_DONE, TaskState.GHOST_DONE,
                            TaskState.GHOST_DONE);

            assertThat(fixed.fold.ending().outcome()).isEqualTo(Outcome.TIMEOUT);
            assertThat(fixed.fold.leak()).isEqualTo(LeakState.CANCELLED);
            assertThat(fixed.fold.backgroundAlive()).isFalse();
            assertThat(fixed.fold.state().tasks()).extracting(FoldedTask::state)
                    .containsExactly(TaskState.DONE, TaskState.DONE, TaskState.CANCELLED, TaskState.NEVER_STARTED,
                            TaskState.NEVER_STARTED);
        }
    }

    /** Progress and the countdown are read at any virtual time from the fold, frozen where they stopped. */
    @Test
    void progressAndCountdownAtAGivenTime() {
        RunnerFold fold = new RunnerFold();
        Duration three = Duration.ofSeconds(3);
        fold.apply(new RunnerEvent.Created(1, 0, three, 3 * SECOND, RunnerMode.FIXED));
        fold.apply(new RunnerEvent.Started(2, 0, 2));
        fold.apply(new RunnerEvent.TaskStarted(3, 0, 0));
        fold.apply(new RunnerEvent.TaskWorking(4, 0, 0, Duration.ofSeconds(4)));
        assertThat(fold.task(0).progressAt(SECOND)).isCloseTo(0.25, offset(1e-9));
        assertThat(fold.countdownAt(SECOND).remainingNanos()).isEqualTo(2 * SECOND);
        assertThat(fold.countdownAt(SECOND).draining()).isTrue();

        fold.apply(new RunnerEvent.TimeoutFired(5, 3 * SECOND));
        fold.apply(new RunnerEvent.Ended(6, 3 * SECOND, Outcome.TIMEOUT, false));
        fold.apply(new RunnerEvent.BackgroundCancelled(7, 3 * SECOND, 0));
        // Later instants show what was when it stopped.
        assertThat(fold.task(0).state()).isEqualTo(TaskState.CANCELLED);
        assertThat(fold.task(0).progressAt(10 * SECOND)).isCloseTo(0.75, offset(1e-9));
        assertThat(fold.task(1).state()).isEqualTo(TaskState.NEVER_STARTED);
        Countdown c = fold.countdownAt(10 * SECOND);
        assertThat(c.remainingNanos()).isZero();
        assertThat(c.firedAtNanos()).isEqualTo(3 * SECOND);
        assertThat(c.draining()).isFalse();
        assertThat(fold.liveGoroutines()).isZero();
    }
}
