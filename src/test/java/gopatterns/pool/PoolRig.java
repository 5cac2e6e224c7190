package gopatterns.pool;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A pool of {@link TestResource}s on a manual clock, with every event recorded and the accounting checked at
 * every event: whatever a test does, a snapshot that does not balance fails it.
 */
final class PoolRig implements AutoCloseable {

    final VirtualClock clock = VirtualClock.manual();
    final EventBus<PoolEvent> bus = new EventBus<>(clock);
    final List<PoolEvent> events = Collections.synchronizedList(new ArrayList<>());
    final List<TestResource> made = Collections.synchronizedList(new ArrayList<>());
    final List<PoolStats> unbalanced = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong nextId = new AtomicLong();
    private volatile Pool.Factory<TestResource> factory = this::make;
    final Pool<TestResource> pool;

    PoolRig(PoolConfig config) {
        bus.subscribe(events::add);
        pool = new Pool<>(config, () -> factory.create(), TestResource::id, clock, bus);
        bus.subscribe(e -> {
            PoolStats s = pool.stats();
            if (!s.balanced()) {
                unbalanced.add(s);
            }
        });
    }

    /** A new resource with the next id (1, 2, 3 …), as the Go demo's factory numbers them. */
    TestResource make() {
        TestResource r = new TestResource(nextId.incrementAndGet());
        made.add(r);
        return r;
    }

    /** Replaces the factory, e.g. with one that throws. */
    void factory(Pool.Factory<TestResource> f) {
        factory = f;
    }

    TestResource acquire() throws PoolException, InterruptedException {
        return pool.acquire();
    }

    /** Acquires {@code n} resources one after another. */
    List<TestResource> acquire(int n) throws PoolException, InterruptedException {
        List<TestResource> got = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            got.add(pool.acquire());
        }
        return got;
    }

    <T extends PoolEvent> List<T> all(Class<T> type) {
        synchronized (events) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    List<Long> closedIds() {
        List<Long> ids = new ArrayList<>();
        for (PoolEvent.ResourceClosed c : all(PoolEvent.ResourceClosed.class)) {
            ids.add(c.resource());
        }
        return ids;
    }

    @Override
    public void close() {
        clock.close();
    }
}
