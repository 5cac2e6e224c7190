package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.screen.ClassroomScreen;
import gopatterns.ui.screen.ClassroomScreenTest;
import gopatterns.ui.screen.ScreenContract;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.event.Event;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shortcuts overlay (F1) on Predict first's classroom screens (1024x768 light, 1280x720 projector; English and
 * Chinese): read whole by {@link ScreenContract}, its title below the toolbar, and what does not fit reached with the wheel.
 */
class HelpScreenTest extends ClassroomScreenTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("gopatterns.ui.shell.PredictScreenTest#screens")
    void theShortcutsReadWholeBelowTheToolbar(ClassroomScreen screen) throws IOException {
        openSheet(screen);
        String title = I18n.get("help.title");
        // The title starts where the content does: not under the toolbar.
        fx.onFx(() -> {
            Node content = stage.getScene().lookup("#contentStack");
            Bounds area = content.localToScene(content.getLayoutBounds());
            Label t = fx.robot.lookup("#helpOverlay .label").queryAllAs(Label.class).stream()
                    .filter(l -> l.getText().equals(title)).findFirst().orElseThrow();
            Bounds at = t.localToScene(t.getLayoutBounds());
            assertThat(at.getMinY()).as(screen + ": the title below the toolbar").isGreaterThanOrEqualTo(area.getMinY());
            assertThat(at.getMaxY()).as(screen + ": the title in the content").isLessThanOrEqualTo(area.getMaxY());
            return null;
        });
        ScreenContract contract = new ScreenContract(screen.minTextPx());
        assertThat(fx.onFx(() -> checkOver(stage.getScene(), contract, "helpOverlay"))).as("the shortcuts on " + screen)
                .isEmpty();
        // What is below the fold comes up with the wheel.
        ScrollPane scroll = fx.lookup("#helpScroll", ScrollPane.class);
        boolean overflows = fx.onFx(() -> scroll.getContent().getLayoutBounds().getHeight()
                > scroll.getViewportBounds().getHeight() + 0.5);
        if (overflows) {
            // A wheel turn over a row of the list (fired there: the headless robot's wheel reaches no node).
            fx.robot.interact(() -> {
                Label row = fx.robot.lookup("#helpOverlay .help-keys").queryAs(Label.class);
                Event.fireEvent(row, new ScrollEvent(ScrollEvent.SCROLL, 0, 0, 0, 0, false, false, false, false,
                        false, false, 0, -200, 0, -200, ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                        ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            });
            fx.settle();
            assertThat(fx.onFx(scroll::getVvalue)).as(screen + ": the wheel scrolls the list").isGreaterThan(0);
            assertThat(fx.robot.lookup("#helpOverlay").tryQuery()).as("scrolling keeps it open").isPresent();
        }
    }

    /** Opens the window on {@code screen} and the sheet over it with F1, as a teacher does. */
    private void openSheet(ClassroomScreen screen) throws IOException {
        open(screen);
        fx.robot.type(KeyCode.F1);
        fx.settle();
        assertThat(fx.robot.lookup("#helpOverlay").tryQuery()).as(screen.toString()).isPresent();
        picture(screen, "help");
    }

    static Stream<ClassroomScreen> projectors() {
        return ClassroomScreen.inBothLanguages(ClassroomScreen.PROJECTOR_1280X720).stream();
    }

    /** On the 1280x720 projector, in both languages, every text of the sheet is in view at once: nothing to scroll. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("projectors")
    void onAProjectorTheWholeSheetIsInViewWithoutScrolling(ClassroomScreen screen) throws IOException {
        openSheet(screen);
        ScrollPane scroll = fx.lookup("#helpScroll", ScrollPane.class);
        List<String> outOfView = fx.onFx(() -> {
            Node port = scroll.lookup(".viewport");
            Bounds view = port.localToScene(port.getLayoutBounds());
            List<String> out = new ArrayList<>();
            for (Node n : scroll.lookupAll(".label")) {
                Bounds b = n.localToScene(n.getLayoutBounds());
                if (n.isVisible() && !(b.getMinY() >= view.getMinY() - 0.5 && b.getMaxY() <= view.getMaxY() + 0.5
                        && b.getMinX() >= view.getMinX() - 0.5 && b.getMaxX() <= view.getMaxX() + 0.5)) {
                    out.add(((Label) n).getText() + " at " + b + " (in view: " + view + ")");
                }
            }
            return out;
        });
        assertThat(outOfView).as(screen + ": texts of the sheet out of view").isEmpty();
        assertThat(fx.onFx(() -> scroll.getContent().getLayoutBounds().getHeight()
                <= scroll.getViewportBounds().getHeight() + 0.5)).as(screen + ": nothing to scroll").isTrue();
        ScreenContract contract = new ScreenContract(screen.minTextPx());
        assertThat(fx.onFx(() -> checkOver(stage.getScene(), contract, "helpOverlay"))).as("the shortcuts on " + screen)
                .isEmpty();
    }
}
