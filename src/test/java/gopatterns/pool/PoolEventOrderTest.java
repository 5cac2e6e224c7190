package gopatterns.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Events of a pool used from several threads come out in the order of the pool's changes, so replaying
 * them one by one rebuilds the pool's state exactly: what a view animating them relies on.
 */
class PoolEventOrderTest {

    private static final int SIZE = 2;
    private static final int PAIRS_PER_THREAD = 20_000;
    private static final int WORKERS = SIZE + 1;
    private static final int ROUNDS = 1_000;
    private static final int FREE_PAIRS_PER_ROUND = 100;

    record Conn(long id) implements AutoCloseable {
        @Override
        public void close() {
        }
    }

    private final VirtualClock clock = VirtualClock.manual();
    private final EventBus<PoolEvent> bus = new EventBus<>(clock);
    private final AtomicLong ids = new AtomicLong();
    private final Pool<Conn> pool = new Pool<>(PoolConfig.goCompatible(SIZE),
            () -> new Conn(ids.incrementAndGet()), Conn::id, clock, bus);

    @AfterEach
    void closeClock() {
        clock.close();
    }

    @Test
    void replayingTheEventsOfConcurrentWorkersRebuildsTheIdleSlots() throws Exception {
        // Three workers, two slots. Each round all three hold a resource at once, then release (so acquires
        // both reuse and create, releases both refill and close), then race through pairs as fast as they can.
        CyclicBarrier phase = new CyclicBarrier(WORKERS);
        List<PoolEvent> events = eventsOfConcurrentWork(WORKERS, () -> {
            for (int i = 0; i < ROUNDS; i++) {
                Conn held = pool.acquire();
                phase.await();
                pool.release(held);
                phase.await();
                for (int j = 0; j < FREE_PAIRS_PER_ROUND; j++) {
                    pool.release(pool.acquire());
                }
            }
        });

        long expectedSeq = events.get(0).seq();
        int idle = 0;
        for (PoolEvent e : events) {
            assertThat(e.seq()).as("numbered without gaps").isEqualTo(expectedSeq++);
            switch (e) {
                case PoolEvent.AcquireShared s -> {
                    assertThat(idle).as("a shared acquire at seq %d found an idle resource", s.seq()).isPositive();
                    idle--;
                }
                case PoolEvent.ReleasedToSlot r -> {
                    idle++;
                    assertThat(r.idle()).as("idle count reported at seq %d", r.seq()).isEqualTo(idle);
                }
                case PoolEvent.ReleasedClosing c ->
                        assertThat(idle).as("slots full when closing at seq %d", c.seq()).isEqualTo(SIZE);
                default -> {
                }
            }
        }
        PoolStats stats = pool.stats();
        assertThat(idle).isEqualTo(stats.idle());
        assertThat(stats.closedAtRelease()).isGreaterThanOrEqualTo(ROUNDS);
        assertThat(stats.reused()).isGreaterThanOrEqualTo((long) (ROUNDS - 1) * SIZE);
        assertThat(stats.balanced()).isTrue();
    }

    @Test
    void otherPublishersOnTheSameBusInterleaveWithoutGaps() throws Exception {
        List<PoolEvent> events = eventsOfConcurrentWork(2, () -> {
            for (int i = 0; i < PAIRS_PER_THREAD; i++) {
                Conn c = pool.acquire();
                int worker = i;
                bus.publish((s, at) -> new PoolEvent.WorkerArrived(s, at, worker));
                pool.release(c);
            }
        });

        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).seq()).isEqualTo(events.get(i - 1).seq() + 1);
        }
        assertThat(events.stream().filter(e -> e instanceof PoolEvent.WorkerArrived)).hasSize(2 * PAIRS_PER_THREAD);
    }

    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code work} on {@code threads} platform threads released together and returns every event the bus
     * delivered meanwhile; rethrows the first failure.
     */
    private List<PoolEvent> eventsOfConcurrentWork(int threads, Work work) throws Exception {
        // Delivery is one event at a time, so a plain list is safe here.
        List<PoolEvent> events = new ArrayList<>();
        bus.subscribe(events::add);
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Throwable> failures = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                    work.run();
                } catch (Throwable e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Thread t : running) {
            t.join();
        }
        if (!failures.isEmpty()) {
            throw new AssertionError("a worker failed", failures.get(0));
        }
        return events;
    }
}
