package gopatterns.pool;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.pool.PoolEvent.CloseCause;
import gopatterns.pool.PoolEvent.WaitResult;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.ToLongFunction;

/**
 * A pool of resources after the Go pool on a buffered channel.
 *
 * <p>{@link PoolMode#GO_COMPATIBLE}: {@code size} idle slots, oldest idle resource out first. Acquire never
 * waits: it takes an idle resource or calls the factory. Release puts the resource back into a free slot, or
 * closes it when every slot is full, or when the pool is closed. Close closes every idle resource; later
 * acquires fail with {@link PoolClosedException}; a second close does nothing.
 *
 * <p>{@link PoolMode#BOUNDED}: the same, and at most {@code maxTotal} resources alive at once; an acquire at
 * the cap waits, on the virtual clock, until a resource comes back, one is closed, or its timeout passes.
 *
 * <p>All accounting changes under one lock, so a {@link #stats()} snapshot always balances. That lock is the
 * event bus's {@linkplain EventBus#lock() lock}: each change and its event are one step, events come out in
 * the order of the changes, and publishing them takes no second lock. As in Go, a resource's close runs
 * under that lock too; the factory runs outside it.
 */
public final class Pool<R extends AutoCloseable> {

    /** Makes a new resource, as the Go pool's factory function. */
    @FunctionalInterface
    public interface Factory<R> {
        R create() throws Exception;
    }

    private final PoolConfig config;
    private final Factory<? extends R> factory;
    private final ToLongFunction<? super R> idOf;
    private final VirtualClock clock;
    private final EventBus<PoolEvent> bus;
    private final ReentrantLock lock;
    private final ArrayDeque<R> idle;

    // Accounting, guarded by lock.
    private long created;
    private long reused;
    private long closedAtRelease;
    private long closedAtShutdown;
    private long closedAfterShutdown;
    private int inUse;
    private int creating;
    private int peakInUse;
    private long waits;
    private int waiting;
    private long factoryFailures;
    private long closeFailures;
    private long refused;
    private long timedOut;
    private boolean closed;

    /** Bumped whenever a waiter at the cap may now get a turn; waiters watch it through the clock. */
    private volatile long turnVersion;

    public Pool(PoolConfig config, Factory<? extends R> factory, ToLongFunction<? super R> idOf,
                VirtualClock clock, EventBus<PoolEvent> bus) {
        this.config = Objects.requireNonNull(config);
        this.factory = Objects.requireNonNull(factory);
        this.idOf = Objects.requireNonNull(idOf);
        this.clock = Objects.requireNonNull(clock);
        this.bus = Objects.requireNonNull(bus);
        this.lock = bus.lock();
        this.idle = new ArrayDeque<>(config.size());
        bus.publish((s, at) -> new PoolEvent.PoolCreated(s, at, config.size(), config.mode(), config.maxTotal()));
    }

    public PoolConfig config() {
        return config;
    }

    /**
     * Takes the oldest idle resource, or makes a new one. In bounded mode, waits at the cap.
     *
     * @throws PoolClosedException     the pool is closed
     * @throws FactoryFailedException  the factory threw; nothing is counted as created
     * @throws AcquireTimeoutException bounded mode: the wait at the cap ran out
     * @throws InterruptedException    interrupted while waiting at the cap
     */
    public R acquire() throws PoolException, InterruptedException {
        R r = takeIdleOrReserve();
        return r != null ? r : create();
    }

    /** What an acquire got: the resource, and whether it was an idle one reused. */
    public record Lease<R>(R resource, boolean shared) {}

    /** As {@link #acquire()}, and says whether the resource was reused or new. */
    public Lease<R> acquireLease() throws PoolException, InterruptedException {
        R r = takeIdleOrReserve();
        return r != null ? new Lease<>(r, true) : new Lease<>(create(), false);
    }

