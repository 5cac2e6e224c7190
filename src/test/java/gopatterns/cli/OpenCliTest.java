package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gopatterns.event.TraceException;
import gopatterns.event.TraceException.Problem;
import gopatterns.ui.shell.LaunchRequest;
import gopatterns.ui.shell.TraceFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Help.Ansi;

/**
 * {@code gopatterns open FILE}: a trace opens the window on it; a file that is not one prints the file, the line
 * and the reason, exits 65 and opens no window. The bad files are the book's runner trace, spoilt one way each.
 */
class OpenCliTest {

    @TempDir
    Path dir;

    private final List<LaunchRequest> opened = new ArrayList<>();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path good;

    /** The book's runner run, as {@code gopatterns runner --trace} writes it (the leak's events after the end). */
    @BeforeEach
    void writeAGoodTrace() {
        good = dir.resolve("book.jsonl");
        CliRun run = new CliRun().start("runner", "--trace", good.toString()).finish();
        assertThat(run.exitCode()).isEqualTo(1);
    }

    private int open(Path file) {
        CliEnvironment env = new CliEnvironment(speed -> {
            throw new AssertionError("a run was started");
        }, new FakeInterrupts(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Ansi.OFF);
        return Cli.execute(env, request -> {
            opened.add(request);
            return 0;
        }, "open", file.toString());
    }

    @Test
    void aTraceOpensTheWindowOnIt() {
        assertThat(open(good)).isZero();

        assertThat(opened).containsExactly(LaunchRequest.openTrace(good));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("not JSON", lines -> set(lines, 2, "{\"seq\":2,\"atNanos\":0,"), 3, Problem.NOT_JSON,
                        "line 3: not JSON"),
                bad("an unknown event type",
                        lines -> set(lines, 2, lines.get(2).replace("\"Started\"", "\"Teleported\"")), 3,
                        Problem.UNKNOWN_TYPE, "line 3: unknown event type \"Teleported\" in a runner trace"),
                bad("a missing field", lines -> set(lines, 1, lines.get(1).replace("\"timeout\":\"3s\",", "")),
                        2, Problem.MISSING_FIELD, "line 2: the event Created lacks its field \"timeout\""),
                bad("an invalid field", lines -> set(lines, 1, lines.get(1).replace("GO_FAITHFUL", "SIDEWAYS")),
                        2, Problem.INVALID_FIELD, "line 2: the field \"mode\" of the event Created is invalid"),
                bad("events out of order", lines -> swap(lines, 2, 3), 3, Problem.SEQ_ORDER,
                        "line 3: events out of order: event number 3 where 2 should come"),
                bad("a time that goes back", lines -> set(lines, lines.size() - 1,
                                lines.getLast().replaceFirst("\"atNanos\":\\d+", "\"atNanos\":0")),
                        -1, Problem.TIME_ORDER, "events out of order: time 0 ns comes before"),
                bad("no header", lines -> lines.subList(1, lines.size()), 1, Problem.NO_HEADER, "line 1: no header"),
                bad("another version", lines -> set(lines, 0, lines.get(0).replace("\"version\":1", "\"version\":2")),
                        1, Problem.OTHER_VERSION, "line 1: written by another version of gopatterns (trace format 2; "
                                + "this version reads 1)"),
                bad("a header without events", lines -> lines.subList(0, 1), 0, Problem.NO_EVENTS,
                        "the trace ends after its header"));
    }

    private static Arguments bad(String kind, UnaryOperator<List<String>> spoil, int line, Problem problem,
                                 String message) {
        return Arguments.of(kind, spoil, line, problem, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileSaysWhichLineAndWhyAndOpensNoWindow(String kind, UnaryOperator<List<String>> spoil, int line,
                                                      Problem problem, String message) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(good));
        List<String> spoilt = spoil.apply(lines);
        Path file = Files.writeString(dir.resolve("bad.jsonl"), String.join("\n", spoilt) + "\n");
        int expectedLine = line < 0 ? spoilt.size() : line;

        assertRefused(file, 65, message);
        assertThatThrownBy(() -> TraceFiles.read(file)).isInstanceOfSatisfying(TraceException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.line()).isEqualTo(expectedLine);
        });
    }

    @Test
    void aCutLastLineIsATruncatedFile() throws IOException {
        String text = Files.readString(good);
        Path file = Files.writeString(dir.resolve("cut.jsonl"), text.substring(0, text.length() - 20));
        int last = (int) text.lines().count();

        assertRefused(file, 65, "line " + last + ": the last line is cut off (the file is truncated)");
    }

    @Test
    void anEmptyFileSaysSo() throws IOException {
        assertRefused(Files.writeString(dir.resolve("empty.jsonl"), ""), 65, "the file is empty");
    }

    @Test
    void aMissingFileIsNoInput() {
        assertRefused(dir.resolve("none.jsonl"), 66, "there is no such file");
    }

    private void assertRefused(Path file, int status, String message) {
        err.reset();
        assertThat(open(file)).isEqualTo(status);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .startsWith("gopatterns open: " + file + ": ").contains(message);
        assertThat(opened).as("no window opened").isEmpty();
    }

    private static List<String> set(List<String> lines, int index, String line) {
        lines.set(index, line);
        return lines;
    }

    private static List<String> swap(List<String> lines, int a, int b) {
        String first = lines.get(a);
        lines.set(a, lines.get(b));
        lines.set(b, first);
        return lines;
    }
}
