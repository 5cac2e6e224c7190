package gopatterns.ui.shell;

import java.util.Comparator;
import java.util.List;

/**
 * Where the main window goes, as plain geometry: the screens' visual bounds (without task bars and menus) in,
 * the window's bounds out, always inside one screen. Pure, so it can be tested on made-up screens.
 */
final class WindowPlacement {

    /** A rectangle in screen coordinates (pixels; x and y may be negative on a screen left of or above the primary). */
    record Rect(double x, double y, double width, double height) {

        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        /** The area this rectangle shares with {@code other}; 0 when they do not meet. */
        double overlap(Rect other) {
            double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
            double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
            return w > 0 && h > 0 ? w * h : 0;
        }

        boolean hasSize() {
            return Double.isFinite(width) && Double.isFinite(height) && width > 0 && height > 0;
        }

        boolean hasPosition() {
            return Double.isFinite(x) && Double.isFinite(y);
        }
    }

    /**
     * @param bounds    the window's bounds, inside {@code bounds}'s screen
     * @param maximized true when the screen is smaller than the size asked for: the window fills it
     */
    record Placement(Rect bounds, boolean maximized) {}

    private WindowPlacement() {
    }

    /**
     * A first start: the default size centred on the primary screen, or the whole screen (maximised) when the
     * screen is smaller than the default in either direction.
     */
    static Placement firstStart(Rect primary, double width, double height) {
        if (primary.width() < width || primary.height() < height) {
            return new Placement(primary, true);
        }
        return new Placement(centred(primary, width, height), false);
    }

    /**
     * The window as it was last time, brought inside a screen: the screen it overlaps most keeps it (moved in
     * and shrunk to fit if it stood out); a window on no screen any more (a monitor unplugged) is centred on
     * the primary screen. Missing or broken values ({@code NaN}, zero or negative sizes) mean a first start.
     *
     * @param saved   the saved bounds; any component may be {@code NaN} when it was not saved
     * @param screens the visual bounds of every screen; the primary is used when empty
     */
    static Placement restore(Rect saved, List<Rect> screens, Rect primary, double defaultWidth, double defaultHeight) {
        if (!saved.hasSize()) {
            return firstStart(primary, defaultWidth, defaultHeight);
        }
        Rect screen = saved.hasPosition()
                ? screens.stream().filter(s -> s.overlap(saved) > 0).max(Comparator.comparingDouble(s -> s.overlap(saved)))
                        .orElse(null)
                : null;
        double width = Math.min(saved.width(), (screen == null ? primary : screen).width());
        double height = Math.min(saved.height(), (screen == null ? primary : screen).height());
        if (screen == null) {
            return new Placement(centred(primary, width, height), false);
        }
        double x = clamp(saved.x(), screen.x(), screen.maxX() - width);
        double y = clamp(saved.y(), screen.y(), screen.maxY() - height);
        return new Placement(new Rect(x, y, width, height), false);
    }

    private static Rect centred(Rect screen, double width, double height) {
        return new Rect(screen.x() + (screen.width() - width) / 2, screen.y() + (screen.height() - height) / 2,
                width, height);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }
}
