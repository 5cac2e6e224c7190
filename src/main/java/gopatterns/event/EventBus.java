package gopatterns.event;

import gopatterns.clock.VirtualClock;
import java.util.Arrays;
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
    private final ReentrantLock lock = new ReentrantLock();
    /** Copy on write: replaced, never changed, and only under the lock. */
    private volatile Consumer<? super E>[] listeners = none();
    private long seq;

    @SuppressWarnings("unchecked")
    private static <E> Consumer<? super E>[] none() {
        return new Consumer[0];
    }

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
     *
     * <p>A listener runs on the publishing thread, under the bus's lock (which a pool also uses as its own):
     * it must be quick and must never wait for another thread or take a lock of some other publisher, or two
     * publishers can deadlock. Hand the event on (as the UI's frame bridge does) instead.
     */
    public Subscription subscribe(Consumer<? super E> listener) {
        lock.lock();
        try {
            Consumer<? super E>[] now = listeners;
            Consumer<? super E>[] more = Arrays.copyOf(now, now.length + 1);
            more[now.length] = listener;
            listeners = more;
        } finally {
            lock.unlock();
        }
        return () -> unsubscribe(listener);
    }

    private void unsubscribe(Consumer<? super E> listener) {
        lock.lock();
        try {
            Consumer<? super E>[] now = listeners;
            for (int i = 0; i < now.length; i++) {
                if (now[i] == listener) {
                    Consumer<? super E>[] fewer = Arrays.copyOf(now, now.length - 1);
                    System.arraycopy(now, i + 1, fewer, i, now.length - i - 1);
                    listeners = fewer;
                    return;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    public boolean observed() {
        return listeners.length > 0;
    }

    public void publish(Maker<? extends E> maker) {
        Consumer<? super E>[] now = listeners;
        if (now.length == 0) {
            return;
        }
        if (lock.isHeldByCurrentThread()) {
            // Held since before the read above, so no subscription can have changed in between.
            deliverLocked(now, maker);
            return;
        }
        lock.lock();
        try {
            // Read again under the lock: a listener whose subscription was closed meanwhile gets nothing.
            deliverLocked(listeners, maker);
        } finally {
            lock.unlock();
        }
    }

    private void deliverLocked(Consumer<? super E>[] to, Maker<? extends E> maker) {
        if (to.length == 0) {
            return;
        }
        E event = maker.make(++seq, clock.nanos());
        // One listener is the usual case; without the loop the compiler keeps the path short.
        if (to.length == 1) {
            deliver(to[0], event);
            return;
        }
        for (Consumer<? super E> l : to) {
            deliver(l, event);
        }
    }

    private static <E> void deliver(Consumer<? super E> listener, E event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            // A broken observer must not break the run it observes.
            Thread t = Thread.currentThread();
            t.getUncaughtExceptionHandler().uncaughtException(t, e);
        }
    }
}
