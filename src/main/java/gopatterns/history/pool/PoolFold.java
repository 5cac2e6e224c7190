package gopatterns.history.pool;

import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolStats;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the pool view shows, folded from a run's {@link PoolEvent}s one by one: the pool's counters, each
 * worker's state, the idle slots and which connection sits in which, who holds which connection, the recent
 * connection moves, whether the pool is closed and the run finished, the event worth explaining, the chart's
 * series and the line of Go code being run.
 *
 * <p>A pure function of the events: nothing here reads a clock, a thread or the live pool. The state after
 * {@code k} events equals the state of a fresh fold of the same first {@code k} events ({@link #snapshot()}
 * compares them), and the counters equal {@code Pool.stats()} at every event of a run: the pool changes its
 * counts and publishes the event that tells the change in one step under its lock.
 *
 * <p>Times are the events' virtual nanoseconds; the chart counts from the run's first event. Not
 * thread-safe: one thread applies and reads.
 */
public final class PoolFold {

    /** Connection moves kept for a view's animations; older ones are only counted. */
    public static final int MOVE_HISTORY = 256;

    private static final ConnectionMove[] MOVES = ConnectionMove.values();

    /**
     * A connection's move, for animations.
     *
     * @param index      counts every move of the run, from 0
     * @param connection the connection's id
     * @param worker     the worker it goes to or comes from, or -1
     * @param slot       the slot it goes into or comes out of, or -1
     */
    public record Move(long index, long connection, ConnectionMove kind, int worker, int slot) {}

    /** One worker's row: its state, the connection it holds (0: none), and its times (virtual ns). */
    public record Worker(WorkerState state, int connection, long arrivedAt, long queryStart, long queryEnd) {}

    /**
     * Everything the fold knows, as values: two folds that answer alike have equal snapshots.
     *
     * @param holders   per connection id from 1, the worker holding it or -1
     * @param lastMoves per connection id from 1, its latest move
     * @param moves     the last {@value #MOVE_HISTORY} moves, oldest first
     */
    public record Snapshot(long events, PoolStats stats, int size, List<Worker> workers, List<Long> slots,
                           List<Integer> holders, List<ConnectionMove> lastMoves, long moveCount, List<Move> moves,
                           boolean shutdown, boolean finished, PoolEvent notable, String codeAnchor,
                           long anchors, List<PoolSeries.Sample> series, long seriesSpacing, long origin,
                           int lastArrived, int drainedAtShutdown) {}

    private final WorkerTable crowd = new WorkerTable();
    private final PoolSeries series = new PoolSeries();
    private final ArrayDeque<Long> slots = new ArrayDeque<>();
    private final Move[] moves = new Move[MOVE_HISTORY];
    /** Worker holding connection {@code id}, or -1; grows with the ids the factory hands out. */
    private int[] holderOf;
    /** Latest move of connection {@code id}: its ordinal + 1, 0 if never seen. */
    private byte[] lastMove;
    private long moveCount;

    private long events;
    private long origin;
    private int size;
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
    private boolean closed;
    private boolean shutdown;
    private int drainedAtShutdown;
    /** The worker that arrived last, or -1. */
    private int lastArrived;
    private PoolEvent notable;
    private String codeAnchor;
    private long anchors;

    public PoolFold() {
        reset();
    }

    /** Forgets every event: the state before a run's first one. The series object stays the same. */
    public void reset() {
        crowd.reset(0);
        series.clear();
        slots.clear();
        Arrays.fill(moves, null);
        holderOf = new int[64];
        Arrays.fill(holderOf, -1);
        lastMove = new byte[64];
        moveCount = 0;
        events = 0;
        origin = 0;
        size = 0;
        created = reused = closedAtRelease = closedAtShutdown = closedAfterShutdown = 0;
        inUse = peakInUse = waiting = 0;
        waits = factoryFailures = closeFailures = refused = timedOut = 0;
        closed = shutdown = false;
        drainedAtShutdown = 0;
        lastArrived = -1;
        notable = null;
        codeAnchor = "";
        anchors = 0;
    }

    /**
     * Folds the run's next event in.
     *
     * @throws IndexOutOfBoundsException if the event names a worker the run does not have
     */
    public void apply(PoolEvent event) {
        if (events++ == 0) {
            origin = event.at();
        }
        if (notable(event)) {
            notable = event;
        }
        String anchor = anchor(event);
        if (anchor != null) {
            codeAnchor = anchor;
            anchors++;
        }
        long at = event.at();
        switch (event) {
            case PoolEvent.PoolCreated e -> size = e.size();
            case PoolEvent.DemoStarted e -> crowd.reset(e.workers());
            case PoolEvent.WorkerArrived e -> {
                crowd.arrived(e.worker(), at);
                lastArrived = e.worker();
            }
            case PoolEvent.AcquireShared e -> {
                reused++;
                slots.pollFirst();
                take();
            }
            case PoolEvent.AcquireNew e -> { }
            case PoolEvent.ResourceCreated e -> {
                created++;
                take();
                move(e.resource(), ConnectionMove.BORN, -1, -1);
            }
            case PoolEvent.FactoryFailed e -> factoryFailures++;
            case PoolEvent.AcquireRefused e -> refused++;
            case PoolEvent.WaitStarted e -> {
                waits++;
                waiting++;
                // Participants run one at a time, each until it blocks: the worker that waits is the one that
                // arrived last, in the same turn (the wait is its acquire's first block).
                if (lastArrived >= 0 && crowd.state(lastArrived) == WorkerState.ACQUIRING) {
                    crowd.set(lastArrived, WorkerState.WAITING);
                }
            }
            case PoolEvent.WaitEnded e -> {
                waiting--;
                if (e.result() == PoolEvent.WaitResult.TIMED_OUT) {
                    timedOut++;
                }
            }
            case PoolEvent.WorkerAcquired e -> {
                crowd.holds(e.worker(), e.resource());
                setHolder(e.resource(), e.worker());
                move(e.resource(), e.shared() ? ConnectionMove.TAKEN : ConnectionMove.CARRIED, e.worker(),
                        e.shared() ? 0 : -1);
            }
            case PoolEvent.WorkerQuerying e -> crowd.querying(e.worker(), at, at + e.hold().toNanos());
            case PoolEvent.WorkerQueried e -> crowd.set(e.worker(), WorkerState.RELEASING);
            case PoolEvent.ReleasedToSlot e -> {
                slots.addLast(e.resource());
                release(e.resource(), ConnectionMove.RETURNED, e.idle() - 1);
            }
            case PoolEvent.ReleasedClosing e -> {
                closedAtRelease++;
                release(e.resource(), ConnectionMove.CLOSED_AT_RELEASE, -1);
            }
            case PoolEvent.ReleasedAfterClose e -> {
                closedAfterShutdown++;
                release(e.resource(), ConnectionMove.CLOSED_AFTER_SHUTDOWN, -1);
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
                closed = true;
            }
            case PoolEvent.WorkerFailed e -> {
                crowd.holds(e.worker(), 0);
                crowd.set(e.worker(), WorkerState.FAILED);
            }
            case PoolEvent.WorkerDone e -> crowd.set(e.worker(), WorkerState.DONE);
            case PoolEvent.Shutdown e -> shutdown = true;
        }
        series.record(at - origin, inUse, slots.size(), created);
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

    /** The anchor of the Go listing's line that the event runs, or null if it runs none of its own. */
    private static String anchor(PoolEvent event) {
        return switch (event) {
            case PoolEvent.AcquireShared e -> "acquire-shared";
            case PoolEvent.AcquireNew e -> "acquire-new";
            case PoolEvent.AcquireRefused e -> "acquire-closed";
            case PoolEvent.WaitStarted e -> "bounded-wait";
            case PoolEvent.ReleasedToSlot e -> "release-in-queue";
            case PoolEvent.ReleasedClosing e -> "release-closing";
            case PoolEvent.ReleasedAfterClose e -> "release-closed";
            case PoolEvent.PoolClosed e -> e.idleClosed() > 0 ? "close-drain" : "close-mark";
            default -> null;
        };
    }

    private void take() {
        inUse++;
        peakInUse = Math.max(peakInUse, inUse);
    }

    private void release(long connection, ConnectionMove kind, int slot) {
        inUse--;
        int worker = holder(connection);
        if (worker >= 0) {
            crowd.holds(worker, 0);
            setHolder(connection, -1);
        }
        move(connection, kind, worker, slot);
    }

    private void setHolder(long connection, int worker) {
        int id = room(connection);
        holderOf[id] = worker;
    }

    /** Makes room for connection {@code id} in the per-connection arrays; returns it as an index. */
    private int room(long connection) {
        int id = Math.toIntExact(connection);
        if (id >= holderOf.length) {
            int n = Math.max(id + 1, holderOf.length * 2);
            int old = holderOf.length;
            holderOf = Arrays.copyOf(holderOf, n);
            Arrays.fill(holderOf, old, n, -1);
            lastMove = Arrays.copyOf(lastMove, n);
        }
        return id;
    }

    private void move(long connection, ConnectionMove kind, int worker, int slot) {
        int id = room(connection); // first: it may replace the array
        lastMove[id] = (byte) (kind.ordinal() + 1);
        moves[(int) (moveCount % MOVE_HISTORY)] = new Move(moveCount, connection, kind, worker, slot);
        moveCount++;
    }

    // ---------------------------------------------------------------- answers

    /** Events folded so far. */
    public long events() {
        return events;
    }

    /** The counters as the events tell them: equal to {@code Pool.stats()} at the same event. */
    public PoolStats stats() {
        return new PoolStats(created, reused, closedAtRelease, closedAtShutdown, closedAfterShutdown,
                slots.size(), inUse, peakInUse, waits, waiting, factoryFailures, closeFailures, refused, timedOut,
                closed);
    }

    /** The pool's idle slots as its creation said, or 0 before that event. */
    public int size() {
        return size;
    }

    /** Workers of the run (0 before the demo started). */
    public int workerCount() {
        return crowd.size();
    }

    /** @throws IndexOutOfBoundsException unless {@code 0 <= worker < workerCount()} */
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

    /** How far the worker's query has got at virtual time {@code atNanos}, 0–1; 0 if it is not querying. */
    public double queryProgress(int worker, long atNanos) {
        return crowd.progress(worker, atNanos);
    }

    /** Workers in state {@code s}. */
    public int workersIn(WorkerState s) {
        return crowd.count(s);
    }

    /** Ids of the idle connections, oldest (next out) first: the slots from the left. */
    public List<Long> slotIds() {
        return new ArrayList<>(slots);
    }

    /** The worker holding connection {@code id}, or -1. */
    public int holder(long id) {
        return id >= 0 && id < holderOf.length ? holderOf[(int) id] : -1;
    }

    /** The latest move of connection {@code id}, or null if it was never seen. */
    public ConnectionMove lastMove(long id) {
        if (id <= 0 || id >= lastMove.length || lastMove[(int) id] == 0) {
            return null;
        }
        return MOVES[lastMove[(int) id] - 1];
    }

    /** Moves of this run so far. */
    public long moveCount() {
        return moveCount;
    }

    /** Moves with an index of at least {@code from}, oldest first; only the last {@value #MOVE_HISTORY} are kept. */
    public List<Move> movesSince(long from) {
        long start = Math.max(0, Math.max(from, moveCount - MOVE_HISTORY));
        List<Move> out = new ArrayList<>((int) Math.max(0, moveCount - start));
        for (long i = start; i < moveCount; i++) {
            out.add(Objects.requireNonNull(moves[(int) (i % MOVE_HISTORY)]));
        }
        return out;
    }

    public boolean closed() {
        return closed;
    }

    /** True once the run has finished as the Go program does: every worker done and the pool closed. */
    public boolean finished() {
        return closed && shutdown;
    }

    /** The newest event that says something of its own (not an echo of a neighbour), or null. */
    public PoolEvent notable() {
        return notable;
    }

    /** The anchor of the Go listing's line run last ({@code "acquire-new"}, ...), or "" before any. */
    public String codeAnchor() {
        return codeAnchor;
    }

    /** How many events named a line of the listing: changes whenever the highlight should move. */
    public long anchors() {
        return anchors;
    }

    /** In use, idle and created after each event, over virtual time since the run's first event. */
    public PoolSeries series() {
        return series;
    }

    /** Virtual nanoseconds from the run's first event to {@code atNanos}; 0 before any event. */
    public long sinceStart(long atNanos) {
        return events == 0 ? 0 : atNanos - origin;
    }

    /** The state as values, for comparing: costs a copy of everything, so for tests and checks. */
    public Snapshot snapshot() {
        long ids = created + 1;
        List<Integer> holders = new ArrayList<>();
        List<ConnectionMove> last = new ArrayList<>();
        for (long id = 1; id < ids; id++) {
            holders.add(holder(id));
            last.add(lastMove(id));
        }
        return new Snapshot(events, stats(), size, crowd.rows(), slotIds(), holders, last, moveCount,
                movesSince(0), shutdown, finished(), notable, codeAnchor, anchors, series.samples(),
                series.spacing(), origin, lastArrived, drainedAtShutdown);
    }
}
