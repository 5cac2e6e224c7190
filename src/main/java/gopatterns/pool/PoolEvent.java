package gopatterns.pool;

import gopatterns.event.GoEvent;
import java.time.Duration;

/**
 * Everything the pool and its demo workers do that a view may animate, in order. Times are virtual
 * nanoseconds; resources are named by their ids.
 */
public sealed interface PoolEvent extends GoEvent {

    /** Why a resource was closed. */
    enum CloseCause {
        /** Released while every idle slot was full ({@code Release: Closing}). */
        AT_RELEASE,
        /** Idle when the pool was closed. */
        AT_SHUTDOWN,
        /** Released after the pool was closed. */
        AFTER_SHUTDOWN
    }

    /** How a wait at the bounded pool's cap ended. */
    enum WaitResult { GOT_TURN, TIMED_OUT, INTERRUPTED, POOL_CLOSED }

    record PoolCreated(long seq, long at, int size, PoolMode mode, int maxTotal) implements PoolEvent {}

    /** An idle resource was taken from a slot ({@code Acquire: Shared Resource}). */
    record AcquireShared(long seq, long at, long resource) implements PoolEvent {}

    /** No idle resource: the factory is called ({@code Acquire: New Resource}). */
    record AcquireNew(long seq, long at) implements PoolEvent {}

    /** The factory made a resource ({@code Create: New Connection N}). */
    record ResourceCreated(long seq, long at, long resource) implements PoolEvent {}

    record FactoryFailed(long seq, long at, String message) implements PoolEvent {}

    /** Acquire on a closed pool; Go logs {@code Acquire: Shared Resource} before it fails. */
    record AcquireRefused(long seq, long at) implements PoolEvent {}

    /** Bounded mode: an acquire found the pool at its cap and waits; {@code waiting} counts it. */
    record WaitStarted(long seq, long at, int waiting) implements PoolEvent {}

    record WaitEnded(long seq, long at, WaitResult result, Duration waited) implements PoolEvent {}

    /** Returned into a free slot ({@code Release: In Queue}). */
    record ReleasedToSlot(long seq, long at, long resource, int idle) implements PoolEvent {}

    /** Every slot full: the resource is closed ({@code Release: Closing}). */
    record ReleasedClosing(long seq, long at, long resource) implements PoolEvent {}

    /** Released after the pool was closed: the resource is closed. */
    record ReleasedAfterClose(long seq, long at, long resource) implements PoolEvent {}

    /** A resource's close ran ({@code Close: Connection N}). */
    record ResourceClosed(long seq, long at, long resource, CloseCause cause) implements PoolEvent {}

    /** A resource's close threw; it counts as closed all the same. */
    record CloseFailed(long seq, long at, long resource, String message) implements PoolEvent {}

    /** The pool was closed, and with it {@code idleClosed} idle resources. */
    record PoolClosed(long seq, long at, int idleClosed) implements PoolEvent {}

    // ------------------------------------------------------------ the demo's workers (goroutines)

    /** The demo starts; {@code workers} will arrive. */
    record DemoStarted(long seq, long at, int workers) implements PoolEvent {}

    record WorkerArrived(long seq, long at, int worker) implements PoolEvent {}

    record WorkerAcquired(long seq, long at, int worker, long resource, boolean shared) implements PoolEvent {}

    /** The worker holds its resource for {@code hold}: a query. */
    record WorkerQuerying(long seq, long at, int worker, long resource, Duration hold) implements PoolEvent {}

    /** The query is done ({@code QID[q] CID[c]}); the worker releases next. */
    record WorkerQueried(long seq, long at, int worker, long resource) implements PoolEvent {}

    /** The acquire failed; {@code message} is what the worker logs. */
    record WorkerFailed(long seq, long at, int worker, String message) implements PoolEvent {}

    record WorkerDone(long seq, long at, int worker) implements PoolEvent {}

    /** Every worker is done ({@code Shutdown Program}); the pool is closed next. */
    record Shutdown(long seq, long at) implements PoolEvent {}
}
