package gopatterns.ui.common;

import gopatterns.event.GoEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Carries a view's events from the core's threads to the FX thread, one batch per frame.
 *
 * <p>The core calls {@link #accept} on its own threads: that only enqueues. Once per pulse an
 * {@link AnimationTimer} drains the queue and hands the whole batch, in publishing order, to the model; then
 * the model's per-frame hook runs, where continuous things (a countdown, a progress ring) read the clock.
 * Nothing is dropped: every event accepted is delivered exactly once, and {@link #delivered()} counts them.
 */
public final class FrameBridge<E extends GoEvent> implements Consumer<E> {

    /** What the model does with a frame's events, on the FX thread. */
    public interface Sink<E> {
        void onEvents(List<E> batch);

        /** Called every frame after the events, even when there were none. */
        void onFrame();
    }

    private final Queue<E> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong accepted = new AtomicLong();
    private final Sink<E> sink;
    private final AnimationTimer timer;
    private long delivered;
    private long lastFrameNanos;
    private long frames;

    public FrameBridge(Sink<E> sink) {
        this.sink = sink;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long start = System.nanoTime();
                drain();
                lastFrameNanos = System.nanoTime() - start;
                frames++;
            }
        };
    }

    @Override
    public void accept(E event) {
        queue.add(event);
        accepted.incrementAndGet();
    }

    /** Starts the per-frame drain. FX thread. */
    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /**
     * Drains now, on the FX thread: what a frame does. Tests call it after moving a manual clock, so they
     * never wait for a pulse.
     */
    public void drain() {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the bridge drains on the FX thread");
        }
        List<E> batch = new ArrayList<>();
        E e;
        while ((e = queue.poll()) != null) {
            batch.add(e);
        }
        if (!batch.isEmpty()) {
            delivered += batch.size();
            sink.onEvents(batch);
        }
        sink.onFrame();
    }

    /** Drops what is queued and not yet delivered; for a reset, when the run it came from is gone. */
    public void discardPending() {
        long dropped = 0;
        while (queue.poll() != null) {
            dropped++;
        }
        accepted.addAndGet(-dropped);
    }

    /** Events handed to the bridge so far (minus discarded ones). */
    public long accepted() {
        return accepted.get();
    }

    /** Events delivered to the model so far. FX thread. */
    public long delivered() {
        return delivered;
    }

    /** How long the last frame's drain took on the FX thread, in nanoseconds. */
    public long lastFrameNanos() {
        return lastFrameNanos;
    }

    public long frames() {
        return frames;
    }
}
