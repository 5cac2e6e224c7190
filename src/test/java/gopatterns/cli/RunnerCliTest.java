package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code gopatterns runner} against the measured behaviour of the Go runner demo, on a manual clock. */
class RunnerCliTest {

    private static final Duration ZERO = Duration.ZERO;

    /**
     * The book's demo ends in a tie at 3s (work 0+1+2s, timeout 3s), which the seed decides: seed 1 gives it
     * to the timeout, as most Go runs do, seed 2 to the completion, as some do.
     */
    @ParameterizedTest(name = "seed {0} exits {1}")
    @CsvSource({"1, 1, Terminating due to timeout.", "2, 0, Process ended."})
    void theBookDemoEndsInATieThatTheSeedDecides(String seed, int exitCode, String last) {
        CliRun run = new CliRun().start("runner", "--seed", seed).finish();

        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.errLines()).containsExactly(
                run.line(ZERO, "Starting work..."),
                run.line(ZERO, "Processor - Task #0."),
                run.line(ZERO, "Processor - Task #1."),
                run.line(seconds(1), "Processor - Task #2."),
                run.line(seconds(3), last));
    }

    @Test
    void theDefaultSeedIsOne() {
        CliRun run = new CliRun().start("runner").finish();

        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void aLongEnoughTimeoutCompletesAtThreeSeconds() {
        CliRun run = new CliRun().start("runner", "--timeout", "10s").finish();

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines().getLast()).isEqualTo(run.line(seconds(3), "Process ended."));
    }

    @Test
    void ctrlCDuringTaskOneIsSeenBeforeTaskTwoAtOneSecond() {
        CliRun run = new CliRun().start("runner");
        run.advanceTo(millis(500));
        assertThat(run.interrupts.listening()).isTrue();

        run.interrupts.fire();
        run.advanceTo(seconds(1));

        assertThat(run.interrupts.listening()).as("listening after the interrupt was seen").isFalse();
        run.finish();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly(
                run.line(ZERO, "Starting work..."),
                run.line(ZERO, "Processor - Task #0."),
                run.line(ZERO, "Processor - Task #1."),
                run.line(seconds(1), "Terminating due to interrupt."));
    }

    @Test
    void afterTheInterruptIsSeenAFurtherCtrlCEndsTheProcess() {
        CliRun run = new CliRun().start("runner", "--tasks", "5", "--timeout", "1m");
        run.advanceTo(millis(500));
        run.interrupts.fire();
        run.advanceTo(seconds(1));

        run.interrupts.fire();

        assertThat(run.interrupts.endedProcess()).isEqualTo(1);
    }

    /** Task #2 runs from 1s to 3s: the interrupt is never checked again, and the tie at 3s decides. */
    @ParameterizedTest(name = "seed {0} exits {1}")
    @CsvSource({"1, 1, Terminating due to timeout.", "2, 0, Process ended."})
    void ctrlCDuringTaskTwoIsNeverSeen(String seed, int exitCode, String last) {
        CliRun run = new CliRun().start("runner", "--seed", seed);
        run.advanceTo(millis(1500));

        run.interrupts.fire();
        run.finish();

        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.messages()).containsExactly("Starting work...", "Processor - Task #0.",
                "Processor - Task #1.", "Processor - Task #2.", last);
        assertThat(run.errLines().getLast()).isEqualTo(run.line(seconds(3), last));
    }

    @Test
    void theLeakedThreadPrintsNothingAfterTheOutcomeAndIsGoneWhenTheCommandReturns() {
        CliRun run = new CliRun().start("runner", "--tasks", "6", "--durations", "const:1s", "--timeout", "2500ms")
                .finish();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.messages()).containsExactly("Starting work...", "Processor - Task #0.",
                "Processor - Task #1.", "Processor - Task #2.", "Terminating due to timeout.");
        assertThat(run.clock.liveParticipants()).isEmpty();
        assertThat(run.interrupts.listening()).isFalse();
    }

    @Test
    void fixedModeEndsTheSameWay() {
        CliRun run = new CliRun().start("runner", "--mode", "fixed", "--durations", "0s,1s,2s").finish();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.messages().getLast()).isEqualTo("Terminating due to timeout.");
        assertThat(run.clock.liveParticipants()).isEmpty();
    }

    @Test
    void theDurationRuleAndTaskCountShapeTheRun() {
        CliRun run = new CliRun().start("runner", "--tasks", "4", "--durations", "const:500ms").finish();

        assertThat(run.exitCode()).isZero();
        assertThat(run.errLines()).containsExactly(
                run.line(ZERO, "Starting work..."),
                run.line(ZERO, "Processor - Task #0."),
                run.line(millis(500), "Processor - Task #1."),
                run.line(seconds(1), "Processor - Task #2."),
                run.line(millis(1500), "Processor - Task #3."),
                run.line(seconds(2), "Process ended."));
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }

    static Duration millis(long ms) {
        return Duration.ofMillis(ms);
    }
}
