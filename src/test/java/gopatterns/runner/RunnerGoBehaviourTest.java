package gopatterns.runner;

import static gopatterns.runner.RunnerRun.SECOND;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The book's runner demo (timeout 3 s, task i works i s) against the measured behaviour of the Go program:
 * every row of the table, the log lines and the race at 3 s.
 */
class RunnerGoBehaviourTest {

    private static final int SEEDS = 64;

    /** Runs the book's demo with {@code seed} to its end and returns the run. */
    private static RunnerRun bookRun(long seed) {
        RunnerRun run = new RunnerRun();
        run.demo(RunnerDemo.Params.book().withSeed(seed));
        run.runToEnd();
        return run;
    }

    private static Outcome bookOutcome(long seed) {
        try (RunnerRun run = bookRun(seed)) {
            return run.main.result();
        }
    }

    /** For each outcome of the race at 3 s, the first seed in 0..63 that gives it. */
    private static Map<Outcome, Long> seedsByTieOutcome() {
        Map<Outcome, Long> seeds = new EnumMap<>(Outcome.class);
        for (long seed = 0; seed < SEEDS; seed++) {
            seeds.putIfAbsent(bookOutcome(seed), seed);
        }
        return seeds;
    }

    @Test
    void theDemoAsIsIsARaceAtThreeSecondsThatTheSeedDecides() {
        Map<Outcome, Long> seeds = seedsByTieOutcome();

        // Go measured exit 1 in most runs and exit 0 in some: both must be possible, nothing else.
        assertThat(seeds).containsOnlyKeys(Outcome.TIMEOUT, Outcome.COMPLETED);
        for (long seed : seeds.values()) {
            try (RunnerRun run = bookRun(seed)) {
                assertThat(run.ended().tie()).isTrue();
                assertThat(run.ended().at()).isEqualTo(3 * SECOND);
            }
        }
    }

    @Test
    void theSameSeedAlwaysResolvesTheRaceTheSameWay() {
        for (long seed : LongStream.range(0, 8).toArray()) {
            Outcome first = bookOutcome(seed);
            for (int again = 0; again < 3; again++) {
                assertThat(bookOutcome(seed)).as("seed %d", seed).isEqualTo(first);
            }
        }
    }

    @Test
    void theDemoLogsTheGoLinesAtTheGoTimesForBothOutcomesOfTheRace() {
        Map<Outcome, Long> seeds = seedsByTieOutcome();

        try (RunnerRun run = bookRun(seeds.get(Outcome.TIMEOUT))) {
            assertThat(run.goLines()).containsExactly("Starting work...", "Processor - Task #0.",
                    "Processor - Task #1.", "Processor - Task #2.", "Terminating due to timeout.");
            assertThat(run.goLineSeconds()).containsExactly(0.0, 0.0, 0.0, 1.0, 3.0);
            assertThat(run.main.result().exitCode()).isEqualTo(1);
        }
        try (RunnerRun run = bookRun(seeds.get(Outcome.COMPLETED))) {
            assertThat(run.goLines()).containsExactly("Starting work...", "Processor - Task #0.",
                    "Processor - Task #1.", "Processor - Task #2.", "Process ended.");
            assertThat(run.goLineSeconds()).containsExactly(0.0, 0.0, 0.0, 1.0, 3.0);
            assertThat(run.main.result().exitCode()).isZero();
        }
    }

    @ParameterizedTest(name = "SIGINT at {0} ms")
    @ValueSource(longs = {100, 500})
    void anInterruptDuringTaskOneLetsItFinishAndIsSeenBeforeTaskTwoAtOneSecond(long interruptAtMillis) {
        try (RunnerRun run = new RunnerRun()) {
            run.demo(RunnerDemo.Params.book());
            run.start();
            run.clock.advanceTo(interruptAtMillis * 1_000_000L);

            assertThat(run.runner.runningTask()).isEqualTo(1);
            assertThat(run.runner.interrupt()).isEqualTo(InterruptDelivery.QUEUED);
            run.clock.runUntilIdle();

            assertThat(run.main.result()).isEqualTo(Outcome.INTERRUPTED);
            assertThat(run.ended().at()).isEqualTo(SECOND);
            assertThat(run.all(RunnerEvent.TaskFinished.class)).extracting(RunnerEvent.TaskFinished::task)
                    .containsExactly(0, 1);
            assertThat(run.startedTasks()).doesNotContain(2);
            assertThat(run.only(RunnerEvent.InterruptObserved.class).beforeTask()).isEqualTo(2);
            assertThat(run.goLines()).last().isEqualTo("Terminating due to interrupt.");
            assertThat(run.main.result().exitCode()).isEqualTo(2);
            assertThat(run.clock.liveParticipants()).isEmpty();
        }
    }

    @Test
    void anInterruptDuringTheLastTaskIsNeverSeenAndTheRaceAtThreeSecondsGoesOnAsWithoutIt() {
        Map<Outcome, Long> seeds = seedsByTieOutcome();
        for (Map.Entry<Outcome, Long> tie : seeds.entrySet()) {
            try (RunnerRun run = new RunnerRun()) {
                run.demo(RunnerDemo.Params.book().withSeed(tie.getValue()));
                run.start();
                run.clock.advanceTo(1_500_000_000L);

                assertThat(run.runner.runningTask()).isEqualTo(2);
                assertThat(run.runner.interrupt()).isEqualTo(InterruptDelivery.QUEUED);
                run.clock.runUntilIdle();

                assertThat(run.main.result()).isEqualTo(tie.getKey());
                assertThat(run.ended().at()).isEqualTo(3 * SECOND);
                assertThat(run.all(RunnerEvent.InterruptObserved.class)).isEmpty();
                assertThat(run.runner.interruptPending()).isTrue();
            }
        }
        // The measured run: the timeout wins, "Terminating due to timeout.", exit 1.
        try (RunnerRun run = new RunnerRun()) {
            run.demo(RunnerDemo.Params.book().withSeed(seeds.get(Outcome.TIMEOUT)));
            run.start();
            run.clock.advanceTo(1_500_000_000L);
            run.runner.interrupt();
            run.clock.runUntilIdle();
            assertThat(run.goLines()).last().isEqualTo("Terminating due to timeout.");
            assertThat(run.main.result().exitCode()).isEqualTo(1);
        }
    }

    @Test
    void aTimeoutLongEnoughLetsAllThreeTasksRunAndTheProcessEndsAtThreeSeconds() {
        try (RunnerRun run = new RunnerRun()) {
            run.demo(RunnerDemo.Params.book().withTimeout(Duration.ofSeconds(10)));

            assertThat(run.runToEnd()).isEqualTo(Outcome.COMPLETED);
            assertThat(run.ended().at()).isEqualTo(3 * SECOND);
            assertThat(run.ended().tie()).isFalse();
            assertThat(run.startedTasks()).containsExactly(0, 1, 2);
            assertThat(run.goLines()).last().isEqualTo("Process ended.");
            assertThat(run.main.result().exitCode()).isZero();
            assertThat(run.clock.liveParticipants()).isEmpty();
        }
    }

    @Test
    void theOutcomesCarryTheGoProgramsLastLineAndExitStatus() {
        assertThat(List.of(Outcome.values())).extracting(Outcome::goMessage, Outcome::exitCode).containsExactly(
                tuple("Process ended.", 0),
                tuple("Terminating due to timeout.", 1),
                tuple("Terminating due to interrupt.", 2));
    }
}
