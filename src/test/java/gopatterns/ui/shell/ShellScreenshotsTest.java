package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.Screenshots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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
        fx.robot.interact(() -> fx.shell.selectPage(0));
        fx.robot.interact(fx.shell::startOrPause);
        fx.runnerAt(1.5);
        fx.robot.interact(fx.shell::interrupt);
        fx.settle();
        save("app-runner-" + suffix);

        fx.robot.interact(() -> fx.shell.selectPage(1));
        fx.robot.interact(fx.shell::startOrPause);
        fx.poolClock().advance(java.time.Duration.ofMillis(420));
        fx.settle();
        save("app-pool-" + suffix);
    }

    private void save(String name) {
        AtomicReference<Path> file = new AtomicReference<>();
        fx.robot.interact(() -> file.set(Screenshots.save(fx.stage.getScene().getRoot(), name)));
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
}
