package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real Ctrl+C: the CLI runs in a child JVM on a real-time clock and gets SIGINT from {@code kill -INT}.
 * The test waits only on the child's output and exit.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CtrlCProcessTest {

    /** Each task works 20s of virtual time, 2s of wall time at speed 10: Ctrl+C lands during task #0. */
    @Test
    void sigintDuringATaskIsSeenBeforeTheNextAndExitsTwo() throws Exception {
        // The handler is installed when the runner starts, before task #0 logs.
        Ended ended = interruptAfter("Processor - Task #0.",
                "runner", "--timeout", "1m", "--durations", "const:20s", "--speed", "10");

        assertThat(ended.status()).isEqualTo(2);
        assertThat(ended.lines().stream().map(l -> l.substring(20)))
                .containsExactly("Starting work...", "Processor - Task #0.", "Terminating due to interrupt.");
        assertThat(ended.lines()).allMatch(l -> l.matches("\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d:\\d\\d .*"));
    }

    @Test
    void sigintStopsThePoolDemoWithASummaryAndExits130() throws Exception {
        Ended ended = interruptAfter("Create: New Connection 10",
                "pool", "--workers", "10", "--hold", "1h", "--speed", "10");

        assertThat(ended.status()).isEqualTo(130);
        // Every worker holds its connection (up to an hour) when Ctrl+C comes; each is closed on the way out.
        assertThat(ended.lines().getLast().substring(20)).matches("Interrupted: pool closed after 0 of 10 workers; "
                + "created 10, reused 0, closed 10 \\(0 at release, \\d+ at shutdown, \\d+ after shutdown\\), "
                + "idle 0, in use 0");
    }

    /** What a child printed on standard error, and its exit status. */
    private record Ended(List<String> lines, int status) {}

    /** Starts a child, sends it SIGINT once it has logged {@code message}, and waits for its end. */
    private static Ended interruptAfter(String message, String... args) throws Exception {
        Process child = start(args);
        try (BufferedReader log = stderrOf(child)) {
            List<String> lines = new ArrayList<>();
            readUntil(log, lines, message);
            interrupt(child);
            readToEnd(log, lines);
            return new Ended(lines, child.waitFor());
        } finally {
            child.destroyForcibly();
        }
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "gopatterns.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader stderrOf(Process child) {
        return new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
    }

    private static void readUntil(BufferedReader log, List<String> lines, String message) throws IOException {
        String line;
        while ((line = log.readLine()) != null) {
            lines.add(line);
            if (line.endsWith(" " + message)) {
                return;
            }
        }
        throw new AssertionError("the child ended before logging '" + message + "': " + lines);
    }

    private static void readToEnd(BufferedReader log, List<String> lines) throws IOException {
        String line;
        while ((line = log.readLine()) != null) {
            lines.add(line);
        }
    }

    private static void interrupt(Process child) throws Exception {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
    }
}
