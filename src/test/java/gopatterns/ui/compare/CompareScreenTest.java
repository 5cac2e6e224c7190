package gopatterns.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.Screenshots;
import gopatterns.ui.screen.ClassroomScreen;
import gopatterns.ui.screen.ScreenContract;
import gopatterns.ui.screen.ScreenSample;
import gopatterns.ui.screen.ScreenContract.Violation;
import gopatterns.ui.shell.AppSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Compare mode on the classroom's screens: 1024x768, a projector at 1280x720 (two runs side by side, side panes
 * folded) and a 1920x1080 screen, in English and Chinese, with the pair's timeline under the transport. Every contrast
 * pair of both pages is opened, started, run halfway (where the pair's command is pressed), to its end, with its
 * table of outcomes, and looked back at; {@link ScreenContract} must find no text
 * cut, ellipsised, too small or on top of another at any of these moments. {@code -Dscreen.pictures=DIR} writes a
 * picture of each moment.
 *
 * <p>{@code mvn verify} opens some pairs per page on each screen, the four screens taking them in turn
 * ({@link ScreenSample}), so that every pair (and the same parameters on both sides) is read on some screen;
 * {@code -Dscreen.all=true} (profile {@code screen-all}) opens every pair on every screen.
 */
@ExtendWith(ApplicationExtension.class)
class CompareScreenTest {

    @TempDir
    Path config;

    private Stage stage;
    private CompareFixture cf;
    private final List<String> found = new ArrayList<>();

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void close() {
        if (cf != null) {
            cf.close();
        }
    }

    /** How many screens {@link #screens()} gives: they take the pairs of a page in turn. */
    private static final int SCREENS = (int) screens().count();

    static Stream<ClassroomScreen> screens() {
        return ClassroomScreen.inBothLanguages(ClassroomScreen.LIGHT_1024X768, ClassroomScreen.PROJECTOR_1280X720,
                ClassroomScreen.DARK_1920X1080).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyPairReadsWholeSideBySide(ClassroomScreen screen) throws IOException {
        open(screen);
        ScreenContract contract = new ScreenContract(screen.minTextPx());
        for (int page = 0; page < 2; page++) {
            List<String> pairs = new ArrayList<>(ComparePage.pairNames(cf.fx.shell.pages().get(page)));
            pairs.add(null);
            for (String pair : ScreenSample.inTurn(pairs, screen.index(), SCREENS)) {
                String name = cf.fx.shell.pages().get(page).id() + " " + (pair == null ? "same" : pair);
                cf.open(page, pair);
                look(screen, contract, name + " opened");
                cf.press(cf.fx.shell::startOrPause);
                cf.advance(java.time.Duration.ofMillis(1200));
                cf.press(() -> cf.model().act());
                look(screen, contract, name + " mid-run");
                cf.runToEnd();
                assertThat(cf.model().finishedProperty().get()).as(name + " finished").isTrue();
                look(screen, contract, name + " ended");
                // The pair's one timeline, its playhead looking back at the middle of both runs.
                cf.press(() -> cf.model().seekToTime(cf.model().edgeNanos() / 2));
                assertThat(cf.fx.onFx(() -> cf.fx.robot.lookup("#runTimeline").query().isVisible()))
                        .as(name + " timeline").isTrue();
                look(screen, contract, name + " looking back");
            }
        }
        assertThat(found).as("what compare mode shows wrong on " + screen).isEmpty();
    }

    private void open(ClassroomScreen screen) throws IOException {
        AppSettings settings = new AppSettings(config).load();
        settings.put("window.width", screen.width());
        settings.put("window.height", screen.height());
        settings.put("theme", screen.theme().name());
        settings.put("language", screen.locale().toLanguageTag());
        settings.save();
        cf = new CompareFixture(config);
        cf.fx.robot.interact(() -> {
            cf.fx.show(stage);
            cf.fx.shell.setLocale(screen.locale());
            stage.setWidth(screen.width());
            stage.setHeight(screen.height());
        });
        cf.settle();
        assertThat(cf.fx.onFx(() -> stage.getScene().getWidth())).isEqualTo(screen.width());
    }

    private void look(ClassroomScreen screen, ScreenContract contract, String moment) {
        List<Violation> seen = cf.fx.onFx(() -> {
            ScreenContract.finishMotion(stage.getScene());
            return contract.check(stage.getScene());
        });
        for (Violation v : seen) {
            if (found.stream().noneMatch(k -> k.endsWith(": " + v))) {
                found.add(moment + ": " + v);
            }
        }
        String pictures = System.getProperty("screen.pictures");
        if (pictures != null) {
            String file = (screen + " " + moment).replaceAll("[^A-Za-z0-9.-]+", "-") + ".png";
            cf.fx.robot.interact(() -> Screenshots.saveAs(stage.getScene().getRoot(), Path.of(pictures, file)));
        }
    }
}
