package gopatterns.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.event.GoEvent;
import gopatterns.runner.RunnerEvent;
import gopatterns.ui.common.Page;
import gopatterns.ui.common.Preset;
import gopatterns.ui.screen.ScreenContract.Violation;
import gopatterns.ui.shell.AppSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
class ScreenContractTest extends ClassroomScreenTest {

    private ClassroomScreen screen;

    /** How many screens {@link #screens()} gives: they take the presets of a page in turn. */
    private static final int SCREENS = (int) screens().count();

    static Stream<ClassroomScreen> screens() {
        return ClassroomScreen.inBothLanguages(ClassroomScreen.PROJECTOR_1280X720, ClassroomScreen.LIGHT_1024X768,
                ClassroomScreen.DARK_1920X1080, ClassroomScreen.LIGHT_200_PERCENT).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyPresetReadsWholeAtStartMidRunAndEnd(ClassroomScreen screen) throws IOException {
        openOn(screen);
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
        assertThat(found()).as("what the screen " + screen + " shows wrong").isEmpty();
    }

    /**
     * The explanation of a tie, the longest the explanation line says (the book's run: its last task ends as the
     * timeout fires), reads whole where the line is narrowest for its type, without scrolling.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("gopatterns.ui.screen.ClassroomScreen#smallest")
    void theExplanationOfATieReadsWholeWithoutScrolling(ClassroomScreen screen) throws IOException {
        openOn(screen);
        fx.robot.interact(() -> fx.shell.selectPage(0));
        fx.settle();
        choose(fx.shell.page().presets().stream().filter(p -> p.id().endsWith(".book")).findFirst().orElseThrow());
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
        VirtualClock clock = fx.shell.model().clock();
        Optional<GoEvent> tie = Optional.empty();
        while (tie.isEmpty() && clock.step()) {
            fx.settle();
            tie = fx.onFx(() -> fx.shell.model().history().stream()
                    .filter(e -> e instanceof RunnerEvent.Ended end && end.tie()).findFirst().map(GoEvent.class::cast));
        }
        assertThat(tie).as("the book's run ties").isPresent();
        GoEvent ended = tie.get();
        String said = fx.onFx(() -> fx.shell.page().explain(ended).orElseThrow());
        assertThat(fx.onFx(() -> fx.robot.lookup("#explainText").queryLabeled().getText())).isEqualTo(said);
        assertThat(fx.onFx(() -> {
            ScreenContract.finishMotion(stage.getScene());
            return ScreenContract.explanationWhole(stage.getScene());
        })).as("the tie explained on " + screen).isEmpty();
    }

    /** Opens the window as a user would find it on this screen: size, theme and language remembered. */
    private void openOn(ClassroomScreen screen) throws IOException {
        this.screen = screen;
        // -Dscreen.lanes=true: every page shows its goroutine lanes (View → Goroutine lanes) instead of its view.
        AppSettings settings = new AppSettings(config).load();
        settings.put("view.lanes", Boolean.getBoolean("screen.lanes"));
        settings.save();
        open(screen);
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
            v.addAll(ScreenContract.explanationWhole(stage.getScene()));
            v.addAll(textAgreesWithRun());
            return v;
        });
        if (note(moment, seen)) {
            picture(screen, moment);
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
