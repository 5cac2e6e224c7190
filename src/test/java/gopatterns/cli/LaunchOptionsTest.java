package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.common.Preset;
import gopatterns.ui.shell.LaunchRequest;
import gopatterns.ui.shell.Lessons;
import gopatterns.ui.shell.Theme;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Help.Ansi;

/**
 * The window options, parsed in-process: a good line hands the window one request; a bad one names the
 * valid values, exits 64 and opens no window; {@code --list-presets} lists lines that open each preset.
 */
class LaunchOptionsTest {

    private final List<LaunchRequest> opened = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        CliEnvironment env = new CliEnvironment(speed -> {
            throw new AssertionError("a run was started");
        }, new FakeInterrupts(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Ansi.OFF);
        return Cli.execute(env, request -> {
            opened.add(request);
            return 0;
        }, args);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void everyOptionReachesTheWindow() {
        int status = run("--page", "pool", "--preset", "spread", "--theme", "projector", "--lang", "zh-CN", "--start");

        assertThat(status).isZero();
        assertThat(opened).containsExactly(new LaunchRequest("pool", "pool.spread", Theme.PROJECTOR, I18n.CHINESE, true));
        assertThat(err()).isEmpty();
    }

    @Test
    void aPresetAloneOpensItsOwnPageAndTheFullIdWorksToo() {
        run("--preset", "leak");
        run("--preset", "runner.leak", "--theme", "dark", "--lang", "en");

        assertThat(opened).containsExactly(
                new LaunchRequest("runner", "runner.leak", null, null, false),
                new LaunchRequest("runner", "runner.leak", Theme.DARK, I18n.ENGLISH, false));
    }

    @Test
    void aPageAloneKeepsItsRememberedParameters() {
        run("--page", "runner");

        assertThat(opened).containsExactly(new LaunchRequest("runner", null, null, null, false));
    }

    static Stream<Arguments> badOptions() {
        String allPresets = Lessons.all().stream()
                .map(l -> l.page() + ": " + String.join(", ", l.presets()))
                .reduce((a, b) -> a + "; " + b).orElseThrow();
        String poolPresets = String.join(", ", Lessons.page("pool").orElseThrow().presets());
        return Stream.of(
                Arguments.of(List.of("--page", "channels"), "unknown page 'channels' for --page; valid: runner, pool"),
                Arguments.of(List.of("--preset", "nope"), "unknown preset 'nope' for --preset; valid: " + allPresets),
                Arguments.of(List.of("--page", "pool", "--preset", "leak"),
                        "unknown preset 'leak' for --preset on page pool; valid: " + poolPresets),
                Arguments.of(List.of("--page", "pool", "--preset", "runner.leak"),
                        "unknown preset 'runner.leak' for --preset on page pool; valid: " + poolPresets),
                Arguments.of(List.of("--preset", "pool.leak"), "unknown preset 'pool.leak' for --preset; valid: " + allPresets),
                Arguments.of(List.of("--theme", "blue"), "unknown theme 'blue' for --theme; valid: light, dark, projector"),
                Arguments.of(List.of("--lang", "fr"), "unknown language 'fr' for --lang; valid: en, zh-CN"),
                Arguments.of(List.of("--page"), "Missing required parameter for option '--page'"),
                Arguments.of(List.of("--start", "--colour"), "Unknown option: '--colour'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void aBadOptionNamesTheValidValuesExits64AndOpensNoWindow(List<String> args, String message) {
        int status = run(args.toArray(String[]::new));

        assertThat(status).isEqualTo(64);
        assertThat(opened).as("windows opened").isEmpty();
        // Last, where a terminal leaves it in view: a one-line usage goes before it, not thirty lines after it.
        assertThat(CliRun.problem(err().lines().toList())).startsWith("gopatterns: " + message);
        assertThat(err().lines().findFirst().orElseThrow()).startsWith("Usage: gopatterns");
        assertThat(err().lines().count()).isLessThan(6);
        assertThat(outLines()).isEmpty();
    }

    @Test
    void listPresetsGivesALineThatOpensEachPresetWithItsTitle() {
        assertThat(run("--list-presets")).isZero();

        List<String> lines = outLines();
        List<String> ids = Lessons.all().stream().flatMap(l -> l.presets().stream().map(l::presetId)).toList();
        assertThat(lines).hasSameSizeAs(ids);
        for (int i = 0; i < lines.size(); i++) {
            String title = new Preset(ids.get(i), () -> { }).title();
            assertThat(lines.get(i)).endsWith("  " + title);
            String[] args = lines.get(i).substring(0, lines.get(i).length() - title.length()).trim().split(" +");
            assertThat(run(args)).isZero();
            assertThat(opened.getLast().presetId()).isEqualTo(ids.get(i));
        }
        assertThat(opened).hasSameSizeAs(ids);
        assertThat(err()).isEmpty();
    }

    @Test
    void listPresetsSpeaksTheLanguageAsked() {
        run("--list-presets", "--lang", "zh-CN");

        I18n.localeProperty().set(I18n.CHINESE);
        String title = new Preset(Lessons.all().getFirst().presetId(Lessons.all().getFirst().presets().getFirst()),
                () -> { }).title();
        I18n.localeProperty().set(I18n.ENGLISH);
        assertThat(outLines().getFirst()).endsWith("  " + title);
        assertThat(I18n.locale()).as("the language is left as it was").isEqualTo(I18n.ENGLISH);
    }

    @Test
    void theHelpDocumentsTheWindowOptions() {
        assertThat(run("--help")).isZero();

        assertThat(String.join("\n", outLines()))
                .contains("--page=PAGE", "--preset=NAME", "--theme=THEME", "--lang=LANG", "--start", "--list-presets",
                        "for this launch only");
        assertThat(opened).isEmpty();
    }
}
