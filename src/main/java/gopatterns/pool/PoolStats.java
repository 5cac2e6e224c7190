package gopatterns.pool;

/**
 * A consistent snapshot of a pool's accounting, taken under the pool's lock. At every snapshot
 * {@code created == closed() + idle + inUse}.
 */
public record PoolStats(
        long created,
        long reused,
        long closedAtRelease,
        long closedAtShutdown,
        long closedAfterShutdown,
        int idle,
        int inUse,
        int peakInUse,
        long waits,
        int waiting,
        long factoryFailures,
        long closeFailures,
        long refusedAcquires,
        long timedOutAcquires,
        boolean closed) {

    /** Every resource closed so far, whatever the reason. */
    public long closedTotal() {
        return closedAtRelease + closedAtShutdown + closedAfterShutdown;
    }

    /** Share of successful acquires that reused an idle resource. */
    public double reuseRatio() {
        long acquires = created + reused;
        return acquires == 0 ? 0 : (double) reused / acquires;
    }

    /** The conservation law: every resource ever created is closed, idle or in use. */
    public boolean balanced() {
        return created == closedTotal() + idle + inUse;
    }
}
