package gopatterns.bench;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.pool.Pool;
import gopatterns.pool.PoolConfig;
import gopatterns.pool.PoolEvent;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Acquire+release pairs per second, on 1 and 2 threads sharing one pool of {@value #SIZE} idle slots, for:
 * our {@link Pool} in Go-compatible mode unobserved ({@code goPool}), with one cheap listener
 * ({@code goPoolListened}) and with a counting listener ({@code goPoolCounted}); unobserved plus building the
 * same two events without any bus ({@code goPoolEventsOnly}, the floor of one object per event); Apache Commons Pool2's
 * {@link GenericObjectPool} set up the same way ({@code commonsPool2}); and a bare {@link ArrayBlockingQueue}
 * poll/offer pair ({@code queue}), the floor any channel-like pool pays. Every pool is filled before measuring, so each acquire reuses an idle resource
 * and each release puts it back into a slot: the steady state of a busy pool. {@link BenchReport} turns
 * the JSON results into the ratios the targets are stated in.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 3, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 4, time = 1)
public abstract class PoolBenchmark {

    static final int SIZE = 8;

    /** The pooled resource: an id and a close that does nothing, so only the pools' own costs are measured. */
    public static final class Conn implements AutoCloseable {
        private static final AtomicLong IDS = new AtomicLong();
        final long id = IDS.incrementAndGet();

        long id() {
            return id;
        }

        @Override
        public void close() {
        }
    }

    /** Our pool with nobody listening: the bus builds no events at all. */
    @State(Scope.Benchmark)
    public static class GoPoolState {
        VirtualClock clock;
        EventBus<PoolEvent> bus;
        Pool<Conn> pool;

        @Setup(Level.Trial)
        public void setUp(Blackhole blackhole) throws Exception {
            clock = VirtualClock.manual();
            bus = new EventBus<>(clock);
            listen(bus, blackhole);
            pool = new Pool<>(PoolConfig.goCompatible(SIZE), Conn::new, Conn::id, clock, bus);
            Conn[] warm = new Conn[SIZE];
            for (int i = 0; i < SIZE; i++) {
                warm[i] = pool.acquire();
            }
            for (Conn c : warm) {
                pool.release(c);
            }
        }

        void listen(EventBus<PoolEvent> bus, Blackhole blackhole) {
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            // Anything created after the warm-up would mean the measured path was not pure reuse.
            long created = pool.stats().created();
            pool.close();
            clock.close();
            if (created != SIZE) {
                throw new IllegalStateException("expected " + SIZE + " resources created, was " + created);
            }
            check();
        }

        void check() {
        }
    }

    /**
     * Our pool with one cheap listener: every event goes into JMH's {@link Blackhole}. The event is built,
     * numbered, stamped and handed over as for any observer (the blackhole keeps the compiler from dropping
     * it), and the listener itself adds next to nothing, so the difference to {@code goPool} is what being
     * observed costs the pool and its bus. (The app's frame bridge appends each event to a queue drained
     * every frame; undrained here, such a queue would grow until the heap runs out.)
     */
    @State(Scope.Benchmark)
    public static class ListenedGoPoolState extends GoPoolState {
        @Override
        void listen(EventBus<PoolEvent> bus, Blackhole blackhole) {
            bus.subscribe(blackhole::consume);
        }
    }

    /**
     * As {@link ListenedGoPoolState}, with a listener that does some work of its own: it counts the events in
     * a {@link LongAdder} (an atomic add per event) and keeps the latest. Shown for comparison; its extra
     * cost over the blackhole is the listener's, not the pool's.
     */
    @State(Scope.Benchmark)
    public static class CountedGoPoolState extends GoPoolState {
        final LongAdder events = new LongAdder();
        PoolEvent latest;

        @Override
        void listen(EventBus<PoolEvent> bus, Blackhole blackhole) {
            bus.subscribe(e -> {
                events.increment();
                latest = e;
            });
        }

        @Override
        void check() {
            if (events.sum() == 0 || latest == null) {
                throw new IllegalStateException("the listener saw no events");
            }
        }
    }

    /** A thread's own event numbers for {@code goPoolEventsOnly}. */
    @State(Scope.Thread)
    public static class EventNumbers {
        long seq;
    }

