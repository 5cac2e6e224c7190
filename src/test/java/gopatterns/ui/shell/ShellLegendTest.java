package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.common.PopupPlacement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.PopOver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Legend button in the status bar: its popover opens on the screen, above the bar, with no CSS warning. */
class ShellLegendTest extends ShellTestBase {

    /** JavaFX reports CSS it cannot apply (a value of the wrong type) on this logger. */
    private final Logger css = Logger.getLogger("javafx.css");
    private final List<String> warnings = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord r) {
            if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                warnings.add(String.valueOf(r.getMessage()));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Start
    void start(Stage stage) {
        open(stage);
        css.addHandler(capture);
    }

    @AfterEach
    void stopCapture() {
        css.removeHandler(capture);
    }

    @Test
    void theLegendOpensInsideTheScreenWithoutCssWarningsOnEveryPage() {
        for (int page = 0; page < fx.shell.pages().size(); page++) {
            int p = page;
            fx.robot.interact(() -> fx.shell.selectPage(p));
            fx.robot.clickOn("#legendButton");
            WaitForAsyncUtils.waitForFxEvents();

            PopOver legend = fx.onFx(ShellLegendTest::shownPopOver);
            assertThat(legend).as("a legend popover is shown").isNotNull();
            Rectangle2D screen = fx.onFx(() -> PopupPlacement.screenOf(
                    fx.lookup("#legendButton", javafx.scene.Node.class).localToScreen(
                            fx.lookup("#legendButton", javafx.scene.Node.class).getBoundsInLocal())));
            Rectangle2D box = fx.onFx(() -> new Rectangle2D(legend.getX(), legend.getY(), legend.getWidth(),
                    legend.getHeight()));
            assertThat(box.getHeight()).as("the legend has its content's size").isGreaterThan(100);
            assertThat(screen.contains(box)).as("legend %s inside screen %s", box, screen).isTrue();
            double buttonTop = fx.onFx(() -> fx.lookup("#legendButton", javafx.scene.Node.class)
                    .localToScreen(0, 0).getY());
            // The popover's window has a transparent margin around it: compare its middle, not its edge.
            assertThat(fx.onFx(() -> legend.getArrowLocation().name())).startsWith("BOTTOM");
            assertThat(box.getMinY() + box.getHeight() / 2).as("it opens above the status bar's button")
                    .isLessThan(buttonTop);

            fx.robot.interact(() -> legend.hide());
        }
        assertThat(warnings).as("CSS warnings while the legend was shown").isEmpty();
    }

    private static PopOver shownPopOver() {
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopOver && w.isShowing())
                .map(w -> (PopOver) w)
                .findFirst().orElse(null);
    }
}
