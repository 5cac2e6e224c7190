package gopatterns.event;

import gopatterns.clock.VirtualClock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Numbers, stamps and hands events to listeners. Numbering and delivery happen under one {@linkplain #lock()
 * lock}, so every listener sees the events in sequence order, whatever thread published them, one at a time.
 * With no listener nothing is built at all: the core costs nothing to run unobserved.
 */
public final class EventBus<E extends GoEvent> {

    /** Builds an event once its number and time are known. */
    @FunctionalInterface
    public interface Maker<E> {
        E make(long seq, long at);
    }

    private final VirtualClock clock;
    private final List<Consumer<? super E>> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lock = new ReentrantLock();
    private long seq;

    public EventBus(VirtualClock clock) {
        this.clock = clock;
    }

    public VirtualClock clock() {
        return clock;
    }

    /**
     * The lock under which events are numbered and delivered. A publisher may make it its own lock, so that
     * its state changes and its events form one step: the events are then numbered in the order of the
     * changes, and publishing while holding it takes no second lock.
     */
    public ReentrantLock lock() {
        return lock;
    }

    /** A listener's registration; closing it removes the listener. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Adds a listener. Once the returned subscription is closed, the listener gets nothing more: closing
     * waits for a delivery in progress.
     */
    public Subscription subscribe(Consumer<? super E> listener) {
        listeners.add(listener);
        return () -> {
            lock.lock();
            try {
                listeners.remove(listener);
            } finally {
                lock.unlock();
            }
        };
    }

    public boolean observed() {
        return !listeners.isEmpty();
    }

    public void publish(Maker<? extends E> maker) {
        if (listeners.isEmpty()) {
            return;
        }
        if (lock.isHeldByCurrentThread()) {
            deliverLocked(maker);
            return;
        }
        lock.lock();
        try {
            deliverLocked(maker);
        } finally {
            lock.unlock();
        }
    }

    private void deliverLocked(Maker<? extends E> maker) {
        E event = maker.make(++seq, clock.nanos());
        for (Consumer<? super E> l : listeners) {
            try {
                l.accept(event);
            } catch (RuntimeException e) {
                // A broken observer must not break the run it observes.
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }
}
