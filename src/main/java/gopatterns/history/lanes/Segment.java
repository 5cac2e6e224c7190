package gopatterns.history.lanes;

/**
 * A stretch of a lane in one state, from {@code from} up to {@code to} (ns after the run's start);
 * {@code to == OPEN} while it lasts. {@code detail}: the task number, connection id or deadline the state
 * names, -1 for none.
 */
public record Segment(long from, long to, LaneState state, long detail) {

    /** The end of a segment that has not ended. */
    public static final long OPEN = Long.MAX_VALUE;

    public boolean isOpen() {
        return to == OPEN;
    }

    /** Whether the segment covers instant {@code t}: from inclusive, to exclusive. */
    public boolean covers(long t) {
        return t >= from && t < to;
    }
}