    /**
     * The locked half of an acquire: takes the oldest idle resource, or, returning null, reserves the right
     * to create one (counted in {@code creating}), waiting at the cap in bounded mode.
     */
    private R takeIdleOrReserve() throws PoolException, InterruptedException {
        // The busy pool's case first, kept short so that the compiler inlines it into the caller: an idle
        // resource to reuse, or the right to make one below the cap. Anything else (closed, at the cap) goes the
        // long way.
        lock.lock();
        try {
            R r = idle.pollFirst();
            if (r != null) {
                reused++;
                takeLocked();
                publishShared(r);
                return r;
            }
            if (!closed && (config.mode() == PoolMode.GO_COMPATIBLE || aliveLocked() < config.maxTotal())) {
                creating++;
                bus.publish((s, at) -> new PoolEvent.AcquireNew(s, at));
                return null;
            }
        } finally {
            lock.unlock();
        }
        return takeIdleOrReserveWaiting();
    }

    private void publishShared(R r) {
        if (bus.observed()) {
            long id = idOf.applyAsLong(r);
            bus.publish((s, at) -> new PoolEvent.AcquireShared(s, at, id));
        }
    }

    /** {@link #takeIdleOrReserve()} when the pool is closed or may be at its cap: looks again, and waits. */
    private R takeIdleOrReserveWaiting() throws PoolException, InterruptedException {
        long waitStart = -1;
        lock.lock();
        try {
            while (true) {
                // The wait ends before what it led to is counted: each change and its own event are one step,
                // so a snapshot at any event holds just the changes told so far.
                if (!idle.isEmpty()) {
                    endWaitLocked(waitStart, WaitResult.GOT_TURN);
                    R r = idle.pollFirst();
                    reused++;
                    takeLocked();
                    publishShared(r);
                    return r;
                }
                if (closed) {
                    endWaitLocked(waitStart, WaitResult.POOL_CLOSED);
                    refused++;
                    bus.publish((s, at) -> new PoolEvent.AcquireRefused(s, at));
                    throw new PoolClosedException();
                }
                if (config.mode() == PoolMode.GO_COMPATIBLE || aliveLocked() < config.maxTotal()) {
                    creating++;
                    endWaitLocked(waitStart, WaitResult.GOT_TURN);
                    bus.publish((s, at) -> new PoolEvent.AcquireNew(s, at));
                    break;
                }
                if (waitStart < 0) {
                    waitStart = clock.nanos();
                    waits++;
                    waiting++;
                    int w = waiting;
                    bus.publish((s, at) -> new PoolEvent.WaitStarted(s, at, w));
                }
                if (!awaitTurnLocked(waitStart)) {
                    timedOut++;
                    Duration waited = endWaitLocked(waitStart, WaitResult.TIMED_OUT);
                    throw new AcquireTimeoutException(waited);
                }
            }
        } finally {
            lock.unlock();
        }
        return null;
    }

    /** Returns a resource: into a free slot, or closed when the slots are full or the pool is closed. */
    public void release(R r) {
        Objects.requireNonNull(r);
        lock.lock();
        try {
            // Into a free slot is the busy pool's case: kept short, as in takeIdleOrReserve.
            if (inUse > 0 && !closed && idle.size() < config.size()) {
                boolean observed = bus.observed(); // cannot change meanwhile: subscribing takes this lock
                long id = observed ? idOf.applyAsLong(r) : 0; // before any change, in case it throws
                inUse--;
                idle.addLast(r);
                if (observed) {
                    publishReleasedToSlot(id);
                }
            } else {
                releaseClosingLocked(r);
            }
            wakeWaitersLocked();
        } finally {
            lock.unlock();
        }
    }

    private void publishReleasedToSlot(long id) {
        int n = idle.size();
        bus.publish((s, at) -> new PoolEvent.ReleasedToSlot(s, at, id, n));
    }

    /** A release that closes the resource (every slot full, or the pool closed), or that is wrong. */
    private void releaseClosingLocked(R r) {
        long id = idOf.applyAsLong(r);
        if (inUse == 0) {
            throw new IllegalStateException("release of resource " + id + " that this pool did not hand out");
        }
        inUse--;
        if (closed) {
            closedAfterShutdown++;
            bus.publish((s, at) -> new PoolEvent.ReleasedAfterClose(s, at, id));
            closeLocked(r, id, CloseCause.AFTER_SHUTDOWN);
        } else {
            closedAtRelease++;
            bus.publish((s, at) -> new PoolEvent.ReleasedClosing(s, at, id));
            closeLocked(r, id, CloseCause.AT_RELEASE);
        }
    }

