package gopatterns.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Platform threads hammer the pool with a million acquire/release pairs while pools are closed under them
 * and replaced: no resource is ever held by two workers, none is handed out closed or closed while held,
 * every one is closed exactly once in the end, and every snapshot taken meanwhile balances.
 */
class PoolStressTest {

    private static final int WORKERS = 4;
    private static final long PAIRS = 1_000_000;
    /** A fresh pool replaces the current one (which is closed while others still use it) this often. */
    private static final long ROTATE_EVERY = 25_000;
    /** Besides, a worker closes the current pool at random about this often; the next acquirer replaces it. */
    private static final int RANDOM_CLOSE_ONE_IN = 20_000;
    private static final int BOUNDED_MAX_TOTAL = 2;

    private final VirtualClock clock = VirtualClock.manual();
    private final AtomicLong ids = new AtomicLong();
    private final Queue<TestResource> made = new ConcurrentLinkedQueue<>();
    private final Queue<Pool<TestResource>> pools = new ConcurrentLinkedQueue<>();
    private final Queue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicLong pairs = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicReference<Pool<TestResource>> current = new AtomicReference<>();

    /** Pools alternate between the Go-compatible kind (1-4 slots) and a bounded one whose cap makes workers wait. */
    private Pool<TestResource> newPool() {
        int n = pools.size();
        PoolConfig config = n % 2 == 0
                ? PoolConfig.goCompatible(1 + n % 4)
                : PoolConfig.bounded(1, BOUNDED_MAX_TOTAL, Duration.ZERO);
        Pool<TestResource> pool = new Pool<>(config, () -> {
            TestResource r = new TestResource(ids.incrementAndGet());
            made.add(r);
            return r;
        }, TestResource::id, clock, new EventBus<>(clock));
        return pool;
    }

    private void install(Pool<TestResource> expected) {
        Pool<TestResource> fresh = newPool();
        synchronized (pools) {
            if (current.compareAndSet(expected, fresh)) {
                pools.add(fresh);
            }
        }
    }

    private void work(long seed, long quota) {
        SplittableRandom random = new SplittableRandom(seed);
        long done = 0;
        while (done < quota) {
            Pool<TestResource> pool = current.get();
            TestResource r;
            try {
                r = pool.acquire();
            } catch (PoolClosedException e) {
                refused.incrementAndGet();
                install(pool);
                continue;
            } catch (PoolException | InterruptedException e) {
                violations.add("unexpected " + e);
                return;
            }
            if (!r.claim()) {
                violations.add(r + " handed to two workers at once");
            }
            if (r.closes() != 0) {
                violations.add(r + " handed out closed");
            }
            hold(random);
            r.unclaim();
            pool.release(r);
            done++;
            long total = pairs.incrementAndGet();
            if (total % ROTATE_EVERY == 0) {
                Pool<TestResource> old = current.get();
                install(old);
                old.close();
            } else if (random.nextInt(RANDOM_CLOSE_ONE_IN) == 0) {
                pool.close();
            }
        }
    }

    /** Holds the resource a moment, now and then giving the core away, so that the workers' holds overlap. */
    private static void hold(SplittableRandom random) {
        for (int spin = random.nextInt(64); spin > 0; spin--) {
            Thread.onSpinWait();
        }
        if (random.nextInt(256) == 0) {
            Thread.yield();
        }
    }

    @Test
    void aMillionPairsOnClosingAndReplacedPoolsKeepEveryResourceSafeAndTheAccountingBalanced()
            throws InterruptedException {
        Pool<TestResource> first = newPool();
        pools.add(first);
        current.set(first);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            long seed = w;
            workers.add(Thread.ofPlatform().name("worker-" + w).start(() -> {
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                work(seed, PAIRS / WORKERS);
            }));
        }
        AtomicLong snapshots = new AtomicLong();
        Thread monitor = Thread.ofPlatform().name("monitor").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                Pool<TestResource> pool = current.get();
                PoolStats s = pool.stats();
                snapshots.incrementAndGet();
                if (!s.balanced()) {
                    violations.add("unbalanced snapshot " + s);
                }
                if (pool.config().mode() == PoolMode.BOUNDED && s.idle() + s.inUse() > BOUNDED_MAX_TOTAL) {
                    violations.add("more than the cap alive " + s);
                }
                for (int spin = 0; spin < 100; spin++) {
                    Thread.onSpinWait(); // leave the lock to the workers most of the time
                }
            }
        });

        long started = System.nanoTime();
        go.countDown();
        for (Thread t : workers) {
            t.join();
        }
        long elapsed = System.nanoTime() - started;
        monitor.interrupt();
        monitor.join();
        current.get().close();

        System.out.printf("pool stress: %,d pairs in %d ms (%,.0f pairs/s) on %d workers, %d pools, %,d snapshots, "
                        + "%,d acquires refused by closed pools%n", pairs.get(), elapsed / 1_000_000,
                pairs.get() / (elapsed / 1e9), WORKERS, pools.size(), snapshots.get(), refused.get());

        assertThat(violations).isEmpty();
        assertThat(pairs.get()).isGreaterThanOrEqualTo(PAIRS);
        assertThat(snapshots.get()).isPositive();
        assertThat(pools.size()).as("pools replaced along the way").isGreaterThan((int) (PAIRS / ROTATE_EVERY));
        long created = 0;
        long acquired = 0;
        long waits = 0;
        for (Pool<TestResource> pool : pools) {
            PoolStats s = pool.stats();
            assertThat(s.closed()).isTrue();
            assertThat(s.balanced()).as(s.toString()).isTrue();
            assertThat(s.inUse()).isZero();
            assertThat(s.idle()).isZero();
            assertThat(s.closedTotal()).isEqualTo(s.created());
            created += s.created();
            acquired += s.created() + s.reused();
            waits += s.waits();
        }
        assertThat(acquired).isEqualTo(pairs.get());
        assertThat(created).isEqualTo(made.size());
        System.out.printf("pool stress: %,d resources created, %,d waits at a bounded pool's cap%n", created, waits);
        assertThat(waits).as("bounded pools made workers wait").isPositive();
        assertThat(made).allSatisfy(r -> {
            assertThat(r.closes()).as(r + " closes").isEqualTo(1);
            assertThat(r.closedWhileHeld()).as(r + " closed while held").isZero();
        });
    }
}
