package gopatterns.history.lanes;

import java.util.Arrays;

/**
 * Counts of {@code k} kinds over time as a step function: a sample at each instant a count changed, holding
 * until the next. Appending at the last sample's instant replaces it, so one instant has one sample. Costs
 * {@code 8 + 4k} bytes a sample.
 */
public final class CountSeries {

    private final int kinds;
    private long[] times = new long[64];
    private int[] counts;
    private final int[] max;
    private int size;

    /** @throws IllegalArgumentException if {@code kinds < 1} */
    public CountSeries(int kinds) {
        if (kinds < 1) {
            throw new IllegalArgumentException("kinds must be at least 1: " + kinds);
        }
        this.kinds = kinds;
        this.counts = new int[64 * kinds];
        this.max = new int[kinds];
    }

    /** The largest count of {@code kind} so far (0 before any sample). */
    public int max(int kind) {
        return max[kind];
    }

    public int kinds() {
        return kinds;
    }

    /** Samples so far. */
    public int size() {
        return size;
    }

    /** The instant of sample {@code i}, 0-based. */
    public long time(int i) {
        return times[i];
    }

    /** Count of {@code kind} from sample {@code i} on. */
    public int count(int i, int kind) {
        return counts[i * kinds + kind];
    }

    /** Records {@code values} (one per kind) from instant {@code t} on; {@code t} never goes back. */
    void record(long t, int[] values) {
        for (int k = 0; k < kinds; k++) {
            max[k] = Math.max(max[k], values[k]);
        }
        if (size > 0 && times[size - 1] == t) {
            System.arraycopy(values, 0, counts, (size - 1) * kinds, kinds);
            return;
        }
        if (size > 0 && Arrays.equals(counts, (size - 1) * kinds, size * kinds, values, 0, kinds)) {
            return; // nothing changed: no sample
        }
        if (size == times.length) {
            times = Arrays.copyOf(times, size * 2);
            counts = Arrays.copyOf(counts, size * 2 * kinds);
        }
        times[size] = t;
        System.arraycopy(values, 0, counts, size * kinds, kinds);
        size++;
    }

    /**
     * The sample in force at {@code t}: the last one at or before it, or -1 before the first. O(log size).
     */
    public int indexAt(long t) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[mid] <= t) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** Count of {@code kind} at {@code t}; 0 before the first sample. */
    public int countAt(long t, int kind) {
        int i = indexAt(t);
        return i < 0 ? 0 : count(i, kind);
    }
}
