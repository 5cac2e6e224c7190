package gopatterns.ui.common;

/**
 * A node whose parts slide or fly to their places over wall-clock time (cards, connection tiles). A picture,
 * or a check of what the screen shows, asks it to put every moving part where it goes, at once.
 */
public interface Animated {

    /** Ends every movement under way: each part is at its place when this returns. FX thread. */
    void finishMotion();
}
