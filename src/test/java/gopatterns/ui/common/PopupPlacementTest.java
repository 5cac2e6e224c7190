package gopatterns.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.BoundingBox;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.controlsfx.control.PopOver.ArrowLocation;
import org.junit.jupiter.api.Test;

/** Popover placement on made-up screens: toward the free space, and never past a screen's edge. */
class PopupPlacementTest {

    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1024, 768);
    /** A second screen to the right of the first, with a task bar on top. */
    private static final Rectangle2D RIGHT_SCREEN = new Rectangle2D(1024, 30, 1280, 690);

    @Test
    void anOwnerInTheBottomRightCornerOpensUpAndLeft() {
        assertThat(PopupPlacement.arrowFor(new BoundingBox(940, 740, 80, 24), SCREEN))
                .isEqualTo(ArrowLocation.BOTTOM_RIGHT);
    }

    @Test
    void anOwnerInTheTopLeftCornerOpensDownAndRight() {
        assertThat(PopupPlacement.arrowFor(new BoundingBox(10, 40, 80, 24), SCREEN))
                .isEqualTo(ArrowLocation.TOP_LEFT);
        assertThat(PopupPlacement.arrowFor(new BoundingBox(1034, 40, 80, 24), RIGHT_SCREEN))
                .isEqualTo(ArrowLocation.TOP_LEFT);
    }

    @Test
    void aBoxPastTheBottomAndRightEdgesIsMovedBackInside() {
        Point2D p = PopupPlacement.inside(new Rectangle2D(900, 700, 300, 400), SCREEN);
        assertThat(new Rectangle2D(p.getX(), p.getY(), 300, 400)).satisfies(r -> assertThat(SCREEN.contains(r)).isTrue());
        assertThat(p).isEqualTo(new Point2D(724, 368));
    }

    @Test
    void aBoxAboveOrLeftOfAScreenThatDoesNotStartAtZeroIsMovedBackInside() {
        Point2D p = PopupPlacement.inside(new Rectangle2D(1000, 0, 300, 200), RIGHT_SCREEN);
        assertThat(p).isEqualTo(new Point2D(1024, 30));
    }

    @Test
    void aBoxAlreadyInsideStaysWhereItIs() {
        assertThat(PopupPlacement.inside(new Rectangle2D(100, 100, 300, 200), SCREEN)).isEqualTo(new Point2D(100, 100));
    }

    @Test
    void aBoxLargerThanTheScreenKeepsItsTopLeftCornerOnScreen() {
        assertThat(PopupPlacement.inside(new Rectangle2D(-50, 500, 2000, 1000), SCREEN)).isEqualTo(new Point2D(0, 0));
    }
}
