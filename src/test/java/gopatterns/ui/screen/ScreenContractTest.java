package gopatterns.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.ui.Screenshots;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import gopatterns.ui.screen.ScreenContract.Violation;
import gopatterns.ui.shell.AppSettings;
import gopatterns.ui.shell.ShellFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The screen itself under test: on each screen of a classroom (size, theme, language), every preset of every page
 * is shown when chosen, at the start of its run, mid-run, at its end and after a reset in the middle of a run;
 * {@link ScreenContract} must find nothing to complain about, and {@link RunTruth} no word that disagrees with
 * the run shown (the next preset's "chosen" and the next page's "shown" look at a switch after a run).
 *
 * <p>The 200% case: JavaFX lays a window out in logical pixels and scales the rendering, so 2560x1440 at 200%
 * lays out exactly as 1280x720 at 100%; that screen is checked in the light theme (the projector case is the
 * same size with larger type).
 *
 * <p>{@code mvn verify} runs one preset per page on each screen, in turn, so that every preset runs on some screen; {@code -Dscreen.all=true} (profile
 * {@code screen-all}) runs every preset on every screen. {@code -Dscreen.pictures=DIR} writes a picture of each
 * moment where something new was found; {@code -Dscreen.page=runner} (or {@code pool}) looks at one page only;
 * {@code -Dscreen.lanes=true} looks at the pages' goroutine lanes instead of their views.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenContractTest {

    @TempDir
    Path config;

    private Stage stage;
    private ClassroomScreen screen;
    private ShellFixture fx;
    private final List<String> found = new ArrayList<>();

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

    /** How many screens {@link #screens()} gives: they take the presets of a page in turn. */
    private static final int SCREENS = (int) screens().count();

    static Stream<ClassroomScreen> screens() {
        return ClassroomScreen.inBothLanguages(ClassroomScreen.PROJECTOR_1280X720, ClassroomScreen.LIGHT_1024X768,
                ClassroomScreen.DARK_1920X1080, ClassroomScreen.LIGHT_200_PERCENT).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyPresetReadsWholeAtStartMidRunAndEnd(ClassroomScreen screen) throws IOException {
        open(screen);
        ScreenContract contract = new ScreenContract(screen.minTextPx());
        List<Page> pages = fx.shell.pages();
        String only = System.getProperty("screen.page", "");
        for (int p = 0; p < pages.size(); p++) {
            if (!only.isEmpty() && !only.equals(pages.get(p).id())) {
                continue;
            }
            int page = p;
            fx.robot.interact(() -> fx.shell.selectPage(page));
            fx.settle();
            look(contract, pages.get(p).id() + " shown");
            for (Preset preset : ScreenSample.inTurn(pages.get(p).presets(), screen.index(), SCREENS)) {
                runThrough(contract, preset);
            }
        }
        if (only.isEmpty()) {
            // Back to the first page after the others ran: nothing of theirs may follow it.
            fx.robot.interact(() -> fx.shell.selectPage(0));
            fx.settle();
            look(contract, pages.getFirst().id() + " shown again");
        }
        assertThat(found).as("what the screen " + screen + " shows wrong").isEmpty();
    }

    /** Opens the window as a user would find it on this screen: size, theme and language remembered. */
    private void open(ClassroomScreen screen) throws IOException {
        this.screen = screen;
        AppSettings settings = new AppSettings(config).load();
        settings.put("window.width", screen.width());
        settings.put("window.height", screen.height());
        settings.put("theme", screen.theme().name());
        settings.put("language", screen.locale().toLanguageTag());
        // -Dscreen.lanes=true: every page shows its goroutine lanes (View → Goroutine lanes) instead of its view.
        settings.put("view.lanes", Boolean.getBoolean("screen.lanes"));
        settings.save();
        fx = new ShellFixture(new FxRobot(), config);
        fx.robot.interact(() -> {
            fx.show(stage);
            stage.setWidth(screen.width());
            stage.setHeight(screen.height());
        });
        fx.settle();
        assertThat(fx.onFx(() -> stage.getScene().getWidth())).isEqualTo(screen.width());
        assertThat(fx.onFx(() -> stage.getScene().getHeight())).isEqualTo(screen.height());
    }

    /** Chosen, started, halfway, ended: the screen is checked at each. */
    private void runThrough(ScreenContract contract, Preset preset) {
        choose(preset);
        look(contract, preset.id() + " chosen");
        VirtualClock clock = fx.shell.model().clock();
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
        long start = clock.nanos();
        look(contract, preset.id() + " started");
        fx.runToEnd(clock);
        long end = clock.nanos();
        // Again from the start, to look halfway: the first run told how long it takes.
        choose(preset);
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
        clock.advanceTo(clock.nanos() + (end - start) / 2);
        fx.settle();
        // What the preset asks the class to press, at the moment it says: a run that never sees it tells
        // nothing of its lesson (refused acquires, late releases).
        if (preset.id().contains("interrupt")) {
            fx.robot.interact(fx.shell::interrupt);
            fx.settle();
        } else if (preset.id().contains("close")) {
            fx.robot.interact(fx.pool::closePool);
            fx.settle();
        }
        look(contract, preset.id() + " mid-run");
        fx.runToEnd(clock);
        look(contract, preset.id() + " ended");
        // Reset in the middle of a run: nothing of the run that never finished may stay.
        choose(preset);
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
        clock.advanceTo(clock.nanos() + (end - start) / 2);
        fx.settle();
        fx.robot.interact(fx.shell::reset);
        fx.settle();
        look(contract, preset.id() + " reset mid-run");
    }

    private void choose(Preset preset) {
        fx.robot.interact(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<Preset> box = fx.robot.lookup("#presetBox").queryAs(ComboBox.class);
            box.getSelectionModel().clearSelection();
            box.getSelectionModel().select(box.getItems().stream()
                    .filter(x -> x.id().equals(preset.id())).findFirst().orElseThrow());
        });
        fx.settle();
    }

    /** Puts moving parts at rest, walks the screen, and notes what is wrong, once per kind of finding. */
    private void look(ScreenContract contract, String moment) {
        List<Violation> seen = fx.onFx(() -> {
            ScreenContract.finishMotion(stage.getScene());
            List<Violation> v = new ArrayList<>(contract.check(stage.getScene()));
            v.addAll(textAgreesWithRun());
            return v;
        });
        int before = found.size();
        for (Violation v : seen) {
            if (found.stream().noneMatch(k -> k.endsWith(": " + v))) {
                found.add(moment + ": " + v);
            }
        }
        String pictures = System.getProperty("screen.pictures");
        if (pictures != null && found.size() > before) {
            String name = (screen + " " + moment).replaceAll("[^A-Za-z0-9.-]+", "-") + ".png";
            fx.robot.interact(() -> Screenshots.saveAs(stage.getScene().getRoot(), Path.of(pictures, name)));
        }
    }

    /**
     * Where checks that the words on screen agree with the run plug in (a caption, lesson or explanation against
     * the current run's counters and the current page's presets). FX thread.
     */
    private List<Violation> textAgreesWithRun() {
        // The lanes replace the view whose words RunTruth reads; the status and explanation lines stay the same.
        if (Boolean.getBoolean("screen.lanes")) {
            return List.of();
        }
        return RunTruth.check(fx.shell, stage.getScene());
    }
}
