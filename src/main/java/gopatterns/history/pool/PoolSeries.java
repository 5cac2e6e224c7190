package gopatterns.history.pool;

import java.util.ArrayList;
import java.util.List;

/**
 * In use, idle and created over virtual time, for the live chart. Bounded: when the buffer is full every
 * other sample is dropped and the spacing between samples doubles, so a run of any length fits and the
 * whole run stays visible. Each sample is a real state of the pool (taken after an event), never a mix.
 */
public final class PoolSeries {

    public static final int CAPACITY = 600;
    /** Virtual spacing of samples at the start of a run. */
    public static final long INITIAL_SPACING_NANOS = 10_000_000L;

    private final long[] at = new long[CAPACITY];
    private final int[] inUse = new int[CAPACITY];
    private final int[] idle = new int[CAPACITY];
    private final long[] created = new long[CAPACITY];
    private int size;
    private long spacing = INITIAL_SPACING_NANOS;
    private long version;

    /**
     * Records the state at virtual time {@code t} (since the run started). Within one spacing of the last
     * sample the last sample is replaced, so the chart always ends at the newest state.
     */
    public void record(long t, int inUseNow, int idleNow, long createdNow) {
        // The last sample floats with the newest state until it is a spacing past the one before it.
        if (size >= 2 && t - at[size - 2] < spacing || size >= 1 && at[size - 1] == t) {
            set(size - 1, t, inUseNow, idleNow, createdNow);
        } else {
            if (size == CAPACITY) {
                halve();
            }
            set(size++, t, inUseNow, idleNow, createdNow);
        }
        version++;
    }

    private void set(int i, long t, int u, int d, long c) {
        at[i] = t;
        inUse[i] = u;
        idle[i] = d;
        created[i] = c;
    }

    private void halve() {
        int kept = 0;
        for (int i = 0; i < size; i += 2) {
            set(kept++, at[i], inUse[i], idle[i], created[i]);
        }
        // The newest sample always stays: the chart must end where the pool is now.
        if (kept > 0 && at[kept - 1] != at[size - 1]) {
            set(kept - 1, at[size - 1], inUse[size - 1], idle[size - 1], created[size - 1]);
        }
        size = kept;
        spacing *= 2;
    }

    public void clear() {
        size = 0;
        spacing = INITIAL_SPACING_NANOS;
        version++;
    }

    public int size() {
        return size;
    }

    /** Changes with every record or clear: a chart redraws only when it moved. */
    public long version() {
        return version;
    }

    public long at(int i) {
        return at[check(i)];
    }

    public int inUse(int i) {
        return inUse[check(i)];
    }

    public int idle(int i) {
        return idle[check(i)];
    }

    public long created(int i) {
        return created[check(i)];
    }

    /** The largest value of any of the three lines, for the chart's scale. */
    public long maxValue() {
        long m = 0;
        for (int i = 0; i < size; i++) {
            m = Math.max(m, Math.max(created[i], inUse[i] + (long) idle[i]));
        }
        return m;
    }

    /** Current spacing of samples, ns: doubles each time the buffer fills. */
    public long spacing() {
        return spacing;
    }

    /** One sample: in use, idle and created at virtual time {@code at} (ns since the run started). */
    public record Sample(long at, int inUse, int idle, long created) {}

    /** Every sample, oldest first: a copy, for comparing two states. */
    public List<Sample> samples() {
        List<Sample> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(new Sample(at[i], inUse[i], idle[i], created[i]));
        }
        return out;
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        return i;
    }
}
