package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same parameters and seed, same trace bytes: every preset runs in two child JVMs at once (each a fresh start,
 * so nothing of a JVM's start-up can leak into virtual time), one of them beside a thread that keeps a core busy,
 * on the CLI's real-time clock at speed 10.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DeterminismProcessTest {

    @TempDir
    Path dir;

    @Test
    void everyPresetWritesTheSameTraceInTwoJvmsOneOfThemBusy() throws Exception {
        Path quiet = Files.createDirectory(dir.resolve("quiet"));
        Path busy = Files.createDirectory(dir.resolve("busy"));
        Process first = start(quiet);
        Process second = start(busy, "busy");
        List<String> statuses = finish(first);
        assertThat(finish(second)).isEqualTo(statuses);

        for (PresetCommands.Preset p : PresetCommands.ALL) {
            // Compared as text (the traces are UTF-8), so that a difference shows as lines, not as bytes.
            String a = Files.readString(quiet.resolve(p.name() + ".jsonl"));
            String b = Files.readString(busy.resolve(p.name() + ".jsonl"));
            assertThat(b).as(p.name()).isEqualTo(a);
            assertThat(a.lines().skip(1).findFirst()).as(p.name()).hasValueSatisfying(
                    line -> assertThat(line).startsWith("{\"seq\":1,\"atNanos\":0,"));
        }
        // Each preset told its story: the interrupt was seen, Ctrl+C closed the busy pool, the book's tie timed out.
        assertThat(statuses).contains("runner-book 1", "runner-interrupt-mid-task 2", "runner-zero-timeout 1",
                "pool-close-busy 130", "pool-book 0");
        assertThat(Files.readString(quiet.resolve("runner-interrupt-mid-task.jsonl")))
                .contains("\"type\":\"InterruptObserved\",\"beforeTask\":2");
    }

    private static Process start(Path traces, String... more) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                PresetTraces.class.getName(), traces.toString()));
        command.addAll(List.of(more));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** The child's "name status" lines, once it has exited 0. */
    private static List<String> finish(Process child) throws Exception {
        try {
            List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines().toList();
            assertThat(child.waitFor()).as("child exit").isZero();
            assertThat(lines).hasSize(PresetCommands.ALL.size());
            return lines;
        } finally {
            child.destroyForcibly();
        }
    }
}
