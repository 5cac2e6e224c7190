package gopatterns.ui.pool;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.pool.Pool;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolMode;
import gopatterns.pool.PoolStats;
import gopatterns.ui.common.BoundedDoubleProperty;
import gopatterns.ui.common.BoundedIntegerProperty;
import gopatterns.ui.common.SimulationModel;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The pool view's state, folded from the events of a real {@link PoolDemo} (a real {@link Pool} and real
 * worker threads on the virtual clock): per-worker states, the idle slots, connection moves, counters and a
 * time series. Nothing here is scripted; the counters can be checked against {@link Pool#stats()} at any
 * settled moment. Everything a view shows is kept here, so a view can be rebuilt at any time (a language
 * switch does that). FX thread only, except where said.
 */
public final class PoolModel extends SimulationModel<PoolEvent> {

    public static final int MIN_SIZE = 1;
    public static final int MAX_SIZE = 20;
    public static final int MIN_WORKERS = 1;
    public static final int MAX_WORKERS = PoolDemo.Params.MAX_WORKERS;
    public static final int MAX_HOLD_MILLIS = 10_000;
    public static final double MAX_SPREAD_SECONDS = 60;
    public static final int MAX_TOTAL_LIMIT = MAX_WORKERS;
    public static final int MAX_TIMEOUT_MILLIS = 60_000;
    public static final int MAX_SEED = 999_999;
    /** Bounded mode's cap when the parameters came from the book, which has none. */
    public static final int DEFAULT_MAX_TOTAL = 5;
    /** Connection moves kept for the view's animations; older ones are only counted. */
    public static final int MOVE_HISTORY = 256;

    // ---------------------------------------------------------------- parameters
    private final BoundedIntegerProperty size = new BoundedIntegerProperty(this, "size", 2, MIN_SIZE, MAX_SIZE);
    private final BoundedIntegerProperty workers =
            new BoundedIntegerProperty(this, "workers", 25, MIN_WORKERS, MAX_WORKERS);
    private final BoundedIntegerProperty holdMillis =
            new BoundedIntegerProperty(this, "holdMillis", 1000, 0, MAX_HOLD_MILLIS);
    private final BoundedDoubleProperty spreadSeconds =
            new BoundedDoubleProperty(this, "spreadSeconds", 0, 0, MAX_SPREAD_SECONDS);
    private final ObjectProperty<PoolMode> mode = new SimpleObjectProperty<>(this, "mode", PoolMode.GO_COMPATIBLE) {
        @Override
        public void set(PoolMode v) {
            super.set(v == null ? PoolMode.GO_COMPATIBLE : v);
        }
    };
    private final BoundedIntegerProperty maxTotal =
            new BoundedIntegerProperty(this, "maxTotal", DEFAULT_MAX_TOTAL, 1, MAX_TOTAL_LIMIT);
    private final BoundedIntegerProperty acquireTimeoutMillis =
            new BoundedIntegerProperty(this, "acquireTimeoutMillis", 0, 0, MAX_TIMEOUT_MILLIS);
    private final BoundedDoubleProperty failureRate = new BoundedDoubleProperty(this, "failureRate", 0, 0, 1);
    private final BoundedIntegerProperty seed = new BoundedIntegerProperty(this, "seed", 1, 0, MAX_SEED);

    // ---------------------------------------------------------------- the run
    private final ReadOnlyObjectWrapper<PoolDemo.Params> runParams = new ReadOnlyObjectWrapper<>(this, "runParams");
    private final ReadOnlyObjectWrapper<PoolStats> counters = new ReadOnlyObjectWrapper<>(this, "counters", EMPTY);
    private final ReadOnlyObjectWrapper<PoolEvent> notableEvent = new ReadOnlyObjectWrapper<>(this, "notableEvent");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyBooleanWrapper poolClosed = new ReadOnlyBooleanWrapper(this, "poolClosed");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final BooleanBinding changesPending;
    private volatile PoolDemo demo;

    // ---------------------------------------------------------------- state folded from events
    private static final PoolStats EMPTY = new PoolStats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false);

    private final WorkerTable crowd = new WorkerTable();
    /** Worker holding connection {@code id}, or -1; grows with the ids the factory hands out. */
    private int[] holderOf = new int[64];
    private byte[] lastMove = new byte[64];
    private final ArrayDeque<Long> slots = new ArrayDeque<>();
    private final Move[] moves = new Move[MOVE_HISTORY];
    private long moveCount;
    private final PoolSeries series = new PoolSeries();

    private long created;
    private long reused;
    private long closedAtRelease;
    private long closedAtShutdown;
    private long closedAfterShutdown;
    private int inUse;
    private int peakInUse;
    private long waits;
    private int waiting;
    private long factoryFailures;
    private long closeFailures;
    private long refused;
    private long timedOut;
    private boolean shutdownSeen;
    private int drainedAtShutdown;
    private long lastEventAt;
    private long frameNanos;
    private boolean dirty;
    private boolean textDirty;
    private boolean chartDirty;
    private PoolEvent latest;

    /**
     * A connection's move, for the view's animations.
     *
     * @param index      counts every move of the run, from 0
     * @param connection the connection's id
     * @param worker     the worker it goes to or comes from, or -1
     * @param slot       the slot it goes into or comes out of, or -1
     */
    public record Move(long index, long connection, ConnectionMove kind, int worker, int slot) {}

    public PoolModel(VirtualClock clock) {
        super(clock);
        setParams(PoolDemo.Params.book());
        holdMillis.addListener((obs, old, v) -> {
            PoolDemo d = demo;
            if (d != null) {
                d.setHold(Duration.ofMillis(v.intValue()));
            }
        });
        changesPending = Bindings.createBooleanBinding(() -> {
            PoolDemo.Params run = runParams.get();
            return run != null && !run.withHold(Duration.ZERO).equals(params().withHold(Duration.ZERO));
        }, runParams, size, workers, spreadSeconds, mode, maxTotal, acquireTimeoutMillis, failureRate, seed);
        Arrays.fill(holderOf, -1);
    }

    // ---------------------------------------------------------------- parameters

    /** The parameters the controls show now; the next run uses them. */
    public PoolDemo.Params params() {
        PoolDemo.Params p = new PoolDemo.Params(size.get(), workers.get(), Duration.ofMillis(holdMillis.get()),
                Duration.ofMillis(Math.round(spreadSeconds.get() * 1000)), PoolMode.GO_COMPATIBLE, 0,
                Duration.ZERO, failureRate.get(), seed.get());
        return mode.get() == PoolMode.BOUNDED
                ? p.withBounded(maxTotal.get(), Duration.ofMillis(acquireTimeoutMillis.get()))
                : p;
    }

    /** Sets every control to {@code p} (a preset, say); a value out of a control's range is clamped. */
    public void setParams(PoolDemo.Params p) {
        size.set(p.size());
        workers.set(p.workers());
        holdMillis.set((int) Math.min(Integer.MAX_VALUE, p.hold().toMillis()));
        spreadSeconds.set(p.spread().toMillis() / 1000.0);
        mode.set(p.mode());
        if (p.maxTotal() >= 1) {
            maxTotal.set(p.maxTotal());
        }
        acquireTimeoutMillis.set((int) Math.min(Integer.MAX_VALUE, p.acquireTimeout().toMillis()));
        failureRate.set(p.failureRate());
        seed.set((int) Math.max(0, Math.min(MAX_SEED, p.seed())));
    }

    /** Idle slots, 1–20; applies on the next run. */
    public BoundedIntegerProperty sizeProperty() {
        return size;
    }

    /** Workers (goroutines), 1–10,000; applies on the next run. */
    public BoundedIntegerProperty workersProperty() {
        return workers;
    }

    /** Longest hold of a connection in ms; takes effect at once for queries not started yet. */
    public BoundedIntegerProperty holdMillisProperty() {
        return holdMillis;
    }

    /** Arrivals spread over this many seconds; 0: all at once, as in the book. Applies on the next run. */
    public BoundedDoubleProperty spreadSecondsProperty() {
        return spreadSeconds;
    }

    public ObjectProperty<PoolMode> modeProperty() {
        return mode;
    }

    /** Bounded mode: most connections alive at once. */
    public BoundedIntegerProperty maxTotalProperty() {
        return maxTotal;
    }

    /** Bounded mode: longest wait at the cap in ms; 0 waits as long as it takes. */
    public BoundedIntegerProperty acquireTimeoutMillisProperty() {
        return acquireTimeoutMillis;
    }

    /** Share of factory calls that fail, 0–1. */
    public BoundedDoubleProperty failureRateProperty() {
        return failureRate;
    }

    public BoundedIntegerProperty seedProperty() {
        return seed;
    }

    /** True while a run exists whose parameters differ from the controls (other than the live hold). */
    public BooleanBinding changesPendingProperty() {
        return changesPending;
    }

    // ---------------------------------------------------------------- commands

    /**
     * Closes the pool of the current run now, as the Go program's {@code Close}: idle connections close at
     * once, later releases close theirs, later acquires fail. A second press does nothing but show so.
     */
    public void closePool() {
        PoolDemo d = demo;
        if (d == null) {
            return;
        }
        boolean already = d.pool().isClosed();
        d.pool().close();
        if (already) {
            highlight("close-again");
        }
        sync();
    }

    // ---------------------------------------------------------------- the run

    @Override
    protected Run launch(VirtualClock clock, EventBus<PoolEvent> bus) {
        PoolDemo.Params p = params();
        PoolDemo d = new PoolDemo(p, clock, bus);
        demo = d;
        runParams.set(p);
        Thread main = clock.startThread("pool-main", () -> {
            try {
                d.run();
            } catch (InterruptedException e) {
                // Reset: the run is being disposed of.
            } catch (RuntimeException | Error e) {
                reportFailure(e);
            }
        });
        return () -> {
            if (main.isAlive()) {
                clock.interrupt(main);
            }
            d.dispose();
        };
    }

    @Override
    protected void clearState() {
        demo = null;
        resetFold();
        // Last: views that follow the run read the cleared state, not the old run's.
        runParams.set(null);
        revision.set(revision.get() + 1);
    }

    @Override
    protected void resetFold() {
        crowd.reset(0);
        Arrays.fill(holderOf, -1);
        Arrays.fill(lastMove, (byte) 0);
        slots.clear();
        Arrays.fill(moves, null);
        moveCount = 0;
        series.clear();
        created = reused = closedAtRelease = closedAtShutdown = closedAfterShutdown = 0;
        inUse = peakInUse = waiting = 0;
        waits = factoryFailures = closeFailures = refused = timedOut = 0;
        shutdownSeen = false;
        drainedAtShutdown = 0;
        lastEventAt = 0;
        frameNanos = 0;
        poolClosed.set(false);
        finished.set(false);
        counters.set(EMPTY);
        notableEvent.set(null);
        latest = null;
        dirty = false;
        textDirty = false;
        revision.set(revision.get() + 1); // the view rebuilds from the state, without flights
    }

    @Override
    protected Optional<String> logMessage(PoolEvent event) {
        return PoolDemo.logMessage(event);
    }

    @Override
    protected boolean goProgramExitsWith(PoolEvent event) {
        return PoolDemo.exitsWith(event);
    }

    @Override
    protected void apply(PoolEvent event) {
        dirty = true;
        lastEventAt = runNanos(event.at());
        if (notable(event)) {
            latest = event;
        }
        switch (event) {
            case PoolEvent.PoolCreated e -> { }
            case PoolEvent.DemoStarted e -> crowd.reset(e.workers());
            case PoolEvent.WorkerArrived e -> {
                crowd.arrived(e.worker(), lastEventAt);
            }
            case PoolEvent.AcquireShared e -> {
                reused++;
                slots.pollFirst();
                take();
                highlight("acquire-shared");
            }
            case PoolEvent.AcquireNew e -> highlight("acquire-new");
            case PoolEvent.ResourceCreated e -> {
                created++;
                take();
                move(e.resource(), ConnectionMove.BORN, -1, -1);
            }
            case PoolEvent.FactoryFailed e -> factoryFailures++;
            case PoolEvent.AcquireRefused e -> {
                refused++;
                highlight("acquire-closed");
            }
            case PoolEvent.WaitStarted e -> {
                waits++;
                waiting++;
                highlight("bounded-wait");
            }
            case PoolEvent.WaitEnded e -> {
                waiting--;
                if (e.result() == PoolEvent.WaitResult.TIMED_OUT) {
                    timedOut++;
                }
            }
            case PoolEvent.WorkerAcquired e -> {
                crowd.holds(e.worker(), e.resource());
                holder(e.resource(), e.worker());
                move(e.resource(), e.shared() ? ConnectionMove.TAKEN : ConnectionMove.CARRIED, e.worker(),
                        e.shared() ? 0 : -1);
            }
            case PoolEvent.WorkerQuerying e -> {
                crowd.querying(e.worker(), lastEventAt, lastEventAt + e.hold().toNanos());
            }
            case PoolEvent.WorkerQueried e -> crowd.set(e.worker(), WorkerState.RELEASING);
            case PoolEvent.ReleasedToSlot e -> {
                slots.addLast(e.resource());
                release(e.resource(), ConnectionMove.RETURNED, e.idle() - 1);
                highlight("release-in-queue");
            }
            case PoolEvent.ReleasedClosing e -> {
                closedAtRelease++;
                release(e.resource(), ConnectionMove.CLOSED_AT_RELEASE, -1);
                highlight("release-closing");
            }
            case PoolEvent.ReleasedAfterClose e -> {
                closedAfterShutdown++;
                release(e.resource(), ConnectionMove.CLOSED_AFTER_SHUTDOWN, -1);
                highlight("release-closed");
            }
            case PoolEvent.ResourceClosed e -> {
                if (e.cause() == PoolEvent.CloseCause.AT_SHUTDOWN) {
                    move(e.resource(), ConnectionMove.CLOSED_AT_SHUTDOWN, -1, drainedAtShutdown++);
                }
            }
            case PoolEvent.CloseFailed e -> closeFailures++;
            case PoolEvent.PoolClosed e -> {
                closedAtShutdown += e.idleClosed();
                slots.clear();
                drainedAtShutdown = 0;
                poolClosed.set(true);
                highlight(e.idleClosed() > 0 ? "close-drain" : "close-mark");
                if (shutdownSeen) {
                    ended();
                }
            }
            case PoolEvent.WorkerFailed e -> {
                crowd.holds(e.worker(), 0);
                crowd.set(e.worker(), WorkerState.FAILED);
            }
            case PoolEvent.WorkerDone e -> crowd.set(e.worker(), WorkerState.DONE);
            case PoolEvent.Shutdown e -> {
                shutdownSeen = true;
                if (poolClosed.get()) {
                    ended(); // closed earlier by hand: the demo's own close does nothing
                }
            }
        }
        series.record(lastEventAt, inUse, slots.size(), created);
    }

    /**
     * Whether an event says something of its own. The others only echo a neighbour that says it better:
     * a worker's acquire names the connection and how it got it, a release names why it was closed.
     */
    private static boolean notable(PoolEvent e) {
        return !(e instanceof PoolEvent.WorkerDone || e instanceof PoolEvent.ResourceClosed
                || e instanceof PoolEvent.AcquireNew || e instanceof PoolEvent.ResourceCreated
                || e instanceof PoolEvent.AcquireShared || e instanceof PoolEvent.WorkerQueried
                || e instanceof PoolEvent.WorkerArrived);
    }

    private void take() {
        inUse++;
        peakInUse = Math.max(peakInUse, inUse);
    }

    private void release(long connection, ConnectionMove kind, int slot) {
        inUse--;
        int worker = holderOf((int) connection);
        if (worker >= 0) {
            crowd.holds(worker, 0);
            holder(connection, -1);
        }
        move(connection, kind, worker, slot);
    }

    private void holder(long connection, int worker) {
        int id = (int) connection;
        ensureRoom(id);
        holderOf[id] = worker;
    }

    /** Makes room for connection {@code id} in the per-connection arrays. */
    private void ensureRoom(int id) {
        if (id >= holderOf.length) {
            int n = Math.max(id + 1, holderOf.length * 2);
            int old = holderOf.length;
            holderOf = Arrays.copyOf(holderOf, n);
            Arrays.fill(holderOf, old, n, -1);
            lastMove = Arrays.copyOf(lastMove, n);
        }
    }

    private int holderOf(int id) {
        return id < holderOf.length ? holderOf[id] : -1;
    }

    private void move(long connection, ConnectionMove kind, int worker, int slot) {
        ensureRoom((int) connection);
        lastMove[(int) connection] = (byte) kind.ordinal();
        moves[(int) (moveCount % MOVE_HISTORY)] = new Move(moveCount, connection, kind, worker, slot);
        moveCount++;
    }

    @Override
    protected void ended() {
        // The lesson appears now and takes its numbers from the counters: they are the run's final ones from
        // this moment, not those of the last text frame (the pool's own close is the run's very last event).
        counters.set(statsFromEvents());
        notableEvent.set(latest);
        finished.set(true);
        super.ended();
    }

    @Override
    protected void frame() {
        if (runParams.get() == null) {
            return;
        }
        long now = runNanos(frameNanos());
        if (runParams.get().mode() == PoolMode.BOUNDED && crowd.markWaiting(now)) {
            dirty = true;
        }
        boolean moving = now != frameNanos && crowd.count(WorkerState.QUERYING) > 0;
        frameNanos = now;
        if (dirty) {
            if (isRunning() && now > lastEventAt) {
                series.record(now, inUse, slots.size(), created);
            }
            textDirty = true;
            chartDirty = true;
        }
        // Texts and the chart change on frames of their own: a change seen on another frame is shown on the
        // next such frame, also when nothing happens in between (a paused clock).
        if (textDirty && isTextFrame()) {
            textDirty = false;
            counters.set(statsFromEvents());
            notableEvent.set(latest);
            dirty = true; // the view's texts follow the counters in this frame
        }
        if (chartDirty && isChartFrame()) {
            chartDirty = false;
            dirty = true;
        }
        if (dirty || moving) {
            dirty = false;
            revision.set(revision.get() + 1);
        }
    }

    // ---------------------------------------------------------------- reading the state

    /** The counters as the events tell them, in the core's own record: equal to the pool's at rest. */
    public PoolStats statsFromEvents() {
        return new PoolStats(created, reused, closedAtRelease, closedAtShutdown, closedAfterShutdown,
                slots.size(), inUse, peakInUse, waits, waiting, factoryFailures, closeFailures, refused, timedOut,
                poolClosed.get());
    }

    /** The counters, updated on every text frame ({@link #isTextFrame()}) after a change. */
    public ReadOnlyObjectProperty<PoolStats> countersProperty() {
        return counters.getReadOnlyProperty();
    }

    /**
     * The newest event that says something of its own, for a caption of what just happened: events that only
     * echo a neighbour (a connection's close after "every slot is full", a worker being done) are passed
     * over; {@link #lastEventProperty()} has every event. Updated with the texts, twenty times a second.
     */
    public ReadOnlyObjectProperty<PoolEvent> notableEventProperty() {
        return notableEvent.getReadOnlyProperty();
    }

    /** Bumped once a frame when anything shown changed (or a query's progress moved): views redraw then. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }


    /**
     * True once the run has finished as the Go program does (every worker done, the pool closed); false
     * before, while it goes, after a reset and when it failed. The lesson is shown only then.
     */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty poolClosedProperty() {
        return poolClosed.getReadOnlyProperty();
    }

    /** The parameters of the run being shown, or null before the first start. */
    public ReadOnlyObjectProperty<PoolDemo.Params> runParamsProperty() {
        return runParams.getReadOnlyProperty();
    }

    /** The current run's demo (its pool, its threads), or null; to check the view against the core. */
    public PoolDemo demo() {
        return demo;
    }

    /** Workers of the run shown (0 before a run). */
    public int workerCount() {
        return crowd.size();
    }

    public WorkerState workerState(int worker) {
        return crowd.state(worker);
    }

    /** The state's code, {@link WorkerState#code()}: cheap for drawing thousands of workers. */
    public byte workerStateCode(int worker) {
        return crowd.code(worker);
    }

    /** Id of the connection the worker holds, or 0. */
    public int workerConnection(int worker) {
        return crowd.connection(worker);
    }

    /** How far the worker's query has got, 0–1, by the virtual time of the last frame; 0 if not querying. */
    public double queryProgress(int worker) {
        return crowd.progress(worker, frameNanos);
    }

    /** Workers in each state, indexed by {@link WorkerState#ordinal()}. */
    public int workersIn(WorkerState s) {
        return crowd.count(s);
    }

    /** Ids of the idle connections, oldest (next out) first. */
    public List<Long> slotIds() {
        return new ArrayList<>(slots);
    }

    /** The idle slots of the run shown: its pool's size, or the control's before a run. */
    public int slotCount() {
        PoolDemo.Params p = runParams.get();
        return p != null ? p.size() : size.get();
    }

    /** The latest move of connection {@code id}, or null if it was never seen. */
    public ConnectionMove lastMove(long id) {
        if (id <= 0 || id >= lastMove.length || id > created) {
            return null;
        }
        return ConnectionMove.values()[lastMove[(int) id]];
    }

    /** Moves of this run so far. */
    public long moveCount() {
        return moveCount;
    }

    /** Moves with an index of at least {@code from}, oldest first; only the last {@value #MOVE_HISTORY} are kept. */
    public List<Move> movesSince(long from) {
        long start = Math.max(from, moveCount - MOVE_HISTORY);
        List<Move> out = new ArrayList<>((int) Math.max(0, moveCount - start));
        for (long i = Math.max(0, start); i < moveCount; i++) {
            out.add(Objects.requireNonNull(moves[(int) (i % MOVE_HISTORY)]));
        }
        return out;
    }

    /** In use, idle and created over the run's virtual time. */
    public PoolSeries series() {
        return series;
    }
}
