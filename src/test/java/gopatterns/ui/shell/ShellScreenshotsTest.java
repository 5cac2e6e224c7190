package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.Screenshots;
import gopatterns.ui.pool.PoolView;
import gopatterns.ui.runner.RunnerStills;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.Start;

/**
 * The whole window for the README, at 1280x800 on manual clocks, in the light, projector and dark themes and
 * in Chinese: {@code mvn -Pscreenshots test} writes {@code screenshots/app-*.png}.
 */
@Tag("screenshots")
class ShellScreenshotsTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    /** The book's runner demo at 1.5 s with an interrupt waiting, then the pool demo a moment in. */
    private void shootBoth(String suffix) {
        fx.robot.interact(() -> {
            fx.shell.selectPage(0);
            Screenshots.stillFrames(fx.runner, fx.pool);
        });
        fx.robot.interact(fx.shell::startOrPause);
        fx.runnerAt(1.5);
        fx.robot.interact(fx.shell::interrupt);
        fx.settle();
        save("app-runner-" + suffix);

        fx.robot.interact(() -> {
            fx.shell.selectPage(1);
            Screenshots.stillFrames(fx.runner, fx.pool);
        });
        fx.robot.interact(fx.shell::startOrPause);
        fx.poolClock().advance(java.time.Duration.ofMillis(420));
        fx.settle();
        save("app-pool-" + suffix);
    }

    /** Saves the window with every movement at its end: no card half way, no tile in the air. */
    private void save(String name) {
        AtomicReference<Path> file = new AtomicReference<>();
        fx.robot.interact(() -> {
            Node root = fx.stage.getScene().getRoot();
            RunnerStills.finishMoves(root);
            for (Node n : root.lookupAll(".pool-view")) {
                if (n instanceof PoolView pool) {
                    pool.clearFlights();
                }
            }
            file.set(Screenshots.save(root, name));
        });
        assertThat(Files.isRegularFile(file.get())).isTrue();
    }

    @Test
    void light() {
        shootBoth("light");
    }

    @Test
    void projector() {
        fx.robot.interact(() -> fx.shell.setTheme(Theme.PROJECTOR));
        shootBoth("projector");
    }

    @Test
    void dark() {
        fx.robot.interact(() -> fx.shell.setTheme(Theme.DARK));
        shootBoth("dark");
    }

    @Test
    void chinese() {
        fx.robot.interact(() -> fx.shell.setLocale(I18n.CHINESE));
        shootBoth("zh");
    }

    /** A projector's screen in the theme for it, and a small laptop screen, in both languages. */
    @ParameterizedTest(name = "{0}x{1} {2} {3}")
    @CsvSource({
        "1280, 720, PROJECTOR, en, projector-1280x720",
        "1280, 720, PROJECTOR, zh-CN, projector-1280x720-zh",
        "1024, 768, LIGHT, en, light-1024x768",
        "1024, 768, LIGHT, zh-CN, light-1024x768-zh"})
    void smallerScreens(double width, double height, Theme theme, String language, String suffix) {
        shootAt(width, height, theme, java.util.Locale.forLanguageTag(language), suffix);
    }

    /**
     * Predict first: the book's question before the run (an answer chosen on a laptop; for the room on a projector)
     * and after its reveal.
     */
    @ParameterizedTest(name = "{0}x{1} {2} teacher={3}")
    @CsvSource({
        "1280, 800, LIGHT, false, light",
        "1280, 720, PROJECTOR, true, teacher-projector-1280x720"})
    void predictFirst(double width, double height, Theme theme, boolean teacher, String suffix) {
        fx.robot.interact(() -> {
            fx.stage.setWidth(width);
            fx.stage.setHeight(height);
            fx.shell.setTheme(theme);
            fx.shell.predict().enabledProperty().set(true);
            fx.shell.predict().teacherProperty().set(teacher);
            Screenshots.stillFrames(fx.runner, fx.pool);
        });
        fx.choosePreset("runner.book");
        fx.robot.interact(fx.shell::startOrPause);
        fx.settle();
        save("app-predict-question-" + suffix);
        fx.robot.interact(() -> {
            if (teacher) {
                fx.shell.predict().startForRoom();
            } else {
                fx.shell.predict().choose(0);
            }
        });
        fx.runToEnd(fx.runner.clock());
        fx.robot.interact(fx.shell::revealAnswer);
        fx.settle();
        save("app-predict-revealed-" + suffix);
    }

    private void shootAt(double width, double height, Theme theme, java.util.Locale locale, String suffix) {
        fx.robot.interact(() -> {
            fx.stage.setWidth(width);
            fx.stage.setHeight(height);
            fx.shell.setTheme(theme);
            fx.shell.setLocale(locale);
        });
        shootBoth(suffix);
    }
}