    /** Closes the pool and every idle resource. A second close does nothing. */
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            List<R> drained = new ArrayList<>(idle);
            idle.clear();
            closedAtShutdown += drained.size();
            int n = drained.size();
            bus.publish((s, at) -> new PoolEvent.PoolClosed(s, at, n));
            for (R r : drained) {
                closeLocked(r, idOf.applyAsLong(r), CloseCause.AT_SHUTDOWN);
            }
            wakeWaitersLocked();
        } finally {
            lock.unlock();
        }
    }

    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /** A snapshot that always balances: {@code created == closed + idle + inUse}. */
    public PoolStats stats() {
        lock.lock();
        try {
            return new PoolStats(created, reused, closedAtRelease, closedAtShutdown, closedAfterShutdown,
                    idle.size(), inUse, peakInUse, waits, waiting, factoryFailures, closeFailures, refused,
                    timedOut, closed);
        } finally {
            lock.unlock();
        }
    }

    /** Ids of the idle resources, oldest first (the next one out first). */
    public List<Long> idleIds() {
        lock.lock();
        try {
            List<Long> ids = new ArrayList<>(idle.size());
            for (R r : idle) {
                ids.add(idOf.applyAsLong(r));
            }
            return ids;
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- internals

    private R create() throws FactoryFailedException {
        R r;
        try {
            r = factory.create();
            Objects.requireNonNull(r, "the factory returned null");
        } catch (Exception | Error e) {
            lock.lock();
            try {
                creating--;
                factoryFailures++;
                String message = String.valueOf(e.getMessage());
                bus.publish((s, at) -> new PoolEvent.FactoryFailed(s, at, message));
                wakeWaitersLocked();
            } finally {
                lock.unlock();
            }
            if (e instanceof Error err && !(e instanceof AssertionError)) {
                throw err;
            }
            throw new FactoryFailedException(e);
        }
        long id = idOf.applyAsLong(r);
        lock.lock();
        try {
            creating--;
            created++;
            takeLocked();
            bus.publish((s, at) -> new PoolEvent.ResourceCreated(s, at, id));
        } finally {
            lock.unlock();
        }
        return r;
    }

    private void takeLocked() {
        inUse++;
        if (inUse > peakInUse) {
            peakInUse = inUse;
        }
    }

    private int aliveLocked() {
        return idle.size() + inUse + creating;
    }

    /** Waits, without the lock, until a turn may have come or the timeout passes; false on timeout. */
    private boolean awaitTurnLocked(long waitStart) throws InterruptedException {
        long version = turnVersion;
        Duration timeout = config.acquireTimeout();
        long deadline = timeout.isZero() ? Long.MAX_VALUE : waitStart + timeout.toNanos();
        lock.unlock();
        boolean turn;
        try {
            turn = clock.awaitUntil(() -> turnVersion != version, deadline, VirtualClock.Phase.NORMAL);
        } catch (InterruptedException e) {
            lock.lock();
            endWaitLocked(waitStart, WaitResult.INTERRUPTED);
            throw e;
        }
        lock.lock();
        return turn || turnVersion != version;
    }

    private Duration endWaitLocked(long waitStart, WaitResult result) {
        if (waitStart < 0) {
            return Duration.ZERO;
        }
        waiting--;
        Duration waited = Duration.ofNanos(clock.nanos() - waitStart);
        bus.publish((s, at) -> new PoolEvent.WaitEnded(s, at, result, waited));
        return waited;
    }

    private void wakeWaitersLocked() {
        if (waiting > 0) {
            turnVersion++;
            clock.signalAll();
        }
    }

    private void closeLocked(R r, long id, CloseCause cause) {
        try {
            r.close();
            bus.publish((s, at) -> new PoolEvent.ResourceClosed(s, at, id, cause));
        } catch (Exception e) {
            closeFailures++;
            String message = String.valueOf(e.getMessage());
            bus.publish((s, at) -> new PoolEvent.CloseFailed(s, at, id, message));
        }
    }
}
