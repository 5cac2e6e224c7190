package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad arguments: a short usage, then a message naming the option, exit 64, and nothing run or written. */
class CliArgumentsTest {

    @TempDir
    Path dir;

    static Stream<Arguments> badArguments() {
        return Stream.of(
                bad("--timeout", "runner", "--timeout", "-1s"),
                bad("--timeout", "runner", "--timeout", "abc"),
                bad("--timeout", "runner", "--timeout", "3"),
                bad("--timeout", "runner", "--timeout", ""),
                bad("--tasks", "runner", "--tasks", "0"),
                bad("--tasks", "runner", "--tasks", "1001"),
                bad("--tasks", "runner", "--tasks", "three"),
                bad("--durations", "runner", "--durations", "i*-1s"),
                bad("--durations", "runner", "--durations", "const:abc"),
                bad("--durations", "runner", "--durations", "1s,,2s"),
                bad("--durations", "runner", "--durations", "random:-2s"),
                bad("--mode", "runner", "--mode", "bounded"),
                bad("--speed", "runner", "--speed", "0.05"),
                bad("--speed", "runner", "--speed", "11"),
                bad("--speed", "runner", "--speed", "NaN"),
                bad("--seed", "runner", "--seed", "one"),
                bad("--bogus", "runner", "--bogus"),
                bad("'extra'", "runner", "extra"),
                bad("--size", "pool", "--size", "0"),
                bad("--size", "pool", "--size", "-3"),
                bad("--workers", "pool", "--workers", "0"),
                bad("--workers", "pool", "--workers", "10001"),
                bad("--hold", "pool", "--hold", "-1s"),
                bad("--hold", "pool", "--hold", "1x"),
                bad("--spread", "pool", "--spread", "5"),
                bad("--mode", "pool", "--mode", "fixed"),
                bad("--max-total", "pool", "--mode", "bounded"),
                bad("--max-total", "pool", "--mode", "bounded", "--max-total", "0"),
                bad("--max-total", "pool", "--max-total", "5"),
                bad("--acquire-timeout", "pool", "--acquire-timeout", "1s"),
                bad("--acquire-timeout", "pool", "--mode", "bounded", "--max-total", "3", "--acquire-timeout", "-1s"),
                bad("--failure-rate", "pool", "--failure-rate", "1.5"),
                bad("--failure-rate", "pool", "--failure-rate", "-0.1"),
                bad("--failure-rate", "pool", "--failure-rate", "often"),
                bad("--speed", "pool", "--speed", "20"),
                bad("--trace", "pool", "--trace"));
    }

    private static Arguments bad(String named, String... args) {
        return Arguments.of(named, List.of(args));
    }

    @ParameterizedTest(name = "{1} names {0}")
    @MethodSource("badArguments")
    void badArgumentsAreRefusedBeforeAnythingRuns(String named, List<String> args) throws IOException {
        Path trace = dir.resolve("trace.jsonl");
        List<String> line = new ArrayList<>(args);
        if (!line.getLast().equals("--trace")) {
            line.addAll(1, List.of("--trace", trace.toString()));
        }

        CliRun run = CliRun.of(line.toArray(String[]::new));

        assertThat(run.exitCode()).isEqualTo(64);
        // The message last, where a terminal leaves it in view; a one-line usage and the way to the help above it.
        assertThat(run.problem()).startsWith("gopatterns " + args.getFirst() + ": ").contains(named);
        assertThat(run.errLines().getFirst()).startsWith("Usage: gopatterns " + args.getFirst());
        assertThat(run.errLines()).contains("See 'gopatterns " + args.getFirst() + " --help' for all options and "
                + "exit statuses.").hasSizeLessThan(6);
        assertThat(run.out()).isEmpty();
        assertThat(run.clockMade()).as("a run was started").isFalse();
        assertThat(run.err()).doesNotContain("Starting work...", "Acquire:");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("files written").isEmpty();
        }
    }

    @Test
    void aCommandIsRequired() {
        CliRun run = CliRun.of("--speed", "2");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.problem()).contains("--speed");
        assertThat(run.errLines().getFirst()).startsWith("Usage: gopatterns").contains("COMMAND");
    }

    @Test
    void anUnknownCommandIsNamed() {
        CliRun run = CliRun.of("queue");

        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.problem()).contains("'queue'");
        assertThat(run.clockMade()).isFalse();
    }

    @Test
    void helpGoesToStandardOutputWithTheExitStatuses() {
        CliRun run = CliRun.of("runner", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: gopatterns runner", "--timeout", "--durations", "--trace")
                .containsPattern("\\s2\\s+Ctrl\\+C was seen before a task");
        assertThat(run.err()).isEmpty();
        assertThat(run.clockMade()).isFalse();
    }
}
