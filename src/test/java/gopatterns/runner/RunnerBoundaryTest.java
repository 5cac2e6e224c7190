package gopatterns.runner;

import static gopatterns.runner.RunnerRun.SECOND;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Interrupts and timeouts at every event boundary of a run of four tasks, checked against what the Go
 * semantics say: the expected outcome is worked out here from the task durations, not read from the runner.
 *
 * <p>Tasks work 1 s, 0 s, 2 s and 1 s: task i starts (and the interrupt is checked before it) at
 * 0, 1, 1 and 3 s, and the work is done at 4 s.
 */
class RunnerBoundaryTest {

    private static final long[] WORK = {SECOND, 0, 2 * SECOND, SECOND};
    private static final int TASKS = WORK.length;
    /** When the interrupt is checked before task i, which is when task i starts. */
    private static final long[] CHECK_AT = new long[TASKS];
    /** When the work is done. */
    private static final long DONE_AT;

    static {
        long t = 0;
        for (int i = 0; i < TASKS; i++) {
            CHECK_AT[i] = t;
            t += WORK[i];
        }
        DONE_AT = t;
    }

    private static RunnerRun run(RunnerMode mode, long timeout, long seed, Consumer<RunnerEvent> hook) {
        RunnerRun run = hook == null ? new RunnerRun() : new RunnerRun(hook);
        Duration[] durations = new Duration[TASKS];
        for (int i = 0; i < TASKS; i++) {
            durations[i] = Duration.ofNanos(WORK[i]);
        }
        run.create(Duration.ofNanos(timeout), mode, seed, durations);
        return run;
    }

    /** An event without its sequence number: the same step of two runs has the same key. */
    private static String key(RunnerEvent e) {
        return e.toString().replaceFirst("seq=\\d+, ", "");
    }

    // ------------------------------------------------------------------ the model

    /** What an uninterrupted run logs, in the model: the steps a view animates. */
    private static List<String> modelSteps(Outcome outcome) {
        List<String> steps = new ArrayList<>(List.of("Created@0", "Started@0"));
        for (int i = 0; i < TASKS; i++) {
            steps.add("InterruptChecked " + i + "@" + CHECK_AT[i]);
            steps.add("TaskStarted " + i + "@" + CHECK_AT[i]);
            steps.add("TaskFinished " + i + "@" + (CHECK_AT[i] + WORK[i]));
        }
        steps.add("Ended " + outcome + "@" + DONE_AT);
        return steps;
    }

    private static String step(RunnerEvent e) {
        return switch (e) {
            case RunnerEvent.Created c -> "Created@" + c.at();
            case RunnerEvent.Started s -> "Started@" + s.at();
            case RunnerEvent.InterruptChecked c -> "InterruptChecked " + c.task() + "@" + c.at();
            case RunnerEvent.TaskStarted s -> "TaskStarted " + s.task() + "@" + s.at();
            case RunnerEvent.TaskFinished f -> "TaskFinished " + f.task() + "@" + f.at();
            case RunnerEvent.Ended d -> "Ended " + d.outcome() + "@" + d.at();
            default -> null;
        };
    }

    @ParameterizedTest
    @EnumSource(RunnerMode.class)
    void anUninterruptedRunTakesTheStepsOfTheModel(RunnerMode mode) {
        try (RunnerRun run = run(mode, 10 * SECOND, 1, null)) {
            run.runToEnd();
            List<String> steps = run.snapshot().stream().map(RunnerBoundaryTest::step)
                    .filter(Objects::nonNull).toList();
            assertThat(steps).containsExactlyElementsOf(modelSteps(Outcome.COMPLETED));
        }
    }

    // ------------------------------------------------------------------ interrupts

    @ParameterizedTest
    @EnumSource(RunnerMode.class)
    void anInterruptAfterAnyEventIsSeenAtTheNextCheckWithALongTimeout(RunnerMode mode) throws InterruptedException {
        interruptAtEveryBoundary(mode, 10 * SECOND);
    }

    @ParameterizedTest
    @EnumSource(RunnerMode.class)
    void anInterruptAfterAnyEventRacesATimeoutInTheMiddleOfTheWork(RunnerMode mode) throws InterruptedException {
        interruptAtEveryBoundary(mode, 2 * SECOND);
    }

