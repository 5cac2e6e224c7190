package gopatterns.history.lanes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One goroutine over time: consecutive segments in a state and marks at instants. Grows by appending only;
 * times are ns after the run's start and never go back.
 */
public final class Lane {

    private final LaneRole role;
    private final int index;
    private final List<Segment> segments = new ArrayList<>(4);
    private final List<Mark> marks = new ArrayList<>(4);

    Lane(LaneRole role, int index) {
        this.role = role;
        this.index = index;
    }

    public LaneRole role() {
        return role;
    }

    /** The worker's number for a {@link LaneRole#WORKER} lane, else -1. */
    public int index() {
        return index;
    }

    /** The segments in time order, read-only. */
    public List<Segment> segments() {
        return Collections.unmodifiableList(segments);
    }

    /** The marks in time order, read-only. */
    public List<Mark> marks() {
        return Collections.unmodifiableList(marks);
    }

    /** The state now (after the last event folded), or null if the goroutine is not in any (ended). */
    public LaneState state() {
        Segment last = open();
        return last == null ? null : last.state();
    }

    /** The open segment, or null. */
    public Segment open() {
        Segment last = segments.isEmpty() ? null : segments.getLast();
        return last != null && last.isOpen() ? last : null;
    }

    /**
     * The segment that covers instant {@code t} (ns after the run's start), or null if the goroutine was in
     * none then (not there yet, or ended). An open segment covers every later instant. O(log segments).
     */
    public Segment at(long t) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Segment s = segments.get(mid);
            if (t < s.from()) {
                hi = mid - 1;
            } else if (t >= s.to()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** The state at {@code t}, or null; see {@link #at(long)}. */
    public LaneState stateAt(long t) {
        Segment s = at(t);
        return s == null ? null : s.state();
    }

    /** Ends the open segment at {@code t} and opens one in {@code state}. */
    void enter(long t, LaneState state, long detail) {
        end(t);
        segments.add(new Segment(t, Segment.OPEN, state, detail));
    }

    /** Ends the open segment, if any, at {@code t}; an empty one is dropped. */
    void end(long t) {
        Segment open = open();
        if (open != null) {
            if (t <= open.from()) {
                segments.removeLast();
            } else {
                segments.set(segments.size() - 1, new Segment(open.from(), t, open.state(), open.detail()));
            }
        }
    }

    void mark(long t, MarkKind kind, long detail) {
        marks.add(new Mark(t, kind, detail));
    }

    @Override
    public String toString() {
        return role + (index >= 0 ? " " + index : "") + " " + segments + " " + marks;
    }
}
