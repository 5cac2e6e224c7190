package gopatterns.ui.lanes;

import gopatterns.history.lanes.Lane;
import gopatterns.history.lanes.LaneState;
import gopatterns.history.lanes.MarkKind;
import gopatterns.history.lanes.PoolLanes;
import gopatterns.ui.I18n;
import gopatterns.ui.common.Palette;
import javafx.scene.paint.Color;

/**
 * How the lanes look: a colour per state and per mark, from the app's palette with the meanings common.css
 * gives them (running blue, waiting yellow, timeout vermillion, interrupt orange, leak purple, created sky,
 * shared green), a shape per mark, and the words for lanes, states and marks.
 */
final class LaneLook {

    /** How a mark is drawn beside its tick: colour is never the only cue. */
    enum Shape { TICK, TRIANGLE, CIRCLE, CROSS, DIAMOND, SQUARE }

    private LaneLook() {
    }

    static Color colour(LaneState s) {
        return switch (s) {
            case RUNNING -> Palette.SKY;
            case SELECT -> Palette.YELLOW;
            case TASK, HOLDING -> Palette.BLUE;
            case LEAKED, BLOCKED -> Palette.PURPLE;
            case TIMER -> Palette.VERMILLION.deriveColor(0, 1, 1, 0.35);
            case PENDING -> Palette.ORANGE;
            case ACQUIRING -> Palette.ORANGE;
        };
    }

    /** Whether the state is drawn striped: blocked for ever is the leak that no longer even runs. */
    static boolean striped(LaneState s) {
        return s == LaneState.BLOCKED;
    }

    static Color colour(MarkKind k) {
        return switch (k) {
            case TIMEOUT_FIRED, RELEASED_CLOSING, RELEASED_AFTER_CLOSE -> Palette.VERMILLION;
            case INTERRUPT_SENT, INTERRUPT_SEEN, INTERRUPT_NEVER_SEEN -> Palette.ORANGE;
            case RETURNED, DONE, HANDED_OVER, BUFFERED -> Palette.GREEN;
            case LEAKED, FAILED, CANCELLED -> Palette.PURPLE;
            case ACQUIRED_NEW -> Palette.SKY;
            case ACQUIRED_SHARED -> Palette.GREEN;
            case RELEASED_IN_QUEUE -> Palette.BLUE;
            case ARRIVED -> Palette.GREY;
        };
    }

    static Shape shape(MarkKind k) {
        return switch (k) {
            case TIMEOUT_FIRED, INTERRUPT_SENT, LEAKED -> Shape.TRIANGLE;
            case INTERRUPT_SEEN, RETURNED, ACQUIRED_NEW -> Shape.CIRCLE;
            case INTERRUPT_NEVER_SEEN, FAILED, CANCELLED, RELEASED_CLOSING, RELEASED_AFTER_CLOSE -> Shape.CROSS;
            case ACQUIRED_SHARED, HANDED_OVER, BUFFERED -> Shape.DIAMOND;
            case RELEASED_IN_QUEUE, DONE -> Shape.SQUARE;
            case ARRIVED -> Shape.TICK;
        };
    }

    static Color colour(PoolLanes.Band b) {
        return switch (b) {
            case NOT_ARRIVED -> Palette.GREY.deriveColor(0, 1, 1, 0.5);
            case ACQUIRING -> colour(LaneState.ACQUIRING);
            case HOLDING -> colour(LaneState.HOLDING);
            case DONE -> Palette.GREEN;
            case FAILED -> Palette.PURPLE;
        };
    }

    /** The goroutine's name, as the lane's label says it. */
    static String name(Lane lane) {
        return switch (lane.role()) {
            case MAIN -> I18n.get("lanes.main");
            case BACKGROUND -> I18n.get("lanes.background");
            case TIMER -> I18n.get("lanes.timer");
            case SIGNAL -> I18n.get("lanes.signal");
            case WORKER -> I18n.get("lanes.worker", lane.index());
        };
    }

    static String name(LaneState s) {
        return I18n.get("lanes.state." + key(s.name()));
    }

    static String name(MarkKind k) {
        return I18n.get("lanes.mark." + key(k.name()));
    }

    static String name(PoolLanes.Band b) {
        return I18n.get("lanes.band." + key(b.name()));
    }

    /** {@code NOT_ARRIVED} as {@code notArrived}: the bundles' key style. */
    static String key(String constant) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : constant.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                out.append(up ? c : Character.toLowerCase(c));
                up = false;
            }
        }
        return out.toString();
    }
}
