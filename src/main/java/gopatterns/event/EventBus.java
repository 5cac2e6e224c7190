package gopatterns.event;

import gopatterns.clock.VirtualClock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Numbers, stamps and hands events to listeners. Numbering and delivery happen under one lock, so every
 * listener sees the events in sequence order, whatever thread published them. With no listener nothing is
 * built at all: the core costs nothing to run unobserved.
 */
public final class EventBus<E extends GoEvent> {

    /** Builds an event once its number and time are known. */
    @FunctionalInterface
    public interface Maker<E> {
        E make(long seq, long at);
    }

    private final VirtualClock clock;
    private final List<Consumer<? super E>> listeners = new CopyOnWriteArrayList<>();
    private long seq;

    public EventBus(VirtualClock clock) {
        this.clock = clock;
    }

    public VirtualClock clock() {
        return clock;
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
     * <p>A listener runs on the publishing thread, under the bus's lock and often under the publisher's own
     * (the pool's, say): it must be quick and must never wait for another thread or take a publisher's lock,
     * or two publishers can deadlock. Hand the event on (as the UI's frame bridge does) instead.
     */
    public Subscription subscribe(Consumer<? super E> listener) {
        listeners.add(listener);
        return () -> {
            synchronized (this) {
                listeners.remove(listener);
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
        synchronized (this) {
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
}
