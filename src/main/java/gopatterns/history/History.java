package gopatterns.history;

import gopatterns.event.GoEvent;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.RandomAccess;

/**
 * The events of one run, in order: the model every view's state is folded from. Append-only and indexed, so a
 * view can fold the first {@code k} events for any {@code k} (a timeline's playhead) without a copy.
 *
 * <p>Events are kept in chunks of {@value #CHUNK} references: appending never copies what is there, and the
 * history costs one reference per event beyond the events themselves. At most {@link #limit()} events are
 * kept; later ones are counted in {@link #dropped()} and not kept, so that the history is always a prefix of
 * the run (a fold of it is a true state of the run).
 *
 * <p>Not thread-safe: one thread (the FX thread in the app) appends and reads.
 */
public final class History<E extends GoEvent> extends AbstractList<E> implements RandomAccess {

    static final int CHUNK_BITS = 12;
    static final int CHUNK = 1 << CHUNK_BITS;

    private final int limit;
    private Object[][] chunks = new Object[4][];
    private int size;
    private long dropped;

    /**
     * @param limit most events kept, at least 1
     * @throws IllegalArgumentException if {@code limit < 1}
     */
    public History(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        this.limit = limit;
    }

    /**
     * Appends {@code event}, the run's next one.
     *
     * @return false if the history is full and the event was only counted
     */
    public boolean append(E event) {
        if (size >= limit) {
            dropped++;
            return false;
        }
        int chunk = size >>> CHUNK_BITS;
        if (chunk == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[chunk] == null) {
            chunks[chunk] = new Object[CHUNK];
        }
        chunks[chunk][size & (CHUNK - 1)] = event;
        size++;
        return true;
    }

    /** The event at {@code index}, 0-based. @throws IndexOutOfBoundsException outside 0..size()-1 */
    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " of " + size);
        }
        return (E) chunks[index >>> CHUNK_BITS][index & (CHUNK - 1)];
    }

    @Override
    public int size() {
        return size;
    }

    /** Most events kept. */
    public int limit() {
        return limit;
    }

    /** Events of the run that came after the history was full, and were not kept. */
    public long dropped() {
        return dropped;
    }

    /** Forgets every event (a new run). */
    @Override
    public void clear() {
        chunks = new Object[4][];
        size = 0;
        dropped = 0;
        modCount++;
    }
}
