package gopatterns.pool;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The book's pool demo as a reusable scenario: workers (goroutines) arrive, acquire a connection, hold it
 * for a random time (a query), log {@code QID[q] CID[c]}, release it; when all are done the program logs
 * {@code Shutdown Program} and closes the pool. Every random choice comes from the seed, drawn up front, so
 * a run does not depend on which thread gets there first.
 */
public final class PoolDemo {

    /**
     * @param size           idle slots
     * @param workers        how many workers (1 to 10,000)
     * @param hold           longest hold of a connection; each worker holds a random 0 ≤ t &lt; hold (whole ms)
     * @param spread         arrivals spread at random over this time; zero: all arrive at once, as in the book
     * @param mode           Go-compatible or bounded
     * @param maxTotal       bounded mode: most connections alive
     * @param acquireTimeout bounded mode: longest wait at the cap (zero: no limit)
     * @param failureRate    share of factory calls that fail, 0 to 1
     * @param seed           for every random choice, the order of workers at one virtual instant included
     */
    public record Params(int size, int workers, Duration hold, Duration spread, PoolMode mode, int maxTotal,
                         Duration acquireTimeout, double failureRate, long seed) {
        public static final int MAX_WORKERS = 10_000;

        public Params {
            new PoolConfig(size, mode, maxTotal, acquireTimeout); // the pool's own checks
            if (workers < 1 || workers > MAX_WORKERS) {
                throw new IllegalArgumentException("workers must be between 1 and " + MAX_WORKERS + ", was " + workers);
            }
            if (hold == null || hold.isNegative()) {
                throw new IllegalArgumentException("hold must not be negative, was " + hold);
            }
            if (spread == null || spread.isNegative()) {
                throw new IllegalArgumentException("spread must not be negative, was " + spread);
            }
            if (!(failureRate >= 0 && failureRate <= 1)) {
                throw new IllegalArgumentException("failure rate must be between 0 and 1, was " + failureRate);
            }
        }

        /** The book's demo: 25 workers at once, 2 slots, each holds its connection 0–999 ms. */
        public static Params book() {
            return new Params(2, 25, Duration.ofSeconds(1), Duration.ZERO, PoolMode.GO_COMPATIBLE, 0,
                    Duration.ZERO, 0, 1);
        }

        public PoolConfig poolConfig() {
            return new PoolConfig(size, mode, maxTotal, acquireTimeout);
        }

        public Params withSize(int v) {
            return new Params(v, workers, hold, spread, mode, maxTotal, acquireTimeout, failureRate, seed);
        }

        public Params withWorkers(int v) {
            return new Params(size, v, hold, spread, mode, maxTotal, acquireTimeout, failureRate, seed);
        }

        public Params withHold(Duration v) {
            return new Params(size, workers, v, spread, mode, maxTotal, acquireTimeout, failureRate, seed);
        }

        public Params withSpread(Duration v) {
            return new Params(size, workers, hold, v, mode, maxTotal, acquireTimeout, failureRate, seed);
        }

        public Params withBounded(int max, Duration timeout) {
            return new Params(size, workers, hold, spread, PoolMode.BOUNDED, max, timeout, failureRate, seed);
        }

        public Params withGoCompatible() {
            return new Params(size, workers, hold, spread, PoolMode.GO_COMPATIBLE, maxTotal, acquireTimeout,
                    failureRate, seed);
        }

        public Params withFailureRate(double v) {
            return new Params(size, workers, hold, spread, mode, maxTotal, acquireTimeout, v, seed);
        }

        public Params withSeed(long v) {
            return new Params(size, workers, hold, spread, mode, maxTotal, acquireTimeout, failureRate, v);
        }
    }

    /** The demo's resource: a pretend database connection with an id from 1 up. */
    public record Connection(long id, AtomicInteger closes) implements AutoCloseable {
        public Connection(long id) {
            this(id, new AtomicInteger());
        }

        @Override
        public void close() {
            closes.incrementAndGet();
        }
    }

    private final Params params;
    private final VirtualClock clock;
    private final EventBus<PoolEvent> bus;
    private final Pool<Connection> pool;
    private final long[] arrivals;
    private final double[] holdShares;
    private final AtomicLong nextId = new AtomicLong();
    private final SplittableRandom failures;
    private final List<Connection> made = new ArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicInteger finished = new AtomicInteger();
    private volatile Duration hold;

    public PoolDemo(Params params, VirtualClock clock, EventBus<PoolEvent> bus) {
        this.params = params;
        this.clock = clock;
        this.bus = bus;
        this.hold = params.hold();
        // Workers that are ready at one instant take their turns in an order drawn from the seed too.
        clock.seedTurns(params.seed());
        SplittableRandom random = new SplittableRandom(params.seed());
        this.failures = random.split();
        this.arrivals = new long[params.workers()];
        this.holdShares = new double[params.workers()];
        long spreadNanos = params.spread().toNanos();
        for (int q = 0; q < params.workers(); q++) {
            arrivals[q] = spreadNanos == 0 ? 0 : random.nextLong(spreadNanos);
            holdShares[q] = random.nextDouble();
        }
        this.pool = new Pool<>(params.poolConfig(), this::createConnection, Connection::id, clock, bus);
    }

    public Pool<Connection> pool() {
        return pool;
    }

    public Params params() {
        return params;
    }

