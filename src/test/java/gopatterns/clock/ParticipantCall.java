package gopatterns.clock;

import java.util.concurrent.Callable;

/**
 * A blocking call run on a participant thread of a clock, as the app runs {@code start()} or an acquire:
 * the test moves the clock, and once the clock has settled it reads how the call ended and when.
 */
public final class ParticipantCall<T> {

    private final VirtualClock clock;
    private final Thread thread;
    private volatile boolean done;
    private volatile T result;
    private volatile Throwable failure;
    private volatile long endedAt = -1;

    private ParticipantCall(VirtualClock clock, String name, Callable<T> body) {
        this.clock = clock;
        this.thread = clock.startThread(name, () -> {
            try {
                result = body.call();
            } catch (Throwable t) {
                failure = t;
            } finally {
                endedAt = clock.nanos();
                done = true;
            }
        });
    }

    /** Starts {@code body} on a new participant of {@code clock}. */
    public static <T> ParticipantCall<T> start(VirtualClock clock, String name, Callable<T> body) {
        return new ParticipantCall<>(clock, name, body);
    }

    public Thread thread() {
        return thread;
    }

    /** Whether the call has returned or thrown; read it after the clock has settled. */
    public boolean done() {
        return done;
    }

    /** What the call returned; fails the test if it has not returned normally. */
    public T result() {
        if (!done) {
            throw new AssertionError(thread.getName() + " is still blocked at " + clock.nanos() + " ns");
        }
        if (failure != null) {
            throw new AssertionError(thread.getName() + " failed", failure);
        }
        return result;
    }

    /** What the call threw, or null. */
    public Throwable failure() {
        return failure;
    }

    /** Virtual time at which the call returned or threw, or -1. */
    public long endedAt() {
        return endedAt;
    }
}