    /**
     * For each event of the uninterrupted run, a run that sends an interrupt right after that event (from the
     * thread that published it, so nothing else happens in between).
     */
    private static void interruptAtEveryBoundary(RunnerMode mode, long timeout) throws InterruptedException {
        List<RunnerEvent> baseline;
        try (RunnerRun run = run(mode, timeout, 1, null)) {
            run.runToEnd();
            baseline = run.snapshot();
        }
        List<String> keys = baseline.stream().map(RunnerBoundaryTest::key).toList();
        assertThat(new TreeSet<>(keys)).as("every step is told apart").hasSameSizeAs(keys);
        int startedAt = IntStream.range(0, baseline.size())
                .filter(i -> baseline.get(i) instanceof RunnerEvent.Started).findFirst().orElseThrow();

        for (int k = 0; k < baseline.size(); k++) {
            String after = keys.get(k);
            int checksBefore = (int) baseline.subList(0, k + 1).stream()
                    .filter(e -> e instanceof RunnerEvent.InterruptChecked).count();
            boolean listening = k >= startedAt;
            String label = mode + ", timeout " + timeout + " ns, interrupt after " + after;

            AtomicBoolean fired = new AtomicBoolean();
            AtomicReference<InterruptDelivery> delivery = new AtomicReference<>();
            AtomicReference<Runner> runnerRef = new AtomicReference<>();
            try (RunnerRun run = run(mode, timeout, 1, e -> {
                Runner r = runnerRef.get();
                if (r != null && key(e).equals(after) && fired.compareAndSet(false, true)) {
                    delivery.set(r.interrupt());
                }
            })) {
                runnerRef.set(run.runner);
                if (k == 0) { // right after Created, which the constructor publishes
                    fired.set(true);
                    delivery.set(run.runner.interrupt());
                }
                Outcome outcome = run.runToEnd();

                assertThat(fired).as(label + ": the boundary was reached").isTrue();
                assertThat(delivery.get()).as(label)
                        .isEqualTo(listening ? InterruptDelivery.QUEUED : InterruptDelivery.NOT_LISTENING);

                boolean seenBeforeATask = listening && checksBefore < TASKS;
                long seenAt = seenBeforeATask ? CHECK_AT[checksBefore] : Long.MAX_VALUE;
                if (seenAt < timeout) {
                    assertThat(outcome).as(label).isEqualTo(Outcome.INTERRUPTED);
                    assertThat(run.ended().at()).as(label).isEqualTo(seenAt);
                    assertThat(run.startedTasks()).as(label).isEqualTo(ids(checksBefore));
                    assertThat(run.only(RunnerEvent.InterruptObserved.class).beforeTask()).as(label)
                            .isEqualTo(checksBefore);
                } else if (DONE_AT < timeout) {
                    assertThat(outcome).as(label).isEqualTo(Outcome.COMPLETED);
                    assertThat(run.ended().at()).as(label).isEqualTo(DONE_AT);
                    assertThat(run.all(RunnerEvent.InterruptObserved.class)).as(label).isEmpty();
                } else {
                    assertThat(outcome).as(label).isEqualTo(Outcome.TIMEOUT);
                    assertThat(run.ended().at()).as(label).isEqualTo(timeout);
                }

                if (outcome == Outcome.TIMEOUT && mode == RunnerMode.GO_FAITHFUL) {
                    // The leaked thread goes on checking before each task, and blocks with what it got.
                    Outcome handedOver = seenBeforeATask ? Outcome.INTERRUPTED : Outcome.COMPLETED;
                    assertThat(run.only(RunnerEvent.BackgroundBlocked.class).result()).as(label).isEqualTo(handedOver);
                    assertThat(run.startedTasks()).as(label).isEqualTo(ids(seenBeforeATask ? checksBefore : TASKS));
                    assertLeaksExactlyTheBackgroundThread(run, label);
                } else {
                    assertNothingLeftRunning(run, label);
                    if (mode == RunnerMode.FIXED) {
                        assertThat(run.all(RunnerEvent.TaskStarted.class)).as(label)
                                .allMatch(s -> s.at() <= timeout);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ timeouts

    /** Each instant at which something happens in the run, and the nanosecond before and after it. */
    private static Set<Long> timeoutsAtEveryBoundary() {
        Set<Long> instants = new TreeSet<>();
        for (long t : CHECK_AT) {
            instants.add(t);
        }
        instants.add(DONE_AT);
        Set<Long> timeouts = new TreeSet<>();
        for (long t : instants) {
            if (t > 0) {
                timeouts.add(t - 1);
            }
            timeouts.add(t);
            timeouts.add(t + 1);
        }
        return timeouts;
    }

    @ParameterizedTest
    @EnumSource(RunnerMode.class)
    void aTimeoutAtAnyBoundaryEndsTheRunAsGoSays(RunnerMode mode) throws InterruptedException {
        Set<Outcome> tieOutcomes = new TreeSet<>();
        for (long timeout : timeoutsAtEveryBoundary()) {
            // A tie is decided by the seed: try several so that both ways are checked.
            for (long seed = 0; seed < (timeout == DONE_AT ? 8 : 1); seed++) {
                String label = mode + ", timeout " + timeout + " ns, seed " + seed;
                try (RunnerRun run = run(mode, timeout, seed, null)) {
                    run.start();
                    run.clock.advanceTo(timeout);

                    // start() has returned by the deadline, whatever the outcome.
                    Outcome outcome = run.main.result();
                    RunnerEvent.Ended ended = run.ended();
                    if (timeout < DONE_AT) {
                        assertThat(outcome).as(label).isEqualTo(Outcome.TIMEOUT);
                        assertThat(ended.at()).as(label).isEqualTo(timeout);
                    } else if (timeout == DONE_AT) {
                        assertThat(outcome).as(label).isIn(Outcome.TIMEOUT, Outcome.COMPLETED);
                        assertThat(ended.tie()).as(label).isTrue();
                        assertThat(ended.at()).as(label).isEqualTo(DONE_AT);
                        tieOutcomes.add(outcome);
                    } else {
                        assertThat(outcome).as(label).isEqualTo(Outcome.COMPLETED);
                        assertThat(ended.at()).as(label).isEqualTo(DONE_AT);
                        assertThat(ended.tie()).as(label).isFalse();
                    }
                    List<Integer> started = run.startedTasks();
                    for (int i = 0; i < TASKS; i++) {
                        if (CHECK_AT[i] < timeout) {
                            assertThat(started).as(label + ": task started before the timeout").contains(i);
                        }
                    }

                    if (mode == RunnerMode.FIXED || outcome == Outcome.COMPLETED) {
                        assertNothingLeftRunning(run, label);
                        run.clock.runUntilIdle();
                        assertThat(run.all(RunnerEvent.TaskStarted.class)).as(label + ": no work after the timeout")
                                .allMatch(s -> s.at() <= timeout);
                        assertThat(run.all(RunnerEvent.BackgroundLeaked.class)).as(label).isEmpty();
                    } else {
                        assertThat(run.runner.isLeaking()).as(label).isTrue();
                        assertThat(run.runner.isBlockedForever()).as(label).isEqualTo(timeout >= DONE_AT);
                        assertThat(run.clock.liveParticipants()).as(label)
                                .containsExactly(run.runner.backgroundThread());
                        run.clock.runUntilIdle();
                        assertThat(run.startedTasks()).as(label + ": the leaked thread runs the rest").isEqualTo(ids(TASKS));
                        RunnerEvent.BackgroundBlocked blocked = run.only(RunnerEvent.BackgroundBlocked.class);
                        assertThat(blocked.result()).as(label).isEqualTo(Outcome.COMPLETED);
                        assertThat(blocked.at()).as(label).isEqualTo(Math.max(DONE_AT, timeout));
                        assertLeaksExactlyTheBackgroundThread(run, label);
                    }
                }
            }
        }
        assertThat(tieOutcomes).as(mode + ": both ways of the tie were seen")
                .containsExactlyInAnyOrder(Outcome.TIMEOUT, Outcome.COMPLETED);
    }

    // ------------------------------------------------------------------ threads

    private static List<Integer> ids(int n) {
        return IntStream.range(0, n).boxed().toList();
    }

    private static void assertNothingLeftRunning(RunnerRun run, String label) throws InterruptedException {
        run.clock.awaitSettled();
        assertThat(run.clock.liveParticipants()).as(label + ": live threads").isEmpty();
        assertThat(run.runner.backgroundThread().join(Duration.ofSeconds(10))).as(label).isTrue();
        assertThat(run.runner.isLeaking()).as(label).isFalse();
    }

    /** After the run: one thread left, the background one, blocked for good; dispose() ends it. */
    private static void assertLeaksExactlyTheBackgroundThread(RunnerRun run, String label)
            throws InterruptedException {
        Thread background = run.runner.backgroundThread();
        assertThat(run.clock.liveParticipants()).as(label + ": live threads").containsExactly(background);
        assertThat(run.runner.isLeaking()).as(label).isTrue();
        assertThat(run.runner.isBlockedForever()).as(label).isTrue();

        run.runner.dispose();
        run.clock.awaitSettled();

        assertThat(run.clock.liveParticipants()).as(label + ": after dispose").isEmpty();
        assertThat(background.join(Duration.ofSeconds(10))).as(label).isTrue();
        assertThat(run.runner.isLeaking()).as(label).isFalse();
    }
}
