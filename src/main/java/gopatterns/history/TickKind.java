package gopatterns.history;

import gopatterns.event.GoEvent;
import gopatterns.pool.PoolEvent;
import gopatterns.runner.RunnerEvent;
import java.util.List;

/**
 * What a run's timeline marks an event as: the moments a class talks about. Each kind has its own row on the
 * timeline (and its own colour), so that colour is never the only cue. Events that only lead up to or echo
 * one of these (a worker arriving, a query's progress) are {@link #OTHER} and get no tick.
 */
public enum TickKind {
    /** Runner: the background goroutine starts a task. */
    TASK_START,
    /** Runner: a task returns. */
    TASK_END,
    /** Runner: the overall timeout fires. */
    TIMEOUT,
    /** Runner: Ctrl+C is sent (queued in the one-slot channel, dropped or not listened to). */
    INTERRUPT_SENT,
    /** Runner: the check between tasks sees the interrupt. */
    INTERRUPT_SEEN,
    /** Pool: a worker gets a connection the factory has just made. */
    ACQUIRE_NEW,
    /** Pool: a worker gets an idle connection from a slot. */
    ACQUIRE_SHARED,
    /** Pool: a released connection goes back into a slot. */
    RELEASE_IN_QUEUE,
    /** Pool: a released connection is closed (the slots are full, or the pool is closed). */
    RELEASE_CLOSING,
    /** Pool: the pool is closed. */
    CLOSE,
    /** Anything else: no tick. */
    OTHER;

    /** The kinds a runner's timeline shows, top row first. */
    public static final List<TickKind> RUNNER =
            List.of(TASK_START, TASK_END, TIMEOUT, INTERRUPT_SENT, INTERRUPT_SEEN);
    /** The kinds a pool's timeline shows, top row first. */
    public static final List<TickKind> POOL =
            List.of(ACQUIRE_NEW, ACQUIRE_SHARED, RELEASE_IN_QUEUE, RELEASE_CLOSING, CLOSE);

    /** The kind of {@code event}; {@link #OTHER} for events of neither pattern. */
    public static TickKind of(GoEvent event) {
        return switch (event) {
            case RunnerEvent e -> of(e);
            case PoolEvent e -> of(e);
            default -> OTHER;
        };
    }

    private static TickKind of(RunnerEvent event) {
        return switch (event) {
            case RunnerEvent.TaskStarted e -> TASK_START;
            case RunnerEvent.TaskFinished e -> TASK_END;
            case RunnerEvent.TimeoutFired e -> TIMEOUT;
            case RunnerEvent.InterruptRequested e -> INTERRUPT_SENT;
            case RunnerEvent.InterruptObserved e -> INTERRUPT_SEEN;
            default -> OTHER;
        };
    }

    private static TickKind of(PoolEvent event) {
        return switch (event) {
            case PoolEvent.WorkerAcquired e -> e.shared() ? ACQUIRE_SHARED : ACQUIRE_NEW;
            case PoolEvent.ReleasedToSlot e -> RELEASE_IN_QUEUE;
            case PoolEvent.ReleasedClosing e -> RELEASE_CLOSING;
            case PoolEvent.ReleasedAfterClose e -> RELEASE_CLOSING;
            case PoolEvent.PoolClosed e -> CLOSE;
            default -> OTHER;
        };
    }
}
