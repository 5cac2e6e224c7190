package gopatterns.ui.pool;

import java.util.Arrays;

/**
 * The demo's workers as the view knows them, in compact arrays (10,000 workers cost a few hundred
 * kilobytes): each one's state, the connection it holds, when it arrived and when its query runs, and how
 * many are in each state. Times are virtual nanoseconds since the run started. FX thread.
 */
final class WorkerTable {

    private byte[] state = new byte[0];
    private int[] connection = new int[0];
    private long[] arrivedAt = new long[0];
    private long[] queryStart = new long[0];
    private long[] queryEnd = new long[0];
    private final int[] counts = new int[WorkerState.values().length];

    /** Starts over with {@code n} workers, none arrived. */
    void reset(int n) {
        state = new byte[n];
        connection = new int[n];
        arrivedAt = new long[n];
        queryStart = new long[n];
        queryEnd = new long[n];
        Arrays.fill(counts, 0);
        counts[WorkerState.NOT_ARRIVED.ordinal()] = n;
    }

    int size() {
        return state.length;
    }

    void arrived(int q, long at) {
        arrivedAt[q] = at;
        set(q, WorkerState.ACQUIRING);
    }

    void querying(int q, long from, long until) {
        queryStart[q] = from;
        queryEnd[q] = until;
        set(q, WorkerState.QUERYING);
    }

    void set(int q, WorkerState s) {
        counts[state[q]]--;
        state[q] = s.code();
        counts[s.ordinal()]++;
    }

    void holds(int q, long connectionId) {
        connection[q] = (int) connectionId;
    }

    /**
     * Bounded mode: a worker still acquiring after virtual time moved past its arrival is blocked at the cap,
     * since nothing else in an acquire takes virtual time (the factory answers at once). True if any changed.
     */
    boolean markWaiting(long now) {
        if (counts[WorkerState.ACQUIRING.ordinal()] == 0) {
            return false;
        }
        boolean changed = false;
        for (int q = 0; q < state.length; q++) {
            if (state[q] == WorkerState.ACQUIRING.code() && arrivedAt[q] < now) {
                set(q, WorkerState.WAITING);
                changed = true;
            }
        }
        return changed;
    }

    WorkerState state(int q) {
        return WorkerState.of(state[q]);
    }

    byte code(int q) {
        return state[q];
    }

    int connection(int q) {
        return connection[q];
    }

    /** How far the worker's query has got by {@code now}, 0–1; 0 if it is not querying. */
    double progress(int q, long now) {
        if (state[q] != WorkerState.QUERYING.code()) {
            return 0;
        }
        long span = queryEnd[q] - queryStart[q];
        if (span <= 0) {
            return 1;
        }
        return Math.max(0, Math.min(1, (double) (now - queryStart[q]) / span));
    }

    int count(WorkerState s) {
        return counts[s.ordinal()];
    }
}
