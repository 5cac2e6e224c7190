package gopatterns.history.lanes;

import gopatterns.event.GoEvent;
import gopatterns.pool.PoolEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pool demo's workers as lanes, one per worker in worker order: arrival, acquiring, the hold of a
 * connection (new or shared, with its id, so that a connection can be followed from lane to lane), the
 * release (in queue, closing, after close), done or failed. Beside the lanes, two series: how many workers
 * are in each {@link Band} over time (the density bands drawn instead of lanes when there are too many to
 * tell apart) and how many idle connections wait in the slots.
 */
public final class PoolLanes extends LaneFold {

    /** What a worker is doing, for the density bands; counts over all bands equal the worker count. */
    public enum Band {
        /** Not arrived yet. */
        NOT_ARRIVED,
        ACQUIRING,
        HOLDING,
        DONE,
        FAILED
    }

    private static final Band[] BANDS = Band.values();

    private final List<Lane> lanes = new ArrayList<>();
    /** Lanes by worker number; null where the worker has not arrived. */
    private final List<Lane> byWorker = new ArrayList<>();
    /** Who holds each connection now, by connection id: a release names the connection, not the worker. */
    private final Map<Long, Lane> holders = new HashMap<>();
    private final CountSeries bands = new CountSeries(BANDS.length);
    private final CountSeries idle = new CountSeries(1);
    private final int[] counts = new int[BANDS.length];
    private final int[] idleCount = new int[1];
    private int workers;
    private int slots;

    PoolLanes() {
    }

    @Override
    public List<Lane> lanes() {
        return readOnly(lanes);
    }

    /** The lane of worker {@code n}, or null if it has not arrived yet (or there is no such worker). */
    public Lane worker(int n) {
        return n >= 0 && n < byWorker.size() ? byWorker.get(n) : null;
    }

    /** Workers of the demo, from its start (0 before). */
    public int workers() {
        return workers;
    }

    /** Idle slots of the pool (its size), from its creation (0 before). */
    public int slots() {
        return slots;
    }

    /** Workers per {@link Band} over time (kind = the band's ordinal). */
    public CountSeries bands() {
        return bands;
    }

    /** Idle connections in the slots over time (kind 0). */
    public CountSeries idle() {
        return idle;
    }

    /** Workers in {@code band} at {@code t} (ns after the run's start). */
    public int countAt(long t, Band band) {
        return band == Band.NOT_ARRIVED && bands.indexAt(t) < 0 ? workers : bands.countAt(t, band.ordinal());
    }

    /**
     * Which band a lane's worker is in at {@code t}, from its marks: arrived, acquired, done or failed. A
     * worker that has released its connection counts as holding until it is done, at the same instant in
     * the demo.
     */
    public static Band bandOf(Lane lane, long t) {
        Band band = Band.NOT_ARRIVED;
        if (lane != null) {
            for (Mark m : lane.marks()) {
                if (m.at() > t) {
                    break;
                }
                band = switch (m.kind()) {
                    case ARRIVED -> Band.ACQUIRING;
                    case ACQUIRED_NEW, ACQUIRED_SHARED -> Band.HOLDING;
                    case DONE -> Band.DONE;
                    case FAILED -> Band.FAILED;
                    default -> band;
                };
            }
        }
        return band;
    }

    @Override
    protected void fold(GoEvent event, long t) {
        if (!(event instanceof PoolEvent e)) {
            throw new IllegalArgumentException("not a pool event: " + event.type());
        }
        switch (e) {
            case PoolEvent.PoolCreated c -> slots = c.size();
            case PoolEvent.DemoStarted d -> {
                workers = d.workers();
                counts[Band.NOT_ARRIVED.ordinal()] = workers;
            }
            case PoolEvent.WorkerArrived a -> {
                Lane lane = new Lane(LaneRole.WORKER, a.worker());
                while (byWorker.size() <= a.worker()) {
                    byWorker.add(null);
                }
                byWorker.set(a.worker(), lane);
                lanes.add(lane);
                lane.mark(t, MarkKind.ARRIVED, -1);
                lane.enter(t, LaneState.ACQUIRING, -1);
                move(Band.NOT_ARRIVED, Band.ACQUIRING);
            }
            case PoolEvent.WorkerAcquired a -> {
                Lane lane = worker(a.worker());
                if (lane != null) {
                    lane.mark(t, a.shared() ? MarkKind.ACQUIRED_SHARED : MarkKind.ACQUIRED_NEW, a.resource());
                    lane.enter(t, LaneState.HOLDING, a.resource());
                    holders.put(a.resource(), lane);
                    move(Band.ACQUIRING, Band.HOLDING);
                }
            }
            case PoolEvent.ReleasedToSlot r -> {
                released(t, r.resource(), MarkKind.RELEASED_IN_QUEUE);
                idleCount[0] = r.idle();
            }
            case PoolEvent.ReleasedClosing r -> released(t, r.resource(), MarkKind.RELEASED_CLOSING);
            case PoolEvent.ReleasedAfterClose r -> released(t, r.resource(), MarkKind.RELEASED_AFTER_CLOSE);
            case PoolEvent.AcquireShared s -> idleCount[0] = Math.max(0, idleCount[0] - 1);
            case PoolEvent.PoolClosed c -> idleCount[0] = 0;
            case PoolEvent.WorkerDone d -> finished(t, d.worker(), MarkKind.DONE, Band.DONE);
            case PoolEvent.WorkerFailed f -> finished(t, f.worker(), MarkKind.FAILED, Band.FAILED);
            default -> { } // the pool's own bookkeeping: no worker changes state
        }
        bands.record(t, counts);
        idle.record(t, idleCount);
    }

    private void released(long t, long resource, MarkKind kind) {
        Lane lane = holders.remove(resource);
        if (lane != null) {
            lane.end(t);
            lane.mark(t, kind, resource);
        }
    }

    private void finished(long t, int worker, MarkKind kind, Band band) {
        Lane lane = worker(worker);
        if (lane == null) {
            return;
        }
        Band before = bandOf(lane, t);
        lane.end(t);
        lane.mark(t, kind, -1);
        move(before, band);
    }

    private void move(Band from, Band to) {
        counts[from.ordinal()]--;
        counts[to.ordinal()]++;
    }
}
