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
 * {@link AnimationTimer} drains the queue and hands the events, in publishing order, to the model; then
 * the model's per-frame hook runs, where continuous things (a countdown, a progress ring) read the clock.
 * A frame spends at most {@link #FRAME_BUDGET_NANOS} on events: a burst of thousands (10,000 workers
 * arriving at once) is spread over a few frames instead of freezing one, and the view catches up in order.
 * Nothing is dropped: every event accepted is delivered exactly once, and {@link #delivered()} counts them.
 */
public final class FrameBridge<E extends GoEvent> implements Consumer<E> {

    /** What the model does with a frame's events, on the FX thread. */
    public interface Sink<E> {
        /** Some of the frame's events, in order; called once or more per frame. The list is reused after. */
        void onEvents(List<E> batch);

        /** Called every frame after the events, even when there were none. */
        void onFrame();
    }

    /** Longest a frame spends handing events to the model; the rest wait for the next frame. */
    public static final long FRAME_BUDGET_NANOS = 2_000_000;
    /** Events handed over between two looks at the budget. */
    static final int CHUNK = 256;

    private final Queue<E> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong accepted = new AtomicLong();
    private final Sink<E> sink;
    private final AnimationTimer timer;
    private long delivered;
    private boolean timerFrame;
    private long frames;

    public FrameBridge(Sink<E> sink) {
        this.sink = sink;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                timerFrame = true;
                try {
                    drain(FRAME_BUDGET_NANOS);
                } catch (RuntimeException e) {
                    // Thrown out of a pulse, it would skip the rest of the frame (layout, drawing): report
                    // it as uncaught, and the next frame drains again.
                    Thread fx = Thread.currentThread();
                    fx.getUncaughtExceptionHandler().uncaughtException(fx, e);
                } finally {
                    timerFrame = false;
                }
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
        drain(Long.MAX_VALUE);
    }

    /** Hands queued events to the model, chunk by chunk, until none is left or {@code budget} has passed. */
    private void drain(long budgetNanos) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("the bridge drains on the FX thread");
        }
        long start = System.nanoTime();
        List<E> chunk = new ArrayList<>(CHUNK);
        do {
            chunk.clear();
            E e;
            while (chunk.size() < CHUNK && (e = queue.poll()) != null) {
                chunk.add(e);
            }
            if (chunk.isEmpty()) {
                break;
            }
            delivered += chunk.size();
            sink.onEvents(chunk);
        } while (System.nanoTime() - start < budgetNanos);
        sink.onFrame();
    }

    /**
     * True during a frame of the animation timer, false during a drain asked for by a command or a test
     * ({@link #drain()}), after which everything shown must be exact at once.
     */
    public boolean inTimerFrame() {
        return timerFrame;
    }

    /** Events accepted and not yet delivered: a burst the frames are still catching up with. */
    public long pending() {
        return accepted.get() - delivered;
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

    public long frames() {
        return frames;
    }
}
