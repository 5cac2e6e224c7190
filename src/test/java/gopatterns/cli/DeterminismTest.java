package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs that repeat exactly, in this JVM, on the CLI's real-time clock at speed 10 and beside a thread that keeps
 * a core busy: what happens at one virtual instant comes in the order of the seed, never of the scheduler.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeterminismTest {

    private static final int REPEATS = 20;

    @TempDir
    Path dir;

    /** Go, 40 runs of 40: the zero timer is ready before any task runs. */
    @Test
    void aZeroTimeoutEndsAsInGoEveryTime() throws Exception {
        for (String tasks : List.of("3", "1")) {
            PresetCommands.Preset zero = new PresetCommands.Preset("zero-" + tasks,
                    List.of("runner", "--timeout", "0s", "--tasks", tasks, "--seed", "1"), null);
            try (BusyThread busy = new BusyThread()) {
                for (int i = 0; i < REPEATS; i++) {
                    PresetTraces.Ended ended = PresetTraces.run(zero, dir.resolve(zero.name() + "-" + i + ".jsonl"));

                    assertThat(ended.status()).as("exit status, --tasks %s, run %d", tasks, i).isEqualTo(1);
                    assertThat(ended.err().lines().map(l -> l.substring(20)))
                            .as("--tasks %s, run %d", tasks, i)
                            .containsExactly("Starting work...", "Terminating due to timeout.");
                }
            }
        }
    }

    /** Holds of 0 ms: each worker gives its connection back at the instant it got it, so the order decides all. */
    @Test
    void theZeroHoldPoolGivesOneTraceEveryTime() throws Exception {
        PresetCommands.Preset zeroHold = new PresetCommands.Preset("zero-hold",
                List.of("pool", "--size", "1", "--workers", "100", "--hold", "0s", "--seed", "1"), null);
        String first = null;
        try (BusyThread busy = new BusyThread()) {
            for (int i = 0; i < REPEATS; i++) {
                Path trace = dir.resolve("zero-hold-" + i + ".jsonl");
                assertThat(PresetTraces.run(zeroHold, trace).status()).isZero();
                // Compared as text (the traces are UTF-8), so that a difference shows as lines, not as bytes.
                String text = Files.readString(trace);
                if (first == null) {
                    first = text;
                    assertThat(text).contains("\"type\":\"WorkerDone\"");
                }
                assertThat(text).as("trace of run %d", i).isEqualTo(first);
            }
        }
    }

    @Test
    void aRunStartsAtVirtualTimeZeroAndOtherSeedsGiveOtherOrders() throws IOException {
        PresetCommands.Preset seed1 = new PresetCommands.Preset("seed-1",
                List.of("pool", "--size", "1", "--workers", "20", "--hold", "0s", "--seed", "1"), null);
        PresetCommands.Preset seed2 = new PresetCommands.Preset("seed-2",
                List.of("pool", "--size", "1", "--workers", "20", "--hold", "0s", "--seed", "2"), null);
        PresetTraces.run(seed1, dir.resolve("1.jsonl"));
        PresetTraces.run(seed2, dir.resolve("2.jsonl"));

        List<String> one = Files.readAllLines(dir.resolve("1.jsonl"));
        List<String> two = Files.readAllLines(dir.resolve("2.jsonl"));
        // After the header, the first event.
        assertThat(one.get(1)).startsWith("{\"seq\":1,\"atNanos\":0,");
        assertThat(two.get(1)).startsWith("{\"seq\":1,\"atNanos\":0,");
        // The workers arrive in an order drawn from the seed: the same events, in another order.
        assertThat(one).isNotEqualTo(two);
        assertThat(one).hasSameSizeAs(two);
    }
}
