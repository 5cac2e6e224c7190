package gopatterns.history.lanes;

import gopatterns.event.GoEvent;
import gopatterns.pool.PoolEvent;
import gopatterns.runner.RunnerEvent;
import java.util.Collections;
import java.util.List;

/**
 * The goroutine lanes of one run, folded from its events one by one: a pure function of the events, so the
 * lanes after {@code k} events equal a fresh fold of the first {@code k}. Times are ns after the run's first
 * event. Not thread-safe.
 */
public abstract sealed class LaneFold permits RunnerLanes, PoolLanes {

    private long origin;
    private long latest;
    private int applied;

    /**
     * A fold for the kind of run {@code first} belongs to.
     *
     * @throws IllegalArgumentException for an event of neither a runner nor a pool
     */
    public static LaneFold forRunOf(GoEvent first) {
        return switch (first) {
            case RunnerEvent r -> new RunnerLanes();
            case PoolEvent p -> new PoolLanes();
            default -> throw new IllegalArgumentException("no lanes for " + first.type());
        };
    }

    /**
     * Folds the run's next event.
     *
     * @throws IllegalArgumentException if the event is of another kind of run than this fold's
     */
    public final void apply(GoEvent event) {
        if (applied == 0) {
            origin = event.at();
        }
        long t = Math.max(latest, event.at() - origin);
        latest = t;
        applied++;
        fold(event, t);
    }

    /** Folds {@code event}, which happened {@code t} ns after the run's start. */
    protected abstract void fold(GoEvent event, long t);

    /** How many events were folded. */
    public final int applied() {
        return applied;
    }

    /** Time of the last event folded, ns after the run's start (0 before any). */
    public final long latest() {
        return latest;
    }

    /** Virtual time of the run's first event, in the clock's ns: the lanes' time 0. */
    public final long origin() {
        return origin;
    }

    /** Every lane in drawing order, read-only. */
    public abstract List<Lane> lanes();

    /** The lanes' states at {@code t} (ns after the run's start), in the order of {@link #lanes()}. */
    public final List<LaneState> statesAt(long t) {
        return lanes().stream().map(l -> l.stateAt(t)).toList();
    }

    static List<Lane> readOnly(List<Lane> lanes) {
        return Collections.unmodifiableList(lanes);
    }
}
