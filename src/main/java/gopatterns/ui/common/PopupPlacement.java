package gopatterns.ui.common;

import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Screen;
import org.controlsfx.control.PopOver;

/**
 * Where a popover opens: toward the larger free space around the control that opened it, and always inside the
 * visual bounds of the screen (a popover of a button in the status bar must not open below the screen).
 */
public final class PopupPlacement {

    private PopupPlacement() {
    }

    /**
     * The arrow location that opens a popover on the side of {@code owner} with more room: above an owner in
     * the lower half of {@code screen}, extending to the left of an owner in its right half.
     *
     * @param owner  the owner's bounds in screen coordinates (px)
     * @param screen the visual bounds of the owner's screen (px)
     */
    public static PopOver.ArrowLocation arrowFor(Bounds owner, Rectangle2D screen) {
        boolean above = owner.getMinY() - screen.getMinY() > screen.getMaxY() - owner.getMaxY();
        boolean leftward = owner.getCenterX() > screen.getMinX() + screen.getWidth() / 2;
        // The arrow sits on the edge facing the owner: at the bottom when the popover is above it.
        if (above) {
            return leftward ? PopOver.ArrowLocation.BOTTOM_RIGHT : PopOver.ArrowLocation.BOTTOM_LEFT;
        }
        return leftward ? PopOver.ArrowLocation.TOP_RIGHT : PopOver.ArrowLocation.TOP_LEFT;
    }

    /**
     * The top-left corner that brings {@code box} inside {@code screen} with the least move; a box larger
     * than the screen keeps its top-left corner on the screen's.
     */
    public static Point2D inside(Rectangle2D box, Rectangle2D screen) {
        double x = Math.max(screen.getMinX(), Math.min(box.getMinX(), screen.getMaxX() - box.getWidth()));
        double y = Math.max(screen.getMinY(), Math.min(box.getMinY(), screen.getMaxY() - box.getHeight()));
        return new Point2D(x, y);
    }

    /** The visual bounds of the screen that holds most of {@code b} (screen coordinates); the primary one if none. */
    public static Rectangle2D screenOf(Bounds b) {
        var screens = Screen.getScreensForRectangle(b.getMinX(), b.getMinY(), Math.max(1, b.getWidth()),
                Math.max(1, b.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.getFirst()).getVisualBounds();
    }

    /**
     * Shows {@code popOver} by {@code owner}, opening toward the free space, and brings it inside the screen
     * once it has its size (a popover measures its content only after it is shown). FX thread.
     */
    public static void show(PopOver popOver, Node owner) {
        Bounds b = owner.localToScreen(owner.getBoundsInLocal());
        Rectangle2D screen = screenOf(b);
        popOver.setArrowLocation(arrowFor(b, screen));
        popOver.show(owner);
        keepInside(popOver, screen);
        // Once, after the first layout: a listener on the size would fight the popover's own placement.
        Platform.runLater(() -> keepInside(popOver, screen));
    }

    private static void keepInside(PopOver popOver, Rectangle2D screen) {
        Point2D p = inside(new Rectangle2D(popOver.getX(), popOver.getY(), popOver.getWidth(), popOver.getHeight()),
                screen);
        if (p.getX() != popOver.getX() || p.getY() != popOver.getY()) {
            popOver.setX(p.getX());
            popOver.setY(p.getY());
        }
    }
}
