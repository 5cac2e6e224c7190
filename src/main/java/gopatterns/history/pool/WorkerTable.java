package gopatterns.history.pool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The demo's workers as the events tell them, in compact arrays (10,000 workers cost a few hundred
 * kilobytes): each one's state, the connection it holds, when it arrived and when its query runs, and how
 * many are in each state. Times are the events' virtual nanoseconds. One thread at a time.
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

    /** Every worker's row, in worker order: for comparing two states. */
    List<PoolFold.Worker> rows() {
        List<PoolFold.Worker> out = new ArrayList<>(state.length);
        for (int q = 0; q < state.length; q++) {
            out.add(new PoolFold.Worker(state(q), connection[q], arrivedAt[q], queryStart[q], queryEnd[q]));
        }
        return out;
    }
}
