package gopatterns.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventTraceTest {

    enum Colour { RED, GREEN }

    record Sample(long seq, long at, Duration pause, Colour colour, boolean flag, int count, double share,
                  String note, List<Duration> laps) implements GoEvent {}

    record Bare(long seq, long at) implements GoEvent {}

    /** An event that is not a record: only what GoEvent says about it is written. */
    static final class Plain implements GoEvent {
        @Override
        public long seq() {
            return 3;
        }

        @Override
        public long at() {
            return 7;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<String, Object> PARAMETERS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("pause", Duration.ofMillis(1500));
        PARAMETERS.put("colour", Colour.RED);
        PARAMETERS.put("count", 3);
        PARAMETERS.put("share", 0.5);
        PARAMETERS.put("seed", 7L);
    }

    private static final TraceHeader HEADER = new TraceHeader("sample", PARAMETERS);
    private static final String HEADER_LINE = "{\"format\":\"gopatterns-trace\",\"version\":1,\"pattern\":\"sample\","
            + "\"parameters\":{\"pause\":\"1.5s\",\"colour\":\"RED\",\"count\":3,\"share\":0.5,\"seed\":7}}";

    @TempDir
    Path dir;

    @Test
    void writesTheHeaderThenOneObjectPerEventWithGoDurationsAndEnumNames() throws IOException {
        Path file = dir.resolve("t.jsonl");

        EventTrace.writeAll(file, HEADER, List.of(
                new Sample(1, 1_500_000_000L, Duration.ofMillis(1500), Colour.GREEN, true, 4, 0.25, null,
                        List.of(Duration.ofMillis(500), Duration.ofSeconds(90))),
                new Bare(2, 2_000_000_000L),
                new Plain()));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(4);
        assertThat(lines.getFirst()).isEqualTo(HEADER_LINE);
        lines = lines.subList(1, lines.size());
        assertThat(lines.getFirst()).isEqualTo("{\"seq\":1,\"atNanos\":1500000000,\"type\":\"Sample\","
                + "\"pause\":\"1.5s\",\"colour\":\"GREEN\",\"flag\":true,\"count\":4,\"share\":0.25,\"note\":null,"
                + "\"laps\":[\"500ms\",\"1m30s\"]}");
        JsonNode bare = JSON.readTree(lines.get(1));
        assertThat(bare.size()).isEqualTo(3);
        assertThat(bare.get("type").asText()).isEqualTo("Bare");
        assertThat(JSON.readTree(lines.get(2)).toString()).isEqualTo("{\"seq\":3,\"atNanos\":7,\"type\":\"Plain\"}");
        assertThat(Files.readString(file)).endsWith("}\n");
    }

    @Test
    void nothingAppearsBeforeTheCommitAndNothingStaysWithoutIt() throws IOException {
        Path file = dir.resolve("t.jsonl");
        try (EventTrace trace = EventTrace.create(file, HEADER)) {
            trace.accept(new Bare(1, 0));
            assertThat(file).doesNotExist();
            assertThat(trace.written()).isEqualTo(1);
        }
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void aCommitReplacesAnExistingFileInOneStep() throws IOException {
        Path file = Files.writeString(dir.resolve("t.jsonl"), "old\n");
        try (EventTrace trace = EventTrace.create(file, HEADER)) {
            trace.accept(new Bare(1, 0));
            assertThat(Files.readString(file)).isEqualTo("old\n");
            trace.commit();
        }
        assertThat(Files.readString(file)).isEqualTo(HEADER_LINE + "\n{\"seq\":1,\"atNanos\":0,\"type\":\"Bare\"}\n");
        assertThat(filesIn(dir)).containsExactly(file);
    }

    @Test
    void anUnwritablePlaceFailsAtCreateWithItsReason() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("sub"));

        assertThatThrownBy(() -> EventTrace.create(sub, HEADER)).isInstanceOf(IOException.class)
                .hasMessageContaining("is a directory");
        assertThatThrownBy(() -> EventTrace.create(dir.resolve("none").resolve("t.jsonl"), HEADER))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(filesIn(dir)).isEmpty();
    }

    private static List<Path> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
