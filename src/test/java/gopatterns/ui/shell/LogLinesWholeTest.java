package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.I18n;
import gopatterns.ui.common.LogPane;
import gopatterns.ui.common.LogPaneLook;
import gopatterns.ui.common.Preset;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every Go log line a user can see reads whole, in the window's smallest sizes: the runner's longest lines
 * ("... Terminating due to interrupt.", "... Processor - Task #2.") and the pool's ("... QID[25] CID[25]",
 * "... Close: Connection 10"), at 1024x768 in the light theme and at 1280x720 in the projector's, while the
 * newest line stays wholly in view.
 */
@ExtendWith(ApplicationExtension.class)
class LogLinesWholeTest {

    @TempDir
    Path config;

    private Stage stage;
    private ShellFixture fx;
    /** How many shown lines wrapped, over the runs of a test. */
    private long wrapped;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void close() {
        if (fx != null) {
            fx.close();
        }
    }

    static Stream<Arguments> screens() {
        List<Arguments> out = new ArrayList<>();
        for (Locale locale : List.of(I18n.ENGLISH, I18n.CHINESE)) {
            out.add(Arguments.of(1024, 768, Theme.LIGHT, locale));
            out.add(Arguments.of(1280, 720, Theme.PROJECTOR, locale));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}x{1} {2} {3}")
    @MethodSource("screens")
    void everyShownLogLineReadsWhole(int width, int height, Theme theme, Locale locale) throws IOException {
        open(width, height, theme, locale);
        List<String> cut = new ArrayList<>();
        // The runner's longest line is the interrupt's; the pool's are its queries and its closes.
        cut.addAll(runToEnd(0, "runner.interrupt-mid-task", true));
        cut.addAll(runToEnd(0, "runner.book", false));
        cut.addAll(runToEnd(1, "pool.at-once", false));
        assertThat(cut).as("log lines cut at %dx%d %s %s", width, height, theme, locale).isEmpty();
        if (theme == Theme.PROJECTOR) {
            // The projector's large text wraps the longest lines: the rows above were checked with lines wrapping.
            assertThat(wrapped).as("lines wrapped at %dx%d %s %s", width, height, theme, locale).isPositive();
        }
    }

    private void open(int width, int height, Theme theme, Locale locale) throws IOException {
        fx = ShellFixture.openOn(stage, config, width, height, theme, locale);
        assertThat(fx.onFx(() -> stage.getScene().getWidth())).isEqualTo(width);
    }

    /** In a narrow window the log is a tab of the side pane: the user opens that tab to read it. */
    private void showLogTab() {
        LogPane log = LogPaneLook.of(stage.getScene());
        for (Node n : stage.getScene().getRoot().lookupAll(".tab-pane")) {
            TabPane tabs = (TabPane) n;
            tabs.getTabs().stream().filter(t -> t.getContent() != null && isWithin(log, t.getContent()))
                    .findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
        }
    }

    private double width() {
        return stage.getScene().getWidth();
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Runs a preset of a page to its end (interrupted after a second if asked) and lists the cut lines. */
    private List<String> runToEnd(int page, String preset, boolean interrupt) {
        fx.robot.interact(() -> fx.shell.selectPage(page));
        fx.settle();
        fx.robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Preset> box = fx.robot.lookup("#presetBox").queryAs(ComboBox.class);
            box.getSelectionModel().clearSelection();
            box.getSelectionModel().select(box.getItems().stream()
                    .filter(x -> x.id().equals(preset)).findFirst().orElseThrow());
        });
        fx.settle();
        VirtualClock clock = fx.shell.model().clock();
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
        if (interrupt) {
            clock.advanceTo(clock.nanos() + 1_000_000_000L);
            fx.settle();
            fx.robot.interact(fx.shell::interrupt);
            fx.settle();
        }
        fx.runToEnd(clock);
        fx.robot.interact(this::showLogTab);
        fx.settle();
        return fx.onFx(() -> {
            LogPane log = LogPaneLook.of(stage.getScene());
            List<String> out = new ArrayList<>();
            assertThat(log.list().getItems()).as(preset + " logged").isNotEmpty();
            assertThat(log.isVisible() && log.getScene() != null && log.localToScene(log.getLayoutBounds())
                    .intersects(0, 0, width(), stage.getScene().getHeight())).as(preset + ": the log is on screen")
                    .isTrue();
            LogPaneLook.cutLines(log).forEach(c -> out.add(preset + ": " + c));
            // A line that fits takes one row even while another wraps: no blank rows between lines.
            LogPaneLook.blankRows(log).forEach(c -> out.add(preset + ": " + c));
            wrapped += LogPaneLook.wrappedLines(log);
            if (!LogPaneLook.newestWhollyInView(log)) {
                out.add(preset + ": the newest line is not wholly in view");
            }
            return out;
        });
    }
}
