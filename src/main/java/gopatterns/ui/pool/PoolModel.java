package gopatterns.ui.pool;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.history.pool.ConnectionMove;
import gopatterns.history.pool.PoolFold;
import gopatterns.history.pool.PoolSeries;
import gopatterns.history.pool.WorkerState;
import gopatterns.pool.Pool;
import gopatterns.event.TracePattern;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolMode;
import gopatterns.pool.PoolStats;
import gopatterns.pool.PoolTrace;
import gopatterns.ui.common.BoundedDoubleProperty;
import gopatterns.ui.common.BoundedIntegerProperty;
import gopatterns.ui.common.SimulationModel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The pool view's model: the controls, the run of a real {@link PoolDemo} (a real {@link Pool} and real worker
 * threads on the virtual clock), and what the view shows of it, which is a {@link PoolFold} of the run's
 * events and nothing else: per-worker states, the idle slots, connection moves, counters and a time series.
 * Its properties are projections of that fold, so the counters equal {@link Pool#stats()} at every event, and
 * a view can be rebuilt at any time (a language switch does that) or shown at an earlier event
 * ({@link #resetFold()}). FX thread only, except where said.
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
    private volatile PoolDemo demo;

    // ---------------------------------------------------------------- the state: a fold of the run's events
    private static final PoolStats EMPTY = new PoolFold().stats();

    private final PoolFold fold = new PoolFold();

    // What the frames have shown of the fold: bookkeeping of the frames, no second copy of the state.
    private long shownNanos;
    private boolean dirty;
    private boolean textDirty;
    private boolean chartDirty;
    /** A jump (a reset of the fold, End from behind): the next frame shows the state at once, nothing flies. */
    private boolean atOnce;
    /** Moves below this index are state, not animation (they were folded by a jump). */
    private long firstFlyingMove;
    private long rebuilds;
    private long shownAnchors = -1;

    public PoolModel(VirtualClock clock) {
        super(clock);
        setParams(PoolDemo.Params.book());
        holdMillis.addListener((obs, old, v) -> {
            PoolDemo d = demo;
            if (d != null) {
                d.setHold(Duration.ofMillis(v.intValue()));
            }
        });
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

    @Override
    public List<javafx.beans.Observable> parameterProperties() {
        return List.of(size, workers, holdMillis, spreadSeconds, mode, maxTotal, acquireTimeoutMillis, failureRate, seed);
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
        forgetFold();
        firstFlyingMove = 0; // a new run's moves fly from its first
        // Last: views that follow the run read the cleared state, not the old run's.
        runParams.set(null);
        revision.set(revision.get() + 1);
    }

    /**
     * Forgets everything folded from the run's events (counters, workers, slots, moves, chart, lesson, code
     * line) but keeps the run: its demo, its parameters, the controls. Once the first {@code k} events are
     * applied again, the next frame shows the state at event {@code k} at once, and none of those moves flies.
     */
    @Override
    protected void resetFold() {
        forgetFold();
        showNextAtOnce();
        revision.set(revision.get() + 1);
    }

    /**
     * Marks the fold so that the next frame shows its state at once: until then no move flies (a view may draw
     * between the jump's events), from then on only moves folded after the jump do; {@link #rebuilds()} counts
     * that frame. The view reads nothing else to decide it.
     */
    @Override
    protected void showNextAtOnce() {
        atOnce = true;
        firstFlyingMove = Long.MAX_VALUE;
    }

    private void forgetFold() {
        fold.reset();
        shownNanos = 0;
        dirty = textDirty = chartDirty = false;
        shownAnchors = -1;
        poolClosed.set(false);
        finished.set(false);
        counters.set(EMPTY);
        notableEvent.set(null);
    }

    /**
     * Shows a recorded run; the controls already show its parameters (the shell sets them first), so the
     * run shown has those: the workers, the slots and the lesson are drawn as for a run of this session.
     */
    @Override
    public void review(List<PoolEvent> events) {
        super.review(events);
        runParams.set(params());
    }

    @Override
    public TracePattern<PoolEvent, PoolDemo.Params> tracePattern() {
        return PoolTrace.PATTERN;
    }

    @Override
    public Object traceParameters() {
        return runParams.get() != null ? runParams.get() : params();
    }

    /** Bounded values beyond a control's range are clamped, so the answer is then false. */
    @Override
    public boolean showTraceParameters(Object params) {
        setParams((PoolDemo.Params) params);
        return params().equals(params);
    }

    @Override
    protected Optional<String> logMessage(PoolEvent event) {
        return PoolDemo.logMessage(event);
    }

    @Override
    protected boolean goProgramExitsWith(PoolEvent event) {
        return PoolDemo.exitsWith(event);
    }

    /** Folds the event in; reads nothing but the event and the fold. */
    @Override
    protected void apply(PoolEvent event) {
        boolean wasFinished = fold.finished();
        fold.apply(event);
        dirty = true;
        poolClosed.set(fold.closed());
        if (!wasFinished && fold.finished()) {
            // The lesson appears now and takes its numbers from the counters: they are the run's final ones
            // from this moment, not those of the last text frame (the pool's close ends the run).
            counters.set(fold.stats());
            notableEvent.set(fold.notable());
            finished.set(true);
            ended();
        }
    }

    @Override
    protected void frame() {
        if (runParams.get() == null && fold.events() == 0) {
            return;
        }
        long now = frameNanos();
        boolean moving = now != shownNanos && fold.workersIn(WorkerState.QUERYING) > 0;
        shownNanos = now;
        boolean rebuild = atOnce;
        if (rebuild) {
            // The state the jump leads to, all of it in this frame: nothing of it flies.
            atOnce = false;
            firstFlyingMove = fold.moveCount();
            rebuilds++;
            dirty = true;
        }
        if (dirty) {
            textDirty = true;
            chartDirty = true;
        }
        // Texts and the chart change on frames of their own: a change seen on another frame is shown on the
        // next such frame, also when nothing happens in between (a paused clock).
        if (textDirty && (isTextFrame() || rebuild)) {
            textDirty = false;
            counters.set(fold.stats());
            notableEvent.set(fold.notable());
            if (fold.anchors() != shownAnchors) {
                shownAnchors = fold.anchors();
                highlight(fold.codeAnchor());
            }
            dirty = true; // the view's texts follow the counters in this frame
        }
        if (chartDirty && (isChartFrame() || rebuild)) {
            chartDirty = false;
            dirty = true;
        }
        if (dirty || moving) {
            dirty = false;
            revision.set(revision.get() + 1);
        }
    }

    // ---------------------------------------------------------------- reading the state

    /** The counters as the events tell them, in the core's own record: equal to the pool's at every event. */
    public PoolStats statsFromEvents() {
        return fold.stats();
    }

    /** The fold this model shows: read it, never apply to it. FX thread. */
    public PoolFold fold() {
        return fold;
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
     * Counts the frames that showed a state reached by a jump ({@link #resetFold()}, {@link #showNextAtOnce()}):
     * a view that sees it change drops its animations and draws the state as it is, the chart and the counts
     * included. With {@link #firstFlyingMove()}, the one rule by which a view tells state from animation.
     */
    public long rebuilds() {
        return rebuilds;
    }

    /** Moves with a lower index are state, not animation: they were folded by a jump (or are of no run). */
    public long firstFlyingMove() {
        return firstFlyingMove;
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
        return fold.workerCount();
    }

    public WorkerState workerState(int worker) {
        return fold.workerState(worker);
    }

    /** The state's code, {@link WorkerState#code()}: cheap for drawing thousands of workers. */
    public byte workerStateCode(int worker) {
        return fold.workerStateCode(worker);
    }

    /** Id of the connection the worker holds, or 0. */
    public int workerConnection(int worker) {
        return fold.workerConnection(worker);
    }

    /** How far the worker's query has got, 0–1, at the virtual time of the last frame; 0 if not querying. */
    public double queryProgress(int worker) {
        return fold.queryProgress(worker, shownNanos);
    }

    /** Workers in state {@code s}. */
    public int workersIn(WorkerState s) {
        return fold.workersIn(s);
    }

    /** Ids of the idle connections, oldest (next out) first. */
    public List<Long> slotIds() {
        return fold.slotIds();
    }

    /** The idle slots of the run shown: its pool's size, or the control's before a run. */
    public int slotCount() {
        PoolDemo.Params p = runParams.get();
        if (p != null) {
            return p.size();
        }
        return fold.size() > 0 ? fold.size() : size.get();
    }

    /** The latest move of connection {@code id}, or null if it was never seen. */
    public ConnectionMove lastMove(long id) {
        return fold.lastMove(id);
    }

    /** Moves of this run so far. */
    public long moveCount() {
        return fold.moveCount();
    }

    /** Moves with an index of at least {@code from}, oldest first; only the last {@value PoolFold#MOVE_HISTORY} are kept. */
    public List<PoolFold.Move> movesSince(long from) {
        return fold.movesSince(from);
    }

    /** In use, idle and created over the run's virtual time since its first event. */
    public PoolSeries series() {
        return fold.series();
    }
}
