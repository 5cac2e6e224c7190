package gopatterns.ui.screen;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.Screenshots;
import gopatterns.ui.screen.ScreenContract.Violation;
import gopatterns.ui.shell.ShellFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the tests of a classroom's screens share: TestFX's window, a settings folder of the test's own, the main
 * window opened there as a user finds it on a {@link ClassroomScreen}, and the findings of {@link ScreenContract},
 * each noted once with the first moment it was seen at. The window is closed after each test.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class ClassroomScreenTest {

    /** The window's remembered settings: this test's own. */
    @TempDir
    protected Path config;
    protected Stage stage;
    /** The main window, once {@link #open} has opened it. */
    protected ShellFixture fx;
    private final List<String> found = new ArrayList<>();

    @BeforeEach
    final void takeWindow() throws TimeoutException {
        stage = FxToolkit.registerPrimaryStage(); // the stage TestFX hands a @Start method
    }

    @AfterEach
    final void closeWindow() {
        if (fx != null) {
            fx.close();
        }
    }

    /**
     * Opens the main window as a user finds it on {@code screen}: its size, theme and language remembered (with
     * whatever else the test put in {@link #config} first). Not on the FX thread.
     */
    protected ShellFixture open(ClassroomScreen screen) throws IOException {
        fx = ShellFixture.openOn(stage, config, screen.width(), screen.height(), screen.theme(), screen.locale());
        assertThat(fx.onFx(() -> stage.getScene().getWidth())).as(screen + " width").isEqualTo(screen.width());
        assertThat(fx.onFx(() -> stage.getScene().getHeight())).as(screen + " height").isEqualTo(screen.height());
        return fx;
    }

    /** Notes what was {@code seen} at {@code moment}, each finding once; true if something new was noted. */
    protected boolean note(String moment, List<Violation> seen) {
        int before = found.size();
        for (Violation v : seen) {
            if (found.stream().noneMatch(k -> k.endsWith(": " + v))) {
                found.add(moment + ": " + v);
            }
        }
        return found.size() > before;
    }

    /** Every finding so far, with the first moment it was seen at. */
    protected List<String> found() {
        return found;
    }

    /** With {@code -Dscreen.pictures=DIR}, writes a picture of the window at {@code moment} there. */
    protected void picture(ClassroomScreen screen, String moment) {
        String pictures = System.getProperty("screen.pictures");
        if (pictures != null) {
            String name = (screen + " " + moment).replaceAll("[^A-Za-z0-9.-]+", "-") + ".png";
            fx.robot.interact(() -> Screenshots.saveAs(stage.getScene().getRoot(), Path.of(pictures, name)));
        }
    }

    /**
     * Checks the window at rest; with the overlay {@code overlayId} shown over the content, the views under it are
     * hidden while it is checked (it covers their text on purpose). FX thread.
     */
    protected static List<Violation> checkOver(Scene scene, ScreenContract contract, String overlayId) {
        StackPane content = (StackPane) scene.lookup("#contentStack");
        boolean over = content.getChildren().stream().anyMatch(n -> overlayId.equals(n.getId()));
        List<Node> under = over ? content.getChildren().stream()
                .filter(n -> !overlayId.equals(n.getId()) && n.isVisible()).toList() : List.of();
        under.forEach(n -> n.setVisible(false));
        try {
            ScreenContract.finishMotion(scene);
            return contract.check(scene);
        } finally {
            under.forEach(n -> n.setVisible(true));
        }
    }
}
