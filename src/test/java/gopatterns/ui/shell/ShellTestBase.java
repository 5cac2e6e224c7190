package gopatterns.ui.shell;

import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The main window on manual clocks, one per test, with settings in a folder of the test's own. */
@ExtendWith(ApplicationExtension.class)
abstract class ShellTestBase {

    @TempDir
    Path config;

    ShellFixture fx;

    /** Opens the window; each test class calls it from its own {@code @Start}, which TestFX looks for there. */
    void open(Stage stage) {
        fx = new ShellFixture(new FxRobot(), config);
        fx.show(stage);
    }

    /**
     * A second window on a new stage, as a restart of the app finds it: the settings in {@link #config}, the
     * language they ask for. The old window stays open; the caller closes it.
     */
    ShellFixture reopen() {
        ShellFixture again = new ShellFixture(new FxRobot(), config);
        fx.robot.interact(() -> {
            Stage s = new Stage();
            again.stage = s;
            again.shell = new Shell(s, again.pages(), new AppSettings(config));
            s.show();
        });
        return again;
    }

    /**
     * Shows page {@code page} as a class sees it: in {@code locale} and {@code theme}, at 1280x720 on the
     * projector and at 1024x768 otherwise, the window at the screen's left edge. Not on the FX thread.
     */
    void showOn(Locale locale, Theme theme, int page) {
        double w = theme == Theme.PROJECTOR ? 1280 : 1024;
        double h = theme == Theme.PROJECTOR ? 720 : 768;
        fx.robot.interact(() -> {
            fx.shell.setLocale(locale);
            fx.shell.setTheme(theme);
            fx.stage.setX(0);
            fx.stage.setWidth(w);
            fx.stage.setHeight(h);
            fx.shell.selectPage(page);
        });
        fx.settle();
    }

    /** Shows the runner page as {@link #showOn} does, with the book's demo run to its end (a tie). */
    void showBookEndedOn(Locale locale, Theme theme) {
        showOn(locale, theme, 0);
        fx.choosePreset("runner.book");
        fx.robot.interact(fx.runner::start);
        fx.runToEnd(fx.runner.clock());
    }

    @AfterEach
    void close() {
        fx.close();
    }
}
