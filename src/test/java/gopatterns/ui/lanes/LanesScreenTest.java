package gopatterns.ui.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.I18n;
import gopatterns.ui.screen.ClassroomScreen;
import gopatterns.ui.screen.ClassroomScreenTest;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import gopatterns.ui.common.Palette;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
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
        LanesSkin skin = poolLanesAtTheEnd(screen);
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

    /**
     * On the 1280x720 projector, the pointer moved onto a hold as a user moves it: that connection's outline is a band
     * at least 6 px thick across the hold's top edge, 5 px of it in at least 3:1 contrast with the blue hold, and the
     * other connections' holds step back.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("projectors")
    void onAProjectorThePointedConnectionStandsOut(ClassroomScreen screen) throws IOException {
        LanesSkin skin = poolLanesAtTheEnd(screen);
        javafx.scene.Node plot = fx.onFx(() -> fx.stage.getScene().lookup(".lanes-plot"));
        double[] at = fx.onFx(() -> {
            Bounds b = plot.getLayoutBounds();
            for (double y = b.getHeight() / 3; y < b.getHeight(); y += 3) {
                for (double x = b.getWidth() * 0.3; x < b.getWidth() - 20; x += 7) {
                    if (skin.painter().holdAt(x, y) != null && skin.painter().holdAt(x - 15, y) != null
                            && skin.painter().holdAt(x + 15, y) != null) {
                        return new double[] {x, y};
                    }
                }
            }
            return null;
        });
        assertThat(at).as("a hold to point at").isNotNull();
        WritableImage before = fx.onFx(() -> plot.snapshot(null, null));
        int blueBefore = fx.onFx(() -> pixelsOf(before, Palette.BLUE));
        Point2D onScreen = fx.onFx(() -> plot.localToScreen(at[0], at[1]));
        fx.robot.moveTo(onScreen);
        fx.settle();
        assertThat(fx.onFx(skin.painter()::highlighted)).as("the pointer's connection").isNotNegative();
        WritableImage after = fx.onFx(() -> plot.snapshot(null, null));
        int x = (int) at[0];
        int y = (int) at[1];
        Color bar = before.getPixelReader().getColor(x, y);
        int top = y;
        while (top > 0 && before.getPixelReader().getColor(x, top - 1).equals(bar)) {
            top--;
        }
        // Across the hold's top edge, from inside it up to the lane above: how many px the outline changed, and how many
        // of those stand out from the hold's own colour.
        int changed = 0;
        int standOut = 0;
        for (int row = Math.max(0, top - 10); row < top + 3; row++) {
            Color was = before.getPixelReader().getColor(x, row);
            Color now = after.getPixelReader().getColor(x, row);
            if (Math.abs(was.getRed() - now.getRed()) + Math.abs(was.getGreen() - now.getGreen())
                    + Math.abs(was.getBlue() - now.getBlue()) > 0.3) {
                changed++;
                if (contrast(now, bar) >= 3) {
                    standOut++;
                }
            }
        }
        assertThat(changed).as("%s: px of the outline across the hold's top edge", screen).isGreaterThanOrEqualTo(6);
        assertThat(standOut).as("%s: px of it in 3:1 contrast with the hold", screen).isGreaterThanOrEqualTo(5);
        assertThat(fx.onFx(() -> pixelsOf(after, Palette.BLUE))).as("%s: the other holds step back", screen)
                .isLessThan(blueBefore / 2);
    }

    static Stream<ClassroomScreen> projectors() {
        return ClassroomScreen.inBothLanguages(ClassroomScreen.PROJECTOR_1280X720).stream();
    }

    /** The pool page's lanes on {@code screen}, after the book's run of 25 workers, drawn. */
    private LanesSkin poolLanesAtTheEnd(ClassroomScreen screen) throws IOException {
        open(screen);
        fx.robot.interact(() -> {
            fx.shell.selectPage(1);
            fx.shell.toggleLanes();
        });
        fx.robot.interact(fx.pool::start);
        fx.runToEnd(fx.pool.clock());
        LanesSkin skin = fx.onFx(() -> (LanesSkin) ((LanesView) fx.stage.getScene().lookup(".lanes-view")).getSkin());
        fx.robot.interact(() -> skin.refresh(true));
        return skin;
    }

    /** The WCAG contrast ratio of two colours, 1 (same) to 21 (black on white). */
    private static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    /** How many pixels of {@code img} are of colour {@code c}. */
    static int pixelsOf(WritableImage img, Color c) {
        int n = 0;
        for (int y = 0; y < (int) img.getHeight(); y++) {
            for (int x = 0; x < (int) img.getWidth(); x++) {
                Color p = img.getPixelReader().getColor(x, y);
                if (Math.abs(p.getRed() - c.getRed()) < 0.02 && Math.abs(p.getGreen() - c.getGreen()) < 0.02
                        && Math.abs(p.getBlue() - c.getBlue()) < 0.02) {
                    n++;
                }
            }
        }
        return n;
    }

    /** How tall digits are drawn in {@code family} at {@code size} px. FX thread. */
    static double digitsHeight(String family, double size) {
        Text t = new Text("0123456789");
        t.setFont(Font.font(family, size));
        t.setBoundsType(TextBoundsType.VISUAL);
        return t.getLayoutBounds().getHeight();
    }
}
