package gopatterns.pool;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.ThreadIdGen;
import org.jetbrains.lincheck.datastructures.Validate;
import org.junit.jupiter.api.Test;

/**
 * Model checking of the pool's operations (acquire, release of a resource the thread holds, close, stats)
 * against a sequential specification of the Go pool, in every interleaving Lincheck explores.
 *
 * <p>What a stats snapshot may show while an acquire that creates is in flight: the factory runs outside
 * the pool's lock (as in Go, where it runs outside the mutex), so such an acquire is linearised where it
 * found no idle resource, but {@code created} and {@code inUse} count the resource only once the factory has
 * returned. The snapshot checked against the specification is therefore every counter except those two;
 * they are checked to balance in every snapshot, and to match exactly whenever no operation is running.
 */
class PoolLincheckTest {

    static final int SIZE = 2;
    static final int THREADS = 2;
    /** Room for every thread id Lincheck hands out, the parts before and after the parallel one included. */
    static final int IDS = THREADS + 4;

    /** The pool under test, driven by Lincheck's threads; results are words, compared with the model's. */
    public abstract static class PoolOperations {
        private final VirtualClock clock = VirtualClock.manual();
        private final AtomicLong ids = new AtomicLong();
        private final List<TestResource> made = new ArrayList<>();
        final Pool<TestResource> pool;
        private final List<ArrayDeque<TestResource>> held = new ArrayList<>();
        private final int holdLimit;

        PoolOperations(PoolConfig config, int holdLimit) {
            this.holdLimit = holdLimit;
            pool = new Pool<>(config, this::make, TestResource::id, clock, new EventBus<>(clock));
            for (int i = 0; i < IDS; i++) {
                held.add(new ArrayDeque<>());
            }
        }

        private TestResource make() {
            TestResource r = new TestResource(ids.incrementAndGet());
            synchronized (made) {
                made.add(r);
            }
            return r;
        }

        @Operation
        public String acquire(@Param(gen = ThreadIdGen.class) int thread) throws Exception {
            ArrayDeque<TestResource> mine = held.get(thread);
            if (mine.size() >= holdLimit) {
                return "holding";
            }
            try {
                Pool.Lease<TestResource> lease = pool.acquireLease();
                if (lease.resource().closes() != 0) {
                    return "got a closed resource";
                }
                mine.push(lease.resource());
                return lease.shared() ? "shared" : "new";
            } catch (PoolClosedException e) {
                return "closed";
            }
        }

        @Operation
        public String release(@Param(gen = ThreadIdGen.class) int thread) {
            TestResource r = held.get(thread).poll();
            if (r == null) {
                return "none";
            }
            pool.release(r);
            // Closed by this release, or kept (a concurrent close of the pool may close it afterwards).
            return r.closedBy() == Thread.currentThread() ? "closed" : "slot";
        }

        @Operation
        public void close() {
            pool.close();
        }

        @Operation
        public String stats() {
            PoolStats s = pool.stats();
            if (!s.balanced()) {
                return "unbalanced " + s;
            }
            return PoolModel.describe(s.reused(), s.closedAtRelease(), s.closedAtShutdown(), s.closedAfterShutdown(),
                    s.idle(), s.closed(), s.waits());
        }

        /** With no operation running, the full accounting matches the threads' holdings exactly. */
        @Validate
        public void accountingMatchesWhenQuiet() {
            PoolStats s = pool.stats();
            int holding = held.stream().mapToInt(ArrayDeque::size).sum();
            List<TestResource> all;
            synchronized (made) {
                all = List.copyOf(made);
            }
            long closed = all.stream().filter(r -> r.closes() > 0).count();
            if (!s.balanced() || s.inUse() != holding || s.created() != all.size() || s.closedTotal() != closed
                    || all.stream().anyMatch(r -> r.closes() > 1)) {
                throw new IllegalStateException("accounting " + s + " but " + holding + " held, " + all.size()
                        + " made, " + closed + " closed");
            }
            if (pool.config().mode() == PoolMode.BOUNDED && s.idle() + s.inUse() > pool.config().maxTotal()) {
                throw new IllegalStateException("more than maxTotal alive: " + s);
            }
        }
    }

