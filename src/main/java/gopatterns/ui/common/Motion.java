package gopatterns.ui.common;

import javafx.util.Duration;

/**
 * How long a view's movements take on screen: a stretch of virtual time shown at the clock's speed, kept
 * between bounds so that motion stays visible at 10x and does not drag at 0.1x.
 */
public final class Motion {

    public static final Duration SHORTEST = Duration.millis(80);
    public static final Duration LONGEST = Duration.millis(900);

    private Motion() {
    }

    /** Wall-clock duration of a movement that stands for {@code virtualSeconds} at {@code speed}. */
    public static Duration of(double virtualSeconds, double speed) {
        double millis = virtualSeconds * 1000 / Math.max(speed, 1e-3);
        return Duration.millis(Math.max(SHORTEST.toMillis(), Math.min(LONGEST.toMillis(), millis)));
    }
}
