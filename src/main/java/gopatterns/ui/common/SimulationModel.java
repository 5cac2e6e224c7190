package gopatterns.ui.common;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.event.GoEvent;
import gopatterns.event.GoLog;
import gopatterns.event.TracePattern;
import gopatterns.history.History;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Runner and Pool models share: a virtual clock, one run at a time with its event bus, the frame
 * bridge that brings the run's events to the FX thread, the transport commands (start, pause, step, reset,
 * speed) and the Go log.
 *
 * <p>All properties are read and written on the FX thread. A subclass builds its run in {@link #launch}
 * (on the FX thread; the run's own threads are clock participants) and folds events into its state in
 * {@link #apply}.
 */
public abstract class SimulationModel<E extends GoEvent> implements FrameBridge.Sink<E> {

    /** Lines kept in the log: a long run must not grow memory without end. */
    public static final int LOG_LIMIT = 2_000;

    /**
     * Events kept in a run's history, the first ones: bounded for the same reason. A 10,000-worker pool run
     * has about 100,000.
     */
    public static final int HISTORY_LIMIT = 1_000_000;

    /** How long a new run waits for the last run's threads to end before its clock starts at zero. */
    private static final Duration RESTART_LIMIT = Duration.ofSeconds(2);

    /** What a run must answer to: stop every thread it started. */
    public interface Run {
        void dispose();
    }

    private final VirtualClock clock;
    private final FrameBridge<E> bridge = new FrameBridge<>(this);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper started = new ReadOnlyBooleanWrapper(this, "started");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 1.0);
    private final ReadOnlyObjectWrapper<Duration> time = new ReadOnlyObjectWrapper<>(this, "time", Duration.ZERO);
    private final ReadOnlyStringWrapper codeAnchor = new ReadOnlyStringWrapper(this, "codeAnchor", "");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private final ReadOnlyLongWrapper runNumber = new ReadOnlyLongWrapper(this, "runNumber");
    private final ObservableList<LogLine> log = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<E> lastEvent = new ReadOnlyObjectWrapper<>(this, "lastEvent");
    private final History<E> history = new History<>(HISTORY_LIMIT);
    private final List<PendingLine> pendingLog = new ArrayList<>();
    private final AtomicReference<Throwable> pendingFailure = new AtomicReference<>();

    private EventBus<E> bus;
    private EventBus.Subscription subscription;
    private Run run;
    private long runStart;
    /** The time of a reviewed run's last event, which every frame shows; -1 for a live run. */
    private long reviewEnd = -1;
    /** Virtual time at which the run ended (the Go program exited), or -1 while it goes. */
    private long runEnd = -1;
    /** Virtual time of the event being applied, for {@link #ended()}. */
    private long applying;

    /** A line of the Go log; {@code afterEnd} marks lines the Go program would never print (it has exited). */
    public record LogLine(long seq, String text, boolean afterEnd) {}

    private record PendingLine(GoEvent event, String message, boolean afterEnd) {}

    /** One animation frame in this many updates the texts, see {@link #isTextFrame()}. */
    public static final int TEXT_EVERY = FrameLoop.TEXT_EVERY;

    private boolean inBatch;
    /** The Go program has exited: it prints none of this run's later lines. */
    private boolean goProgramExited;
    /** The log still shows the previous run: the next lines replace it. */
    private boolean replaceLog;
    private E newest;
    /** Decides what each frame updates. */
    private final FrameLoop loop = new FrameLoop();
    /** The clock read once per frame: the shown time and everything timed in the frame agree. */
    private long frameNanos;
    /** Where frames read the clock, see {@link #readFramesFrom}; null: the clock itself. */
    private LongSupplier frameClock;
    private String pendingAnchor;
    private long stampSecond;
    private String stampPrefix;

    protected SimulationModel(VirtualClock clock) {
        this.clock = clock;
        this.paused.set(clock.isPaused());
        this.speed.set(clock.speed());
        // An exception that ends one of the run's threads fails the run, in the window; the app goes on.
        clock.onParticipantFailure((thread, t) -> {
            Crashes.log(thread, t);
            reportFailure(t);
        });
        speed.addListener((obs, old, v) -> {
            double clamped = Math.max(VirtualClock.MIN_SPEED, Math.min(VirtualClock.MAX_SPEED, v.doubleValue()));
            if (clamped != v.doubleValue()) {
                speed.set(clamped);
                return;
            }
            clock.setSpeed(clamped);
        });
    }

    // ---------------------------------------------------------------- commands

    /**
     * Starts a new run with the current parameters; a run still going is reset first. A paused clock
     * resumes: a run that starts frozen at 0 s would look broken.
     */
    public void start() {
        resume();
        launchRun();
    }

    private void launchRun() {
        clear(true);
        restartClock();
        bus = new EventBus<>(clock);
        subscription = bus.subscribe(bridge);
        runNumber.set(runNumber.get() + 1);
        started.set(true);
        running.set(true);
        try {
            // Creating the run and starting its threads happen at one virtual instant, as in the Go program.
            try (VirtualClock.Hold hold = clock.hold()) {
                // The run's time counts from this held instant, the one its first events carry: a running
                // clock moves on outside the hold, and the shown end would differ from the events'.
                runStart = clock.nanos();
                run = launch(clock, bus);
            } catch (RuntimeException e) {
                fail(e);
            }
            bridge.drain();
        } finally {
            if (replaceLog) { // the new run has logged nothing yet (or could not be started at all)
                replaceLog = false;
                log.clear();
            }
        }
    }

    /**
     * Virtual time starts at zero for each run, as in the command line, so that the same parameters and seed give
     * the same trace, byte for byte. The last run's threads were told to stop; they end within moments.
     */
    private void restartClock() {
        try {
            clock.restartAtZero(RESTART_LIMIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Shows a recorded run (an opened trace) as a run that has ended: the current run is stopped and forgotten,
     * the events are applied in order and the view shows the state after the last one. Nothing is live: Start
     * begins a new run with the controls' parameters. FX thread.
     *
     * @param events a run's events in order, numbered from 1, times in virtual nanoseconds from the run's start
     */
    public void review(List<E> events) {
        clear(false);
        runStart = 0;
        reviewEnd = events.isEmpty() ? 0 : events.getLast().at();
        started.set(true);
        runNumber.set(runNumber.get() + 1);
        if (!events.isEmpty()) {
            onEvents(events);
        }
        if (runEnd < 0) {
            // A run cut short (Ctrl+C in the command line) ends, for the view, with its last event.
            applying = reviewEnd;
            ended();
        }
        running.set(false);
        onFrame();
    }

    /** Pauses or resumes virtual time. */
    public void togglePause() {
        if (clock.isPaused()) {
            clock.resume();
        } else {
            clock.pause();
        }
        paused.set(clock.isPaused());
    }

    public void pause() {
        if (!paused.get()) {
            togglePause();
        }
    }

    public void resume() {
        if (paused.get()) {
            togglePause();
        }
    }

    /**
     * Pauses and moves virtual time to the next pending wake-up. Before a run (or after a reset) it starts
     * one, paused at its first event.
     */
    public void step() {
        if (!started.get()) {
            pause();
            launchRun();
            return;
        }
        clock.step();
        paused.set(true);
        bridge.drain();
    }

    /**
     * Stops every thread of the current run and clears the view's state; a paused clock resumes, since
     * "Ready" with a pressed Resume button would be two states at once.
     */
    public void reset() {
        clear(false);
        resume();
    }

    /**
     * Stops the current run and clears the state. On a restart the old log stays until the new run's first
     * lines replace it in one change: clearing a list view and filling it again makes it build all its rows
     * anew, in the very frame in which everything else on screen changes too.
     */
    private void clear(boolean restarting) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (run != null) {
            run.dispose();
            run = null;
        }
        bridge.discardPending();
        pendingFailure.set(null);
        bus = null;
        running.set(false);
        started.set(false);
        replaceLog = restarting;
        if (!restarting) {
            log.clear();
        }
        pendingLog.clear();
        goProgramExited = false;
        pendingAnchor = null;
        newest = null;
        history.clear();
        lastEvent.set(null);
        failure.set("");
        codeAnchor.set("");
        time.set(Duration.ZERO);
        runEnd = -1;
        reviewEnd = -1;
        clearState();
    }

    /** Stops the run and the clock for good: the window is closing. */
    public void dispose() {
        reset();
        bridge.stop();
        clock.close();
    }

    /** Starts the per-frame bridge; the view calls it once it is shown. */
    public void attach() {
        bridge.start();
    }

    /** Brings the state up to date now, as a frame would; tests call it after moving a manual clock. */
    public void sync() {
        bridge.drain();
    }

    // ---------------------------------------------------------------- for subclasses

    /** Builds and starts a run on the FX thread; its threads must be participants of {@code clock}. */
    protected abstract Run launch(VirtualClock clock, EventBus<E> bus);

    /** Folds one event into the state. */
    protected abstract void apply(E event);

    /** The Go log line for an event, if the Go program logs one. */
    protected abstract Optional<String> logMessage(E event);

    /** Clears the state of the view for a new run. */
    protected abstract void clearState();

    /** Forgets everything folded from the run's events, keeping the run, its parameters and the controls. */
    protected abstract void resetFold();

    /** How this pattern's runs are written as traces (the command line's {@code --trace}, File → Save). */
    public abstract TracePattern<E, ?> tracePattern();

    /**
     * The parameters of the run shown, or before any run the controls': what a trace of it says in its header.
     * Of the type {@link #tracePattern()} reads and writes.
     */
    public abstract Object traceParameters();

    /**
     * Sets the controls to an opened trace's parameters, as far as they reach.
     *
     * @param params parameters of the type {@link #tracePattern()} reads
     * @return whether the controls now show exactly those parameters (false: a value lies beyond a control's
     *         range, and the controls keep their values)
     */
    public abstract boolean showTraceParameters(Object params);

    /** Per-frame work after the events: continuous quantities read {@link #frameNanos()} here. */
    protected void frame() {
    }

    /**
     * Frames read virtual time (clock nanoseconds) from {@code reading} instead of the clock: models drawn side by
     * side on one clock take one reading per frame, so they show the same instant. Null: the clock again.
     */
    public void readFramesFrom(LongSupplier reading) {
        frameClock = reading;
    }

    /** The clock's virtual nanoseconds read once this frame, the instant the shown time is taken from. */
    protected long frameNanos() {
        return frameNanos;
    }

    /**
     * Whether the Go program exits with this event (see {@code RunnerDemo.exitsWith}): the rule by which the
     * command line stops printing, so that the log greys exactly the lines the command line does not print.
     * By default it never exits before the run's last event.
     */
    protected boolean goProgramExitsWith(E event) {
        return false;
    }

    /**
     * The virtual time shown once the run has ended at {@code end}, with the clock at {@code now} (both in
     * the clock's nanoseconds): by default the end, so the time stops; a model whose run leaves a thread
     * going shows that thread's time.
     */
    protected long shownAfterEnd(long end, long now) {
        return end;
    }

    /** The run has ended at the event being applied: the clock shown stops there. */
    protected void ended() {
        runEnd = applying;
        running.set(false);
    }

    /**
     * Names the listing line being executed. While events are applied only the frame's last anchor counts:
     * the code panel moves once a frame, not once an event.
     */
    protected void highlight(String anchor) {
        if (inBatch) {
            pendingAnchor = anchor;
        } else {
            codeAnchor.set(anchor);
        }
    }

    /** Reports a failure of the run in the window, and ends the run. */
    protected void fail(Throwable t) {
        failure.set(Crashes.describe(t));
        if (running.get()) {
            runEnd = clock.nanos();
        }
        running.set(false);
    }

    /**
     * Reports a failure from any thread (a run's thread, a factory); it reaches the window with the next
     * frame. The first failure of a run wins.
     */
    public void reportFailure(Throwable t) {
        pendingFailure.compareAndSet(null, t);
    }

    protected EventBus<E> bus() {
        return bus;
    }

    /** Virtual nanoseconds since this run started. */
    protected long runNanos(long virtualNanos) {
        return virtualNanos - runStart;
    }

    @Override
    public final void onEvents(List<E> batch) {
        inBatch = true;
        try {
            for (E e : batch) {
                history.append(e);
                try {
                    applying = e.at();
                    apply(e);
                    Optional<String> message = logMessage(e);
                    boolean afterExit = goProgramExited;
                    goProgramExited |= goProgramExitsWith(e);
                    if (message.isPresent()) {
                        pendingLog.add(new PendingLine(e, message.get(), afterExit));
                        if (pendingLog.size() >= 2 * LOG_LIMIT) {
                            pendingLog.subList(0, LOG_LIMIT).clear(); // would scroll out of the log anyway
                        }
                    }
                } catch (RuntimeException t) {
                    // One event the view could not show fails the run; the frame's other events still come.
                    Crashes.log(Thread.currentThread(), t);
                    reportFailure(t);
                }
            }
        } finally {
            inBatch = false;
        }
        newest = batch.getLast();
    }

    /**
     * Adds the frame's lines to the log as one change, so that the log pane updates once a frame however
     * many events came. Only lines that stay within {@link #LOG_LIMIT} are formatted at all.
     */
    private void appendLog() {
        int from = Math.max(0, pendingLog.size() - LOG_LIMIT);
        List<LogLine> lines = new ArrayList<>(pendingLog.size() - from);
        for (PendingLine p : pendingLog.subList(from, pendingLog.size())) {
            lines.add(new LogLine(p.event().seq(), stamped(p.event().at(), p.message()), p.afterEnd()));
        }
        pendingLog.clear();
        int keep = replaceLog ? 0 : Math.max(0, Math.min(log.size(), LOG_LIMIT - lines.size()));
        replaceLog = false;
        if (keep < log.size()) {
            List<LogLine> all = new ArrayList<>(keep + lines.size());
            all.addAll(log.subList(log.size() - keep, log.size()));
            all.addAll(lines);
            log.setAll(all);
        } else {
            log.addAll(lines);
        }
    }

    /** A Go log line; the time stamp only changes once a second, so it is formatted once a second. */
    private String stamped(long virtualNanos, String message) {
        Instant when = clock.instantAt(virtualNanos);
        long second = when.getEpochSecond();
        if (second != stampSecond || stampPrefix == null) {
            stampSecond = second;
            stampPrefix = GoLog.line(Instant.ofEpochSecond(second), "");
        }
        return stampPrefix + message;
    }

    @Override
    public final void onFrame() {
        FrameLoop.Plan plan = loop.begin(bridge.inTimerFrame(), running.get());
        boolean textFrame = plan.text();
        boolean logFrame = plan.log();
        frameNanos = reviewEnd >= 0 ? reviewEnd : frameClock != null ? frameClock.getAsLong() : clock.nanos();
        if (pendingAnchor != null && textFrame) {
            codeAnchor.set(pendingAnchor);
            pendingAnchor = null;
        }
        if (newest != null && textFrame) {
            lastEvent.set(newest);
            newest = null;
        }
        if (!pendingLog.isEmpty() && logFrame) {
            appendLog();
        }
        if (started.get() && textFrame) {
            // Virtual time stops counting when the run ends, unless something of the run goes on (a leak); one
            // clock sample a frame, the one the countdown reads too.
            long now = running.get() || runEnd < 0 ? frameNanos : shownAfterEnd(runEnd, frameNanos);
            time.set(Duration.ofNanos(Math.max(0, now - runStart)));
        }
        try {
            frame();
        } catch (RuntimeException e) {
            Crashes.log(Thread.currentThread(), e);
            reportFailure(e);
        }
        Throwable t = pendingFailure.getAndSet(null);
        if (t != null) {
            fail(t);
        }
        loop.end();
    }

    /**
     * True when this frame updates what is shown as text (numbers, the time, the code line), as
     * {@link FrameLoop} decides: one animation frame in {@value #TEXT_EVERY}, and every drain a command or a
     * test asks for.
     */
    public boolean isTextFrame() {
        return loop.plan().text();
    }

    /** Whether this frame redraws a chart, as {@link FrameLoop} decides: on frames of its own. */
    public boolean isChartFrame() {
        return loop.plan().chart();
    }

    /** What this frame updates (texts, log, chart, lanes); everything between frames. FX thread. */
    public FrameLoop.Plan framePlan() {
        return loop.plan();
    }

    // ---------------------------------------------------------------- properties

    public VirtualClock clock() {
        return clock;
    }

    public FrameBridge<E> bridge() {
        return bridge;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** True from start until reset, also after the run ended: there is something to show. */
    public ReadOnlyBooleanProperty startedProperty() {
        return started.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty pausedProperty() {
        return paused.getReadOnlyProperty();
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    /**
     * How long the run lasted, from its start to its end (Start's return): the time shown while it runs,
     * fixed at its end even when a leaked thread's time goes on.
     */
    public Duration endedAfter() {
        return runEnd < 0 ? time.get() : Duration.ofNanos(Math.max(0, runEnd - runStart));
    }

    /** Virtual time since the run started. */
    public ReadOnlyObjectProperty<Duration> timeProperty() {
        return time.getReadOnlyProperty();
    }

    /** The anchor of the listing line being executed, see {@link CodeListingView}. */
    public ReadOnlyStringProperty codeAnchorProperty() {
        return codeAnchor.getReadOnlyProperty();
    }

    /** Empty, or a readable message of what went wrong in the run. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty runNumberProperty() {
        return runNumber.getReadOnlyProperty();
    }

    /** The newest event delivered to the view, updated with the texts; an explain panel follows it. */
    public ReadOnlyObjectProperty<E> lastEventProperty() {
        return lastEvent.getReadOnlyProperty();
    }

    /**
     * What {@code f} gives for the newest event of this run it gives something for, looking back from the newest
     * event delivered; empty if it gives nothing for any. FX thread.
     */
    public <T> Optional<T> newest(Function<? super E, Optional<T>> f) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Optional<T> value = f.apply(history.get(i));
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * The events of this run so far (the first {@value #HISTORY_LIMIT}), in order: the run's model, read-only.
     * FX thread.
     */
    public List<E> history() {
        return java.util.Collections.unmodifiableList(history);
    }

    /** The Go log of this run, the last {@value #LOG_LIMIT} lines. */
    public ObservableList<LogLine> log() {
        return FXCollections.unmodifiableObservableList(log);
    }
}
