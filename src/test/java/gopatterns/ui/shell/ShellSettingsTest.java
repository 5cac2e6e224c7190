package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.runner.RunnerMode;
import gopatterns.ui.I18n;
import java.nio.file.Files;
import java.time.Duration;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.api.FxRobot;

/** What the app remembers between launches survives a restart; a broken settings file means defaults. */
class ShellSettingsTest extends ShellTestBase {

    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void windowThemeLanguageAndParametersSurviveARestart() throws Exception {
        fx.robot.interact(() -> {
            fx.shell.setTheme(Theme.PROJECTOR);
            fx.shell.setLocale(I18n.CHINESE);
            fx.runner.timeoutSecondsProperty().set(5.5);
            fx.runner.taskCountProperty().set(7);
            fx.runner.modeProperty().set(RunnerMode.FIXED);
            fx.runner.speedProperty().set(4);
            fx.stage.setWidth(1100);
            fx.stage.setHeight(700);
        });
        fx.close();
        assertThat(Files.readString(config.resolve("settings.properties"))).contains("theme=PROJECTOR");

        ShellFixture again = new ShellFixture(new FxRobot(), config);
        Stage[] stage = new Stage[1];
        fx.robot.interact(() -> {
            stage[0] = new Stage();
            // What show() does, but keeping the language the settings ask for.
            again.stage = stage[0];
            again.shell = new Shell(stage[0], again.pages(), new AppSettings(config));
            stage[0].show();
        });
        fx = again;
        assertThat(fx.shell.themeProperty().get()).isEqualTo(Theme.PROJECTOR);
        assertThat(I18n.locale()).isEqualTo(I18n.CHINESE);
        assertThat(fx.runner.parameters().timeout()).isEqualTo(Duration.ofMillis(5500));
        assertThat(fx.runner.parameters().tasks()).isEqualTo(7);
        assertThat(fx.runner.parameters().mode()).isEqualTo(RunnerMode.FIXED);
        assertThat(fx.runner.speedProperty().get()).isEqualTo(4.0);
        assertThat(stage[0].getWidth()).isEqualTo(1100.0);
        assertThat(stage[0].getHeight()).isEqualTo(700.0);
    }

    @Test
    void aBrokenSettingsFileMeansDefaults() throws Exception {
        Files.writeString(config.resolve("settings.properties"),
                "theme=PURPLE\nlanguage=xx\npage.runner.timeout=-3s\npage.runner.tasks=many\n\\u12");
        AppSettings settings = new AppSettings(config).load();
        assertThat(settings.get("theme", "none")).isIn("PURPLE", "none");

        ShellFixture again = reopen();
        fx.close();
        fx = again;
        assertThat(fx.shell.themeProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(I18n.locale()).isEqualTo(I18n.ENGLISH);
        assertThat(fx.runner.parameters().timeout()).isEqualTo(Duration.ofSeconds(3));
        assertThat(fx.runner.parameters().tasks()).isEqualTo(3);
    }

    @Test
    void savedBoundsOffEveryScreenNegativeAndTooLargeAreBroughtInsideTheScreen() throws Exception {
        Files.writeString(config.resolve("settings.properties"),
                "window.x=-5000\nwindow.y=-3000\nwindow.width=9000\nwindow.height=9000\n");
        ShellFixture again = new ShellFixture(new FxRobot(), config);
        Stage[] stage = new Stage[1];
        fx.robot.interact(() -> {
            stage[0] = new Stage();
            again.stage = stage[0];
            again.shell = new Shell(stage[0], again.pages(), new AppSettings(config));
            stage[0].show();
        });
        fx.close();
        fx = again;
        Rectangle2D screen = fx.onFx(() -> Screen.getPrimary().getVisualBounds());
        Rectangle2D window = fx.onFx(() -> new Rectangle2D(stage[0].getX(), stage[0].getY(), stage[0].getWidth(),
                stage[0].getHeight()));
        assertThat(screen.contains(window)).as("%s inside %s", window, screen).isTrue();
        assertThat(window.getWidth()).isGreaterThanOrEqualTo(Math.min(Shell.MIN_WIDTH, screen.getWidth()));
    }
}
