package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --trace FILE}: every event as one JSON object per line, or a clear error before anything runs. */
class TraceCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theRunnerTraceHasEveryEventUpToTheOutcomeInOrder() throws IOException {
        Path trace = dir.resolve("runner.jsonl");

        CliRun run = new CliRun().start("runner", "--trace", trace.toString()).finish();

        assertThat(run.exitCode()).isEqualTo(1);
        List<JsonNode> events = readTrace(trace);
        assertThat(events.getFirst().get("type").asText()).isEqualTo("Created");
        assertThat(events.getFirst().get("timeout").asText()).isEqualTo("3s");
        assertThat(events.getFirst().get("deadline").asLong()).isEqualTo(3_000_000_000L);
        assertThat(events.getFirst().get("mode").asText()).isEqualTo("GO_FAITHFUL");
        assertThat(events).filteredOn(e -> e.get("type").asText().equals("TaskWorking"))
                .extracting(e -> e.get("duration").asText()).containsExactly("0s", "1s", "2s");
        JsonNode last = events.getLast();
        assertThat(last.get("type").asText()).isEqualTo("Ended");
        assertThat(last.get("outcome").asText()).isEqualTo("TIMEOUT");
        assertThat(last.get("tie").asBoolean()).isTrue();
        assertThat(last.get("atNanos").asLong()).isEqualTo(3_000_000_000L);
        assertThat(events).anyMatch(e -> e.get("type").asText().equals("BackgroundLeaked"));
        assertThat(filesIn(dir)).containsExactly(trace);
    }

    @Test
    void thePoolTraceHasEveryEvent() throws IOException {
        Path trace = dir.resolve("pool.jsonl");

        CliRun run = new CliRun().start("pool", "--trace", trace.toString()).finish();

        assertThat(run.exitCode()).isZero();
        List<JsonNode> events = readTrace(trace);
        assertThat(events).filteredOn(e -> e.get("type").asText().equals("ResourceCreated")).hasSize(25);
        assertThat(events).filteredOn(e -> e.get("type").asText().equals("ResourceClosed"))
                .extracting(e -> e.get("cause").asText())
                .containsOnly("AT_RELEASE", "AT_SHUTDOWN").hasSize(25);
        assertThat(events.getLast().get("type").asText()).isEqualTo("ResourceClosed");
    }

    @Test
    void anInterruptedPoolRunKeepsTheTraceUpToTheInterrupt() throws IOException {
        Path trace = dir.resolve("pool.jsonl");
        CliRun run = new CliRun().start("pool", "--trace", trace.toString());
        run.advanceTo(Duration.ofMillis(300));

        run.interrupts.fire();
        run.finish();

        assertThat(run.exitCode()).isEqualTo(130);
        List<JsonNode> events = readTrace(trace);
        assertThat(events).allMatch(e -> e.get("atNanos").asLong() <= 300_000_000L);
        assertThat(filesIn(dir)).containsExactly(trace);
    }

    @Test
    void anExistingFileIsReplaced() throws IOException {
        Path trace = dir.resolve("runner.jsonl");
        Files.writeString(trace, "old\n");

        new CliRun().start("runner", "--trace", trace.toString()).finish();

        assertThat(readTrace(trace)).isNotEmpty();
        assertThat(filesIn(dir)).containsExactly(trace);
    }

    @Test
    void aMissingDirectoryIsAClearErrorAndNothingRuns() throws IOException {
        assertRefused(dir.resolve("missing").resolve("trace.jsonl"), "does not exist");
    }

    @Test
    void aDirectoryIsAClearErrorAndNothingRuns() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertRefused(sub, "is a directory");
    }

    @Test
    void aFileAsDirectoryIsAClearErrorAndNothingRuns() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertRefused(file.resolve("trace.jsonl"), "does not exist");
    }

    @Test
    void aReadOnlyDirectoryIsAClearErrorAndNothingRuns() throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(readOnly), "this user may write to read-only directories (root)");
            assertRefused(readOnly.resolve("trace.jsonl"), "not writable");
        } finally {
            Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyFileIsAClearErrorAndNothingRuns() throws IOException {
        Path file = Files.writeString(dir.resolve("kept.jsonl"), "kept\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assumeTrue(!Files.isWritable(file), "this user may write to read-only files (root)");

        assertRefused(file, "read-only");
        assertThat(Files.readString(file)).isEqualTo("kept\n");
    }

    private void assertRefused(Path trace, String reason) throws IOException {
        List<Path> before = filesIn(dir);
        for (String command : List.of("runner", "pool")) {
            CliRun run = new CliRun().start(command, "--trace", trace.toString()).finish();

            assertThat(run.exitCode()).isEqualTo(73);
            assertThat(run.errLines()).singleElement().asString()
                    .startsWith("gopatterns " + command + ": cannot write the trace file " + trace + ": ")
                    .contains(reason);
            assertThat(run.clockMade()).as("a run was started").isFalse();
            assertThat(filesIn(dir)).isEqualTo(before);
        }
    }

    /** Parses every line after the header and checks the numbering: 1, 2, 3 … with no event missing. */
    private static List<JsonNode> readTrace(Path trace) throws IOException {
        List<String> lines = Files.readAllLines(trace);
        assertThat(JSON.readTree(lines.getFirst()).get("format").asText()).isEqualTo("gopatterns-trace");
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            JsonNode event = JSON.readTree(line);
            assertThat(event.isObject()).as(line).isTrue();
            assertThat(event.has("atNanos") && event.has("type")).as(line).isTrue();
            assertThat(event.get("seq").asLong()).as("seq of line %d", events.size() + 1)
                    .isEqualTo(events.size() + 1L);
            events.add(event);
        }
        assertThat(events).isNotEmpty();
        return events;
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
