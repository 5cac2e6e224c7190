package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gopatterns.ui.I18n;
import gopatterns.ui.common.SimulationModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.css.PseudoClass;
import javax.imageio.ImageIO;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;

/** Export writes files that parse; an unwritable target shows an error in the window and loses nothing. */
class ShellExportTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void runTheBooksDemo() {
        fx.robot.interact(fx.shell::startOrPause);
        fx.runToEnd(fx.runnerClock());
    }

    @Test
    void theTraceIsJsonLinesOfEveryEventInOrder() throws Exception {
        runTheBooksDemo();
        Path file = config.resolve("trace.jsonl");
        assertThat(fx.onFx(() -> fx.shell.window().exportTrace(file))).isTrue();

        List<String> lines = Files.readAllLines(file);
        // The header, then one line per event up to the Go program's exit, as the command line writes it.
        List<String> types = fx.runner.history().stream().map(e -> e.type()).toList();
        assertThat(lines).hasSize(types.indexOf("Ended") + 2);
        assertThat(lines.getLast()).contains("\"type\":\"Ended\"");
        ObjectMapper json = new ObjectMapper();
        JsonNode header = json.readTree(lines.getFirst());
        assertThat(header.get("pattern").asText()).isEqualTo("runner");
        assertThat(header.get("parameters").get("timeout").asText()).isEqualTo("3s");
        lines = lines.subList(1, lines.size());
        long previous = 0;
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("seq").asLong()).isGreaterThan(previous);
            previous = node.get("seq").asLong();
            assertThat(node.get("type").asText()).isNotBlank();
        }
        assertThat(json.readTree(lines.getFirst()).get("type").asText()).isEqualTo("Created");
        assertThat(fx.text("#statusMessage")).contains(file.toString());
    }

    @Test
    void theLogIsTheGoLogLineByLine() throws Exception {
        runTheBooksDemo();
        Path file = config.resolve("go.log");
        assertThat(fx.onFx(() -> fx.shell.window().exportLog(file))).isTrue();
        assertThat(Files.readAllLines(file))
                .containsExactlyElementsOf(fx.runner.log().stream().map(SimulationModel.LogLine::text).toList())
                .hasSize(5);
    }

    @Test
    void thePictureIsAPngOfTheView() throws Exception {
        runTheBooksDemo();
        Path file = config.resolve("view.png");
        assertThat(fx.onFx(() -> fx.shell.window().exportPicture(file))).isTrue();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(image.getHeight()).isGreaterThan(300);
    }

    @Test
    void anUnwritableTargetShowsAnErrorAndLosesNothing() throws Exception {
        runTheBooksDemo();
        Path good = config.resolve("go.log");
        Files.writeString(good, "kept\n");
        Path notAFolder = good.resolve("inside.log");
        int events = fx.runner.history().size();

        assertThat(fx.onFx(() -> fx.shell.window().exportLog(notAFolder))).isFalse();
        assertThat(fx.onFx(() -> fx.shell.window().exportTrace(config.resolve("missing/trace.jsonl")))).isFalse();
        assertThat(fx.onFx(() -> fx.shell.window().exportPicture(config))).isFalse();

        assertThat(fx.text("#statusMessage")).contains(config.toString());
        assertThat(fx.onFx(() -> fx.shell.window().statusMessage().getPseudoClassStates()))
                .contains(PseudoClass.getPseudoClass("error"));
        // Nothing lost: the file that was there is intact, no partial file is left, the run is all there.
        assertThat(Files.readString(good)).isEqualTo("kept\n");
        try (var files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.endsWith(".part") || n.endsWith(".tmp") || n.startsWith(".trace"));
        }
        assertThat(fx.runner.history()).hasSize(events);
        assertThat(fx.onFx(() -> fx.shell.window().exportLog(good))).isTrue();
        assertThat(Files.readAllLines(good)).hasSize(5);
    }

    @Test
    void anExportedFileGetsThePermissionsOfAPlainNewFile() throws Exception {
        runTheBooksDemo();
        Path probe = config.resolve("probe.txt");
        try (var out = Files.newOutputStream(probe)) {
            out.write('x');
        }
        Set<PosixFilePermission> plain = Files.getPosixFilePermissions(probe);
        Path log = config.resolve("go.log");
        Path picture = config.resolve("view.png");
        Path trace = config.resolve("trace.jsonl");
        assertThat(fx.onFx(() -> fx.shell.window().exportTrace(trace))).isTrue();
        assertThat(fx.onFx(() -> fx.shell.window().exportLog(log))).isTrue();
        assertThat(fx.onFx(() -> fx.shell.window().exportPicture(picture))).isTrue();
        assertThat(Files.getPosixFilePermissions(log)).isEqualTo(plain);
        assertThat(Files.getPosixFilePermissions(picture)).isEqualTo(plain);
        assertThat(Files.getPosixFilePermissions(trace)).isEqualTo(plain);
    }

    @Test
    void aFailureNamesTheChosenFileAndSaysWhyInWords() {
        runTheBooksDemo();
        Path missing = config.resolve("gone").resolve("go.log");
        assertThat(fx.onFx(() -> fx.shell.window().exportLog(missing))).isFalse();
        assertPlainFailure(missing, I18n.get("export.reason.noFolder", missing.getParent()));

        Path folder = config.resolve("pictures");
        assertThat(fx.onFx(() -> Files.createDirectory(folder))).isNotNull();
        assertThat(fx.onFx(() -> fx.shell.window().exportPicture(folder))).isFalse();
        assertPlainFailure(folder, I18n.get("export.reason.isFolder"));

        Path trace = config.resolve("nowhere").resolve("trace.jsonl");
        assertThat(fx.onFx(() -> fx.shell.window().exportTrace(trace))).isFalse();
        assertPlainFailure(trace, I18n.get("export.reason.noFolder", trace.getParent()));
    }

    private void assertPlainFailure(Path chosen, String reason) {
        assertThat(fx.text("#statusMessage"))
                .isEqualTo(I18n.get("export.failed", chosen, reason))
                .doesNotContain(".part", "Exception", "java.");
        // The message is shown whole, and the rest of the status bar keeps its words beside it.
        fx.onFx(() -> {
            Parent root = fx.shell.window();
            root.applyCss();
            root.layout();
            return null;
        });
        for (String id : List.of("#statusTime", "#statusSpeed", "#statusState", "#statusMessage")) {
            Label label = fx.lookup(id, Label.class);
            String shown = fx.onFx(() -> ((Text) label.lookup(".text")).getText());
            assertThat(shown).isEqualTo(label.getText());
        }
    }
}