    /** Commons Pool2 configured as the Go pool: unbounded, {@value #SIZE} idle, FIFO, no JMX/eviction/abandon. */
    @State(Scope.Benchmark)
    public static class CommonsPool2State {
        GenericObjectPool<Conn> pool;

        @Setup(Level.Trial)
        public void setUp() throws Exception {
            GenericObjectPoolConfig<Conn> config = new GenericObjectPoolConfig<>();
            config.setMaxTotal(-1);
            config.setMaxIdle(SIZE);
            config.setMinIdle(0);
            config.setLifo(false);
            config.setJmxEnabled(false);
            config.setTimeBetweenEvictionRuns(Duration.ofMillis(-1)); // no evictor thread
            config.setTestOnBorrow(false);
            config.setTestOnReturn(false);
            config.setTestWhileIdle(false);
            // No AbandonedConfig: no abandoned-object tracking. maxTotal -1 never blocks, so
            // blockWhenExhausted does not matter.
            pool = new GenericObjectPool<>(new BasePooledObjectFactory<>() {
                @Override
                public Conn create() {
                    return new Conn();
                }

                @Override
                public PooledObject<Conn> wrap(Conn c) {
                    return new DefaultPooledObject<>(c);
                }

                @Override
                public void destroyObject(PooledObject<Conn> p) {
                    p.getObject().close();
                }
            }, config);
            for (int i = 0; i < SIZE; i++) {
                pool.addObject();
            }
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            long created = pool.getCreatedCount();
            pool.close();
            if (created != SIZE) {
                throw new IllegalStateException("expected " + SIZE + " resources created, was " + created);
            }
        }
    }

    /** The floor: a bounded queue, poll or make, offer or drop. */
    @State(Scope.Benchmark)
    public static class QueueState {
        ArrayBlockingQueue<Conn> queue;

        @Setup(Level.Trial)
        public void setUp() {
            queue = new ArrayBlockingQueue<>(SIZE);
            for (int i = 0; i < SIZE; i++) {
                queue.offer(new Conn());
            }
        }
    }

    // ---------------------------------------------------------------- the measured pairs

    @Benchmark
    public Conn goPool(GoPoolState s) throws Exception {
        return goPair(s);
    }

    @Benchmark
    public Conn goPoolListened(ListenedGoPoolState s) throws Exception {
        return goPair(s);
    }

    @Benchmark
    public Conn goPoolCounted(CountedGoPoolState s) throws Exception {
        return goPair(s);
    }

    /**
     * The floor of one immutable event per Go log line: the unobserved pair, plus the same two events a
     * listener gets ({@code AcquireShared}, {@code ReleasedToSlot}, numbered and stamped) built outside the pool
     * and handed to the blackhole, with no bus, lock or listener at all. What {@code goPoolListened} costs
     * beyond this is the bus's.
     */
    @Benchmark
    public Conn goPoolEventsOnly(GoPoolState s, EventNumbers n, Blackhole blackhole) throws Exception {
        Conn c = s.pool.acquire();
        blackhole.consume(new PoolEvent.AcquireShared(++n.seq, s.clock.nanos(), c.id()));
        s.pool.release(c);
        blackhole.consume(new PoolEvent.ReleasedToSlot(++n.seq, s.clock.nanos(), c.id(), PoolBenchmark.SIZE));
        return c;
    }

    @Benchmark
    public Conn commonsPool2(CommonsPool2State s) throws Exception {
        Conn c = s.pool.borrowObject();
        s.pool.returnObject(c);
        return c;
    }

    @Benchmark
    public Conn queue(QueueState s) {
        Conn c = s.queue.poll();
        if (c == null) {
            c = new Conn();
        }
        if (!s.queue.offer(c)) {
            c.close();
        }
        return c;
    }

    private static Conn goPair(GoPoolState s) throws Exception {
        Conn c = s.pool.acquire();
        s.pool.release(c);
        return c;
    }

    /** Every benchmark above on one thread. */
    @Threads(1)
    public static class OneThread extends PoolBenchmark {
    }

    /** Every benchmark above on two threads sharing each pool. */
    @Threads(2)
    public static class TwoThreads extends PoolBenchmark {
    }
}