    /** The book's pool: any number out at once. */
    public static class GoCompatiblePool extends PoolOperations {
        public GoCompatiblePool() {
            super(PoolConfig.goCompatible(SIZE), Integer.MAX_VALUE);
        }
    }

    /**
     * The bounded pool with a cap equal to the number of threads, each holding at most one resource: the cap
     * is reached, but an acquire never has to wait (it waits only with no idle resource and the others holding
     * or creating the whole cap). Lincheck cannot drive a wait that only another operation's release ends, so
     * waits, their timeout, interrupt and close are tested on the manual clock in {@link PoolBoundedTest}
     * and under load in {@link PoolStressTest}.
     */
    public static class BoundedPool extends PoolOperations {
        public BoundedPool() {
            super(PoolConfig.bounded(SIZE, THREADS, Duration.ZERO), 1);
        }
    }

    /** The sequential specification: the Go pool written as plain counters. */
    public static class PoolModel {
        private final int holdLimit;
        private final int[] held = new int[IDS];
        private int idle;
        private boolean closed;
        private long reused;
        private long closedAtRelease;
        private long closedAtShutdown;
        private long closedAfterShutdown;

        PoolModel(int holdLimit) {
            this.holdLimit = holdLimit;
        }

        static String describe(long reused, long atRelease, long atShutdown, long afterShutdown, int idle,
                               boolean closed, long waits) {
            return "reused=" + reused + " closedAtRelease=" + atRelease + " closedAtShutdown=" + atShutdown
                    + " closedAfterShutdown=" + afterShutdown + " idle=" + idle + " closed=" + closed
                    + " waits=" + waits;
        }

        public String acquire(int thread) {
            if (held[thread] >= holdLimit) {
                return "holding";
            }
            if (idle > 0) {
                idle--;
                reused++;
                held[thread]++;
                return "shared";
            }
            if (closed) {
                return "closed";
            }
            held[thread]++;
            return "new";
        }

        public String release(int thread) {
            if (held[thread] == 0) {
                return "none";
            }
            held[thread]--;
            if (closed) {
                closedAfterShutdown++;
                return "closed";
            }
            if (idle < SIZE) {
                idle++;
                return "slot";
            }
            closedAtRelease++;
            return "closed";
        }

        public void close() {
            if (!closed) {
                closed = true;
                closedAtShutdown += idle;
                idle = 0;
            }
        }

        public String stats() {
            return describe(reused, closedAtRelease, closedAtShutdown, closedAfterShutdown, idle, closed, 0);
        }
    }

    public static class GoCompatibleModel extends PoolModel {
        public GoCompatibleModel() {
            super(Integer.MAX_VALUE);
        }
    }

    public static class BoundedModel extends PoolModel {
        public BoundedModel() {
            super(1);
        }
    }

    /** Kept small: two threads find the races of one acquire, release or close against another. */
    private static ModelCheckingOptions options(Class<?> model, int actorsBefore, int actorsPerThread, int actorsAfter,
                                                int iterations) {
        return new ModelCheckingOptions()
                .threads(THREADS)
                .actorsPerThread(actorsPerThread)
                .actorsBefore(actorsBefore)
                .actorsAfter(actorsAfter)
                .iterations(iterations)
                .invocationsPerIteration(250)
                .sequentialSpecification(model);
    }

    @Test
    void goCompatiblePoolIsLinearizableAndAlwaysBalanced() {
        options(GoCompatibleModel.class, 2, 2, 1, 10).check(GoCompatiblePool.class);
    }

    @Test
    void boundedPoolIsLinearizableAtItsCapAndAlwaysBalanced() {
        // Only the parallel part: Lincheck gives the actors before and after it thread ids of their own, and
        // more holders than the cap would make an acquire wait.
        options(BoundedModel.class, 0, 3, 0, 6).check(BoundedPool.class);
    }
}
