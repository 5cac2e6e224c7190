package gopatterns.ui.compare;

import gopatterns.ui.I18n;
import gopatterns.ui.Screenshots;
import gopatterns.ui.screen.ScreenContract;
import gopatterns.ui.shell.AppSettings;
import gopatterns.ui.shell.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Compare mode for the README, on a 1280x720 projector, on manual clocks: {@code mvn -Pscreenshots test} writes
 * {@code screenshots/compare-*.png}.
 */
@Tag("screenshots")
@ExtendWith(ApplicationExtension.class)
class CompareScreenshotsTest {

    @TempDir
    Path config;

    private Stage stage;
    private CompareFixture cf;

    @Start
    void start(Stage s) {
        stage = s;
    }

    @AfterEach
    void close() {
        cf.close();
    }

    @Test
    void theLeakBesideItsFixAtTheEnd() throws IOException {
        open(I18n.ENGLISH);
        cf.open(0, "leak-fixed");
        cf.press(cf.fx.shell::startOrPause);
        cf.runToEnd();
        save("compare-runner-projector-1280x720");
    }

    @Test
    void atOnceBesideSpreadMidRunInChinese() throws IOException {
        open(I18n.CHINESE);
        cf.open(1, "at-once-spread");
        cf.press(cf.fx.shell::startOrPause);
        cf.advance(Duration.ofMillis(1800));
        save("compare-pool-projector-1280x720-zh");
    }

    private void open(Locale locale) throws IOException {
        AppSettings settings = new AppSettings(config).load();
        settings.put("theme", Theme.PROJECTOR.name());
        settings.save();
        cf = new CompareFixture(config);
        cf.fx.robot.interact(() -> {
            cf.fx.show(stage);
            cf.fx.shell.setLocale(locale);
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        cf.settle();
    }

    private void save(String name) {
        cf.fx.robot.interact(() -> {
            ScreenContract.finishMotion(stage.getScene());
            Screenshots.save(stage.getScene().getRoot(), name);
        });
    }
}
