package gopatterns.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.ui.shell.WindowPlacement.Placement;
import gopatterns.ui.shell.WindowPlacement.Rect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The window always lands inside a screen's visual bounds, whatever was saved and whatever screens there are. */
class WindowPlacementTest {

    private static final double NAN = Double.NaN;
    /** A 1920x1080 screen with a 40 px panel at the top. */
    private static final Rect BIG = new Rect(0, 40, 1920, 1040);
    /** A 1024x768 screen with a 28 px panel: visual bounds about 1024x740. */
    private static final Rect SMALL = new Rect(0, 28, 1024, 740);
    /** A second screen left of the primary, so its coordinates are negative. */
    private static final Rect LEFT = new Rect(-1280, 0, 1280, 1024);

    private static Placement restore(Rect saved, Rect... screens) {
        return WindowPlacement.restore(saved, List.of(screens), screens[0], Shell.DEFAULT_WIDTH, Shell.DEFAULT_HEIGHT);
    }

    private static void assertInside(Placement p, Rect screen) {
        Rect b = p.bounds();
        assertThat(b.x()).isGreaterThanOrEqualTo(screen.x());
        assertThat(b.y()).isGreaterThanOrEqualTo(screen.y());
        assertThat(b.maxX()).isLessThanOrEqualTo(screen.maxX());
        assertThat(b.maxY()).isLessThanOrEqualTo(screen.maxY());
    }

    @Test
    void aFirstStartOnABigScreenCentresTheDefaultSize() {
        Placement p = restore(new Rect(NAN, NAN, NAN, NAN), BIG);
        assertThat(p.maximized()).isFalse();
        assertThat(p.bounds()).isEqualTo(new Rect(320, 160, 1280, 800));
    }

    @Test
    void aFirstStartOnA1024x768ScreenFillsItInsteadOfStandingOutAtANegativePlace() {
        Placement p = restore(new Rect(NAN, NAN, NAN, NAN), SMALL);
        assertThat(p.maximized()).isTrue();
        assertThat(p.bounds()).isEqualTo(SMALL);
        assertThat(Shell.MIN_WIDTH).isLessThanOrEqualTo(SMALL.width());
        assertThat(Shell.MIN_HEIGHT).isLessThanOrEqualTo(SMALL.height());
    }

    @Test
    void aWindowThatFitsStaysWhereItWas() {
        Rect saved = new Rect(100, 200, 1100, 700);
        assertThat(restore(saved, BIG).bounds()).isEqualTo(saved);
        Rect onTheLeft = new Rect(-1200, 50, 1000, 700);
        assertThat(restore(onTheLeft, BIG, LEFT).bounds()).isEqualTo(onTheLeft);
    }

    @Test
    void negativeCoordinatesOnOneScreenAreBroughtInside() {
        Placement p = restore(new Rect(-300, -50, 1100, 700), BIG);
        assertThat(p.bounds()).isEqualTo(new Rect(0, 40, 1100, 700));
    }

    @Test
    void aWindowLargerThanTheScreenIsShrunkToIt() {
        Placement p = restore(new Rect(10, 10, 2560, 1440), SMALL);
        assertThat(p.bounds()).isEqualTo(SMALL);
        assertInside(p, SMALL);
    }

    @Test
    void aWindowHangingOffAnEdgeIsMovedBackOntoTheScreenItMostlyCovers() {
        Placement p = restore(new Rect(-700, 100, 1000, 700), BIG, LEFT);
        // Most of it (700 of 1000 px) was on the left screen: it stays there, pulled in from the edge.
        assertThat(p.bounds()).isEqualTo(new Rect(-1000, 100, 1000, 700));
        assertInside(p, LEFT);
        Placement right = restore(new Rect(1500, 900, 1000, 700), BIG, LEFT);
        assertThat(right.bounds()).isEqualTo(new Rect(920, 380, 1000, 700));
    }

    @Test
    void coordinatesOnAScreenThatIsGoneAreCentredOnThePrimary() {
        // Saved on the left screen, which is unplugged now.
        Placement p = restore(new Rect(-1200, 50, 1000, 700), BIG);
        assertThat(p.bounds()).isEqualTo(new Rect(460, 210, 1000, 700));
        Placement far = restore(new Rect(50_000, -9_000, 3000, 2000), SMALL);
        assertThat(far.bounds()).isEqualTo(SMALL);
        assertInside(far, SMALL);
    }

    @Test
    void brokenSizesMeanAFirstStart() {
        assertThat(restore(new Rect(10, 10, 0, 700), BIG).bounds()).isEqualTo(new Rect(320, 160, 1280, 800));
        assertThat(restore(new Rect(10, 10, -5, Double.POSITIVE_INFINITY), SMALL).maximized()).isTrue();
        assertThat(restore(new Rect(NAN, 10, 1000, 700), BIG).bounds()).isEqualTo(new Rect(460, 210, 1000, 700));
    }
}