    /** Changes the longest hold for workers that have not started their query yet. */
    public void setHold(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("hold must not be negative, was " + d);
        }
        hold = d;
    }

    /** Every connection the factory made, for checks that each was closed exactly once. */
    public List<Connection> connections() {
        synchronized (made) {
            return List.copyOf(made);
        }
    }

    /** Workers that have finished, failed ones included. */
    public int finishedWorkers() {
        return finished.get();
    }

    /** The worker threads started so far. */
    public List<Thread> workerThreads() {
        synchronized (workers) {
            return List.copyOf(workers);
        }
    }

    /**
     * Runs the demo on the calling thread: starts the workers, waits for all of them on the clock, logs
     * {@code Shutdown Program} and closes the pool.
     */
    public PoolStats run() throws InterruptedException {
        bus.publish((s, at) -> new PoolEvent.DemoStarted(s, at, params.workers()));
        long start = clock.nanos();
        // Every worker starts at the same virtual instant, however long starting 10,000 threads takes.
        try (VirtualClock.Hold hold = clock.hold()) {
            for (int q = 0; q < params.workers(); q++) {
                int worker = q;
                Thread t = clock.startThread("worker-" + q, () -> work(worker, start + arrivals[worker]));
                synchronized (workers) {
                    workers.add(t);
                }
            }
        }
        clock.await(() -> finished.get() == params.workers());
        bus.publish((s, at) -> new PoolEvent.Shutdown(s, at));
        pool.close();
        return pool.stats();
    }

    /** Stops every worker still alive and closes the pool. */
    public void dispose() {
        // Close first: every connection then comes back to a closed pool and is closed as it returns,
        // whatever order the stopped workers get there in.
        pool.close();
        for (Thread t : workerThreads()) {
            if (t.isAlive()) {
                clock.interrupt(t);
            }
        }
    }

    /**
     * Waits on the clock until every worker started so far has finished (after {@link #dispose()}, say). From a
     * participant, this lets the workers take their turns meanwhile.
     *
     * @throws InterruptedException if interrupted while waiting
     */
    public void awaitWorkers() throws InterruptedException {
        clock.await(() -> finished.get() >= workerThreads().size());
    }

    private void work(int q, long arrival) {
        try {
            clock.sleepUntil(arrival);
            bus.publish((s, at) -> new PoolEvent.WorkerArrived(s, at, q));
            Pool.Lease<Connection> lease;
            try {
                lease = pool.acquireLease();
            } catch (PoolException e) {
                String message = e.getMessage();
                bus.publish((s, at) -> new PoolEvent.WorkerFailed(s, at, q, message));
                return;
            }
            Connection c = lease.resource();
            try {
                bus.publish((s, at) -> new PoolEvent.WorkerAcquired(s, at, q, c.id(), lease.shared()));
                Duration h = Duration.ofMillis((long) (holdShares[q] * hold.toMillis()));
                bus.publish((s, at) -> new PoolEvent.WorkerQuerying(s, at, q, c.id(), h));
                clock.sleep(h);
                bus.publish((s, at) -> new PoolEvent.WorkerQueried(s, at, q, c.id()));
            } finally {
                pool.release(c);
            }
            bus.publish((s, at) -> new PoolEvent.WorkerDone(s, at, q));
        } catch (InterruptedException e) {
            bus.publish((s, at) -> new PoolEvent.WorkerFailed(s, at, q, "interrupted"));
        } finally {
            finished.incrementAndGet();
            clock.signalAll();
        }
    }

    private Connection createConnection() throws IOException {
        if (params.failureRate() > 0) {
            boolean fail;
            synchronized (failures) {
                fail = failures.nextDouble() < params.failureRate();
            }
            if (fail) {
                throw new IOException("connection refused");
            }
        }
        Connection c = new Connection(nextId.incrementAndGet());
        synchronized (made) {
            made.add(c);
        }
        return c;
    }

    /**
     * Whether the Go demo exits with this event, printing nothing after it: never before {@link #run()} has
     * returned. Its {@code main} waits for every worker, logs {@code Shutdown Program} and closes the pool,
     * which logs the closing of each idle connection, and only then returns; by then nothing is left to log.
     * So every line of a run is printed, the closes after {@code Shutdown Program} included.
     */
    public static boolean exitsWith(PoolEvent event) {
        return false;
    }

    /** The line the Go demo logs for an event, if it logs one. */
    public static Optional<String> logMessage(PoolEvent event) {
        return switch (event) {
            case PoolEvent.AcquireShared e -> Optional.of("Acquire: Shared Resource");
            case PoolEvent.AcquireRefused e -> Optional.of("Acquire: Shared Resource");
            case PoolEvent.AcquireNew e -> Optional.of("Acquire: New Resource");
            case PoolEvent.ResourceCreated e -> Optional.of("Create: New Connection " + e.resource());
            case PoolEvent.ReleasedToSlot e -> Optional.of("Release: In Queue");
            case PoolEvent.ReleasedClosing e -> Optional.of("Release: Closing");
            case PoolEvent.ResourceClosed e -> Optional.of("Close: Connection " + e.resource());
            case PoolEvent.WorkerQueried e -> Optional.of("QID[" + e.worker() + "] CID[" + e.resource() + "]");
            case PoolEvent.WorkerFailed e -> Optional.of(e.message());
            case PoolEvent.Shutdown e -> Optional.of("Shutdown Program");
            default -> Optional.empty();
        };
    }
}
