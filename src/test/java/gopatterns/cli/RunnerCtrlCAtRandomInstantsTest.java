package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.event.GoDuration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ctrl+C at seeded random instants of random runner runs. The expected exit status is derived from the
 * instant and the task schedule alone, by the Go semantics: the interrupt is seen at the first check before
 * a task that comes after it; whichever of that check, the completion and the timeout comes first decides;
 * at the same instant both outcomes are possible.
 */
class RunnerCtrlCAtRandomInstantsTest {

    private static final long SEED = 20_261_127L;
    private static final int CASES = 60;
    /** Durations and timeouts on a coarse grid, so that ties and checks at the Ctrl+C instant occur. */
    private static final long GRID_MS = 250;
    private static final Map<Integer, String> MESSAGES = Map.of(
            0, "Process ended.", 1, "Terminating due to timeout.", 2, "Terminating due to interrupt.");

    record Case(int index, List<Long> durationsMs, long timeoutMs, long ctrlCMs, String mode, long seed) {
        long[] starts() {
            long[] starts = new long[durationsMs.size()];
            for (int k = 1; k < starts.length; k++) {
                starts[k] = starts[k - 1] + durationsMs.get(k - 1);
            }
            return starts;
        }

        long workMs() {
            return durationsMs.stream().mapToLong(Long::longValue).sum();
        }

        String[] args() {
            String rule = durationsMs.stream().map(ms -> GoDuration.format(Duration.ofMillis(ms)))
                    .collect(Collectors.joining(","));
            return new String[] {"runner", "--tasks", String.valueOf(durationsMs.size()), "--durations", rule,
                "--timeout", GoDuration.format(Duration.ofMillis(timeoutMs)), "--mode", mode,
                "--seed", String.valueOf(seed)};
        }

        @Override
        public String toString() {
            return "case " + index + " (seed " + SEED + "): Ctrl+C at " + ctrlCMs + "ms, "
                    + String.join(" ", args());
        }
    }

    /** What Go does: the possible exit statuses, the instant of the outcome, the last task that logged. */
    record Expected(Set<Integer> exitCodes, long atMs, int lastTask) {}

    static Expected expected(Case c) {
        long[] starts = c.starts();
        long deadline = c.timeoutMs();
        for (int k = 0; k < starts.length; k++) {
            if (starts[k] > c.ctrlCMs()) {
                long seen = starts[k];
                if (seen < deadline) {
                    return new Expected(Set.of(2), seen, k - 1);
                }
                if (seen == deadline) {
                    return new Expected(Set.of(2, 1), seen, k - 1);
                }
                return new Expected(Set.of(1), deadline, k - 1);
            }
        }
        long work = c.workMs();
        int last = starts.length - 1;
        if (work < deadline) {
            return new Expected(Set.of(0), work, last);
        }
        if (work == deadline) {
            return new Expected(Set.of(0, 1), work, last);
        }
        int lastStarted = 0;
        while (lastStarted < last && starts[lastStarted + 1] <= deadline) {
            lastStarted++;
        }
        return new Expected(Set.of(1), deadline, lastStarted);
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        List<Case> cases = new ArrayList<>();
        while (cases.size() < CASES) {
            int tasks = 1 + random.nextInt(5);
            List<Long> durations = new ArrayList<>();
            for (int k = 0; k < tasks; k++) {
                durations.add(GRID_MS * random.nextInt(7));
            }
            long timeout = GRID_MS * (1 + random.nextInt(16));
            long work = durations.stream().mapToLong(Long::longValue).sum();
            long end = Math.min(work, timeout);
            if (end == 0) {
                continue;
            }
            // Ctrl+C while the runner listens: from its start to just before its end, on a finer grid.
            long ctrlC = 50 * random.nextLong((end + 49) / 50);
            String mode = random.nextBoolean() ? "go" : "fixed";
            cases.add(new Case(cases.size(), durations, timeout, ctrlC, mode, random.nextInt(100)));
        }
        return cases.stream();
    }

    /** The seeded cases reach every outcome, and ties too; else the table would prove less than it says. */
    @Test
    void theCasesCoverEveryOutcomeAndTies() {
        Set<Set<Integer>> reached = cases().map(c -> expected(c).exitCodes()).collect(Collectors.toSet());

        assertThat(reached).contains(Set.of(0), Set.of(1), Set.of(2)).anyMatch(codes -> codes.size() == 2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exitStatusFollowsGoSemantics(Case c) {
        Expected expected = expected(c);
        CliRun run = new CliRun().start(c.args());
        run.advanceTo(Duration.ofMillis(c.ctrlCMs()));

        run.interrupts.fire();
        run.finish();

        assertThat(run.interrupts.endedProcess()).as("Ctrl+C found the runner listening").isZero();
        assertThat(run.exitCode()).as(c.toString()).isIn(expected.exitCodes());
        List<String> messages = new ArrayList<>();
        messages.add("Starting work...");
        for (int k = 0; k <= expected.lastTask(); k++) {
            messages.add("Processor - Task #" + k + ".");
        }
        String outcome = MESSAGES.get(run.exitCode());
        messages.add(outcome);
        assertThat(run.messages()).as(c.toString()).containsExactlyElementsOf(messages);
        assertThat(run.errLines().getLast()).as(c.toString())
                .isEqualTo(run.line(Duration.ofMillis(expected.atMs()), outcome));
    }
}
