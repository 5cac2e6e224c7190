package gopatterns.ui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.screen.ClassroomScreen;
import gopatterns.ui.screen.ClassroomScreenTest;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pool's goroutine lanes in the window, as a class sees them on a projector and a small screen, in English and
 * in Chinese: the book's 25 workers each named in type at least the screen's smallest, no two names overlapping,
 * and the connection held written in each hold long enough for it ("C3").
 */
class LanesScreenTest extends ClassroomScreenTest {

    static Stream<ClassroomScreen> screens() {
        return ClassroomScreen.inBothLanguages(ClassroomScreen.PROJECTOR_1280X720, ClassroomScreen.LIGHT_1024X768)
                .stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("screens")
    void everyWorkerIsNamedAndEveryLongHoldSaysItsConnection(ClassroomScreen screen) throws IOException {
        open(screen);
        fx.robot.interact(() -> {
            fx.shell.selectPage(1);
            fx.shell.toggleLanes();
        });
        fx.robot.interact(fx.pool::start);
        fx.runToEnd(fx.pool.clock());
        LanesSkin skin = fx.onFx(() -> (LanesSkin) ((LanesView) fx.stage.getScene().lookup(".lanes-view")).getSkin());
        fx.robot.interact(() -> skin.refresh(true));
        List<LanesPainter.LabelAt> labels = fx.onFx(skin.painter()::workerLabels);
        List<LanesPainter.IdAt> ids = fx.onFx(skin.painter()::ids);
        assertThat(labels).as("%s: every worker named", screen).hasSize(25);
        assertThat(labels.getFirst().text()).as("the column says what the numbers are").isEqualTo(I18n.get("lanes.worker", 0));
        String family = fx.onFx(() -> ((Label) fx.stage.getScene().lookup(".lanes-title")).getFont().getFamily());
        for (int i = 0; i < labels.size(); i++) {
            LanesPainter.LabelAt l = labels.get(i);
            assertThat(l.text()).as("%s: worker %d", screen, i).endsWith(Integer.toString(i));
            assertThat(l.size()).as("%s %s", screen, l.text()).isGreaterThanOrEqualTo(screen.minTextPx());
            if (i > 0) {
                double apart = l.centreY() - labels.get(i - 1).centreY();
                assertThat(apart).as("%s: %s clear of the name above", screen, l.text())
                        .isGreaterThan(fx.onFx(() -> digitsHeight(family, l.size())));
            }
        }
        List<LanesPainter.IdAt> long_ = ids.stream().filter(id -> id.barWidth() >= 60).toList();
        assertThat(long_).as("%s: holds long enough for an id", screen).hasSizeGreaterThanOrEqualTo(20);
        assertThat(long_).allSatisfy(id -> assertThat(id.size()).as("%s %s written", screen, id.text())
                .isGreaterThanOrEqualTo(screen.minTextPx()));
    }

    /** How tall digits are drawn in {@code family} at {@code size} px. FX thread. */
    static double digitsHeight(String family, double size) {
        Text t = new Text("0123456789");
        t.setFont(Font.font(family, size));
        t.setBoundsType(TextBoundsType.VISUAL);
        return t.getLayoutBounds().getHeight();
    }
}
