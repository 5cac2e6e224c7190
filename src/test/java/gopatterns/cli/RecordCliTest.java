package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gopatterns record} refuses bad arguments with a message and a status, and writes nothing. */
class RecordCliTest {

    @TempDir
    Path dir;

    private CliRun record(String... more) {
        String[] base = {"record", "--page", "runner", "--preset", "book", "--size", "320x240", "--fps", "2"};
        String[] args = Stream.concat(Stream.of(base), Stream.of(more)).toArray(String[]::new);
        return CliRun.of(args);
    }

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    private void assertNothingWritten() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anUnknownPresetIsAUsageErrorListingTheValidOnes() throws IOException {
        CliRun run = CliRun.of("record", "--page", "pool", "--preset", "book", "--out", out("x.gif"));
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("unknown preset 'book' for pool; presets: at-once, spread, bounded, "
                + "close-busy, flaky");
        assertNothingWritten();
    }

    @Test
    void anUnknownPageIsAUsageError() throws IOException {
        CliRun run = CliRun.of("record", "--page", "queue", "--preset", "book", "--out", out("x.gif"));
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("unknown page 'queue'; pages: runner, pool");
        assertNothingWritten();
    }

    @Test
    void sizesOutsideTheRangeAreUsageErrors() throws IOException {
        for (String size : new String[] {"319x240", "320x239", "3841x2160", "3840x2161", "big"}) {
            CliRun run = CliRun.of("record", "--page", "runner", "--preset", "book", "--size", size,
                    "--out", out("x.gif"));
            assertThat(run.exitCode()).as(size).isEqualTo(64);
            assertThat(run.err()).as(size).contains("Invalid value for option '--size'");
        }
        assertNothingWritten();
    }

    @Test
    void framesPerSecondOutsideOneToSixtyAreUsageErrors() throws IOException {
        for (String fps : new String[] {"0", "61"}) {
            CliRun run = CliRun.of("record", "--page", "runner", "--preset", "book", "--fps", fps,
                    "--out", out("x.gif"));
            assertThat(run.exitCode()).as(fps).isEqualTo(64);
            assertThat(run.err()).as(fps).contains("fps must be between 1 and 60, was " + fps);
        }
        assertNothingWritten();
    }

    @Test
    void aSpeedOutsideTheAppsRangeIsAUsageError() throws IOException {
        CliRun run = record("--speed", "20", "--out", out("x.gif"));
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("speed must be between 0.1 and 10, was 20");
        assertNothingWritten();
    }

    @Test
    void anUnknownKindOfFileIsAUsageError() throws IOException {
        CliRun run = record("--out", out("x.avi"));
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("unknown kind of file '.avi'");
        assertNothingWritten();
    }

    @Test
    void anMp4NeedsAnEvenSize() throws IOException {
        CliRun run = CliRun.of("record", "--page", "runner", "--preset", "book", "--size", "321x240",
                "--out", out("x.mp4"));
        assertThat(run.exitCode()).isEqualTo(64);
        assertThat(run.err()).contains("an MP4 needs an even width and height");
        assertNothingWritten();
    }

    @Test
    void anUnknownThemeOrLanguageIsAUsageError() throws IOException {
        assertThat(record("--theme", "neon", "--out", out("x.gif")).err())
                .contains("unknown theme 'neon'; themes: light, dark, projector");
        assertThat(record("--lang", "fr", "--out", out("x.gif")).err())
                .contains("unknown language 'fr'; languages: en, zh-CN");
        assertNothingWritten();
    }

    @Test
    void anOutputInAMissingFolderCannotBeCreated() throws IOException {
        CliRun run = record("--out", out("missing/x.gif"));
        assertThat(run.exitCode()).isEqualTo(73);
        assertThat(run.err()).contains("cannot create").contains("does not exist");
        assertNothingWritten();
    }

    @Test
    void aFolderNoFileCanBeMadeInIsUnwritableEvenWhenItsPermissionsSayOtherwise() throws IOException {
        // /proc takes no new files, even from root, whom its permission bits let write anywhere.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")));
        CliRun run = record("--out", "/proc/x.gif");
        assertThat(run.exitCode()).isEqualTo(73);
        assertThat(run.err()).contains("cannot create /proc/x.gif").contains("not writable").doesNotContain(".part");
    }

    @Test
    void aFolderOfPngsIsNotWrittenIntoAFolderWithFilesInIt() throws IOException {
        Path slides = Files.createDirectory(dir.resolve("slides"));
        Files.writeString(slides.resolve("notes.txt"), "mine");
        CliRun run = record("--out", slides + "/");
        assertThat(run.exitCode()).isEqualTo(73);
        assertThat(run.err()).contains("exists and is not an empty folder");
        try (Stream<Path> files = Files.list(slides)) {
            assertThat(files).containsExactly(slides.resolve("notes.txt"));
        }
    }

    @Test
    void withoutADisplayTheCommandExits69WithOneLineAndWritesNothing() throws Exception {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return; // only X11/Wayland systems need a DISPLAY
        }
        Path err = Files.createTempFile("record-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", // as the image's launcher allows JavaFX
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "gopatterns.Main", "record", "--page", "runner", "--preset", "book", "--out", out("x.gif"))
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process process = pb.start();
        assertThat(process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(69);
        assertThat(Files.readAllLines(err)).containsExactly("gopatterns record: " + RecordCommand.NO_DISPLAY_MESSAGE);
        Files.delete(err);
        assertNothingWritten();
    }

    @Test
    void withoutADisplayItSaysSoInOneLineAndNamesXvfbRun() {
        String message = RecordCommand.noDisplay(Map.of(), null);
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) {
            return; // only X11/Wayland systems need a DISPLAY
        }
        assertThat(message).contains("no display").contains("xvfb-run").doesNotContain("\n");
        assertThat(RecordCommand.noDisplay(Map.of("DISPLAY", ":99"), null)).isNull();
        assertThat(RecordCommand.noDisplay(Map.of(), "Monocle")).isNull();
    }
}
