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
import java.util.function.ToLongFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
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
 *
 * <p>The run's {@link #history()} is the model; the state shown is a fold of its first {@link #playheadProperty()
 * playhead} events. Live, the playhead follows the history's end. A seek ({@link #seek}, the timeline) forgets
 * the fold ({@link #resetFold}) and folds the first events again; going back pauses the live run, Play (resume)
 * replays the recording at the run's speed up to the live edge and then lets the run go on.
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
    private final ReadOnlyIntegerWrapper playhead = new ReadOnlyIntegerWrapper(this, "playhead");
    private final ReadOnlyBooleanWrapper live = new ReadOnlyBooleanWrapper(this, "live", true);
    private final ReadOnlyBooleanWrapper reviewOnly = new ReadOnlyBooleanWrapper(this, "reviewOnly");
    private final ReadOnlyLongWrapper refoldCount = new ReadOnlyLongWrapper(this, "refoldCount");
    private final List<PendingLine> pendingLog = new ArrayList<>();
    private final AtomicReference<Throwable> pendingFailure = new AtomicReference<>();

    private EventBus<E> bus;
    private EventBus.Subscription subscription;
    private Run run;
    private long runStart;
    /** Virtual time at which the run shown ended (the Go program exited), or -1 before (in the fold shown). */
    private long runEnd = -1;
    /** Virtual time at which the run ended, whatever the playhead shows; -1 while it goes. */
    private long liveEnd = -1;
    /**
     * An ended run's reach when the view left the live edge (clock nanoseconds), or -1: the state looked back
     * at is not the run's last, and a goroutine still going there would make the run seem to grow.
     */
    private long endedEdgeWhenLeft = -1;
    /** Events of the history folded into the state shown: the playhead. */
    private int folded;
    /** Clock nanoseconds the view shows while reviewing (the playhead's instant). */
    private long playheadAt;
    /** Play: the recording is replayed, from the playhead towards the live edge. */
    private boolean playing;
    /** The wall clock's reading at the last frame of Play. */
    private long playWall;
    /** The wall clock Play follows, in nanoseconds. */
    private LongSupplier wall = System::nanoTime;
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
        leaveReview();
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
                try {
                    run = launch(clock, bus);
                } catch (RuntimeException e) {
                    fail(e);
                }
                // Shown at once: what the launch published, and no more. Once the hold is closed the run's threads
                // take their turns on threads of their own; a share of their first events drained now would depend
                // on how the machine schedules threads, and would leave its mark (the code listing keeps the lines
                // shown lately in sight). They come with the next frame, on a manual clock once it has settled.
                bridge.drain();
            }
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

    /** Pauses or resumes virtual time; while reviewing, starts or stops Play. */
    public void togglePause() {
        if (!live.get()) {
            if (playing) {
                stopPlaying();
            } else {
                play();
            }
            return;
        }
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
        if (!live.get()) {
            stepForward();
            return;
        }
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
        leaveReview();
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
        folded = 0;
        playhead.set(0);
        lastEvent.set(null);
        failure.set("");
        codeAnchor.set("");
        time.set(Duration.ZERO);
        runEnd = -1;
        liveEnd = -1;
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

    // ---------------------------------------------------------------- the playhead

    /**
     * Shows the state after the first {@code shown} events of the history (clamped to 0..size), at the instant
     * of the last of them (the run's start for 0). Going back pauses the live run; the history's end shows
     * the live edge again (still paused). Nothing before a run.
     */
    public void seek(int shown) {
        if (!started.get()) {
            return;
        }
        int k = Math.clamp(shown, 0, history.size());
        if (k == history.size() && !reviewOnly.get()) {
            showEdge();
        } else {
            refold(k, k == 0 ? runStart : history.get(k - 1).at());
        }
    }

    /**
     * Shows the run at {@code runNanos} after its start: the events up to that instant, and that time. At or
     * past the live edge, the edge.
     */
    public void seekToTime(long runNanos) {
        if (!started.get()) {
            return;
        }
        long at = runStart + Math.clamp(runNanos, 0, edgeNanos());
        int k = eventsUpTo(GoEvent::at, at);
        if (k == history.size() && !reviewOnly.get() && at >= runStart + edgeNanos()) {
            showEdge();
        } else {
            refold(k, at);
        }
    }

    /** Shows the state right after the event numbered {@code seq} (before the first event for an earlier one). */
    public void seekToSeq(long seq) {
        seek(eventsUpTo(GoEvent::seq, seq));
    }

    /** One event back; pauses the live run. */
    public void stepBack() {
        if (started.get() && folded > 0) {
            seek(folded - 1);
        }
    }

    /** One event forward, as it happened (animated as live); at the history's end, the live edge. */
    public void stepForward() {
        if (live.get() || folded >= history.size()) {
            return;
        }
        int k = folded + 1;
        foldForward(k);
        playheadAt = history.get(k - 1).at();
        if (k == history.size() && !reviewOnly.get()) {
            live.set(true);
        }
        bridge.drain();
    }

    /** The run's first instant, before any event. */
    public void toStart() {
        seek(0);
    }

    /** The live edge, and the run goes on; for a recorded run, its end. */
    public void toLive() {
        if (!started.get()) {
            return;
        }
        if (reviewOnly.get()) {
            stopPlaying();
            seek(history.size());
            return;
        }
        showEdge();
        resume();
    }

    /**
     * Shows a recorded run (a trace, its time counted from 0): no live run and no live edge; the whole run
     * can be scrubbed, the playhead at its end. The run shown before is reset.
     */
    public void review(List<E> events) {
        clear(false);
        reviewing();
        runNumber.set(runNumber.get() + 1);
        runStart = 0;
        for (E e : events) {
            history.append(e);
        }
        started.set(true);
        reviewOnly.set(true);
        live.set(false);
        paused.set(true);
        refold(history.size(), history.isEmpty() ? 0 : history.getLast().at());
    }

    /**
     * Shows the first {@code shown} events of the history (clamped to 0..size) at {@code runNanos} after the
     * run's start, folded again from the start: nothing animates. Leaves the live edge, pausing the live run,
     * even when all events are shown: compare mode holds both sides at the pair's one playhead with it.
     */
    public void lookAt(int shown, long runNanos) {
        if (started.get()) {
            refold(Math.clamp(shown, 0, history.size()), runStart + Math.max(0, runNanos));
        }
    }

    /**
     * Moves the playhead forward to the first {@code shown} events at {@code runNanos} after the run's start, the
     * events passed folded as live frames fold them (they animate), as Play does; back, or from the live edge,
     * as {@link #lookAt}. It never reaches the live edge by itself. Nothing before a run.
     */
    public void playTo(int shown, long runNanos) {
        if (!started.get()) {
            return;
        }
        int k = Math.clamp(shown, 0, history.size());
        if (live.get() || k < folded) {
            lookAt(k, runNanos);
            return;
        }
        if (k > folded) {
            foldForward(k);
        }
        playheadAt = runStart + Math.max(0, runNanos);
    }

    /** How many events of the history happened at most {@code runNanos} after the run's start. */
    public int eventsUpToTime(long runNanos) {
        return eventsUpTo(GoEvent::at, runStart + runNanos);
    }

    /**
     * One band of a timeline: a run's events, under a name (empty: no name shown).
     *
     * @param name what the band is called on screen
     * @param run the model whose history the band draws
     */
    public record Track(String name, SimulationModel<?> run) {}

    /**
     * The runs a timeline of this model draws, one band each over this model's time axis: this model's own run;
     * compare mode's pair draws both sides'.
     */
    public List<Track> timelineTracks() {
        return List.of(new Track("", this));
    }

    /**
     * Whether Play, all events folded, has reached the live edge at clock time {@code target}: once the run is
     * over or the live time is reached. A model with no events of its own plays on to its edge instead.
     */
    protected boolean playReachedEdge(long target) {
        return !running.get() || target >= clock.nanos();
    }

    /** How many events of the history the view shows: the history's size when live. */
    public ReadOnlyIntegerProperty playheadProperty() {
        return playhead.getReadOnlyProperty();
    }

    /** True when the view follows the live edge. */
    public ReadOnlyBooleanProperty liveProperty() {
        return live.getReadOnlyProperty();
    }

    /** True for a recorded run opened with {@link #review}: no live run, no live edge. */
    public ReadOnlyBooleanProperty reviewOnlyProperty() {
        return reviewOnly.getReadOnlyProperty();
    }

    /** Counts the times the state was folded again from the start by a seek. */
    public ReadOnlyLongProperty refoldCountProperty() {
        return refoldCount.getReadOnlyProperty();
    }

    /** Virtual time of the playhead since the run's start, in nanoseconds (the live time when live). */
    public long playheadNanos() {
        return Math.max(0, (live.get() ? clock.nanos() : playheadAt) - runStart);
    }

    /**
     * How far the run reaches, in nanoseconds since its start: the live time while it goes, else the later
     * of its end and its last event (a leaked goroutine's events come after the end). 0 before a run.
     */
    public long edgeNanos() {
        if (!started.get()) {
            return 0;
        }
        long edge = reviewOnly.get() ? lastEventAt()
                : liveEnd < 0 ? clock.nanos() : live.get() ? endedEdge() : endedEdgeWhenLeft;
        return Math.max(0, edge - runStart);
    }

    private long lastEventAt() {
        return history.isEmpty() ? runStart : history.getLast().at();
    }

    /**
     * The reach of an ended run, from the state at the live edge (a leaked goroutine's time counts while it goes
     * on): the clock's nanoseconds. Only the live state answers this; looking back uses the value kept on leaving it.
     */
    private long endedEdge() {
        return Math.max(lastEventAt(), shownAfterEnd(liveEnd, clock.nanos()));
    }

    /** Run-relative time of the history's event {@code index}, in nanoseconds. */
    public long eventNanos(int index) {
        return history.get(index).at() - runStart;
    }

    /** True while Play replays the recording. */
    public boolean isPlaying() {
        return playing;
    }

    /** The wall clock Play follows (nanoseconds, {@link System#nanoTime()} by default); tests give their own. */
    public void setWallClock(LongSupplier wallNanos) {
        wall = java.util.Objects.requireNonNull(wallNanos);
    }

    /**
     * Events of the history whose {@code key} (their time, their number: both grow along the history) is at
     * most {@code max}.
     */
    private int eventsUpTo(ToLongFunction<GoEvent> key, long max) {
        int lo = 0;
        int hi = history.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsLong(history.get(mid)) <= max) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Forgets the fold and folds the first {@code k} events again, then shows them in one frame at clock
     * time {@code at}. Leaving the live edge pauses the live run.
     */
    private void refold(int k, long at) {
        if (live.get()) {
            endedEdgeWhenLeft = liveEnd < 0 ? -1 : endedEdge();
            clock.pause(); // the live run waits while the teacher looks back
            paused.set(true);
            live.set(false);
        }
        resetFold();
        runEnd = -1;
        goProgramExited = false;
        pendingLog.clear();
        pendingAnchor = ""; // the code line is the fold's too: none if no event of the prefix names one
        foldBatch(history.subList(0, k));
        folded = k;
        if (reviewOnly.get() && k > 0 && k == history.size() && runEnd < 0) {
            // A recorded run cut short (Ctrl+C in the command line) ends, for the view, with its last event.
            applying = history.get(k - 1).at();
            ended();
        }
        newest = null;
        lastEvent.set(k == 0 ? null : history.get(k - 1));
        replaceLog = true;
        playheadAt = at;
        playWall = wall.getAsLong();
        refoldCount.set(refoldCount.get() + 1);
        bridge.drain();
    }

    /** Folds the history's events up to {@code k} onto the state shown, as live frames do. */
    private void foldForward(int k) {
        foldBatch(history.subList(folded, k));
        folded = k;
        newest = history.get(k - 1);
    }

    /** Back at the live edge: every event of the history folded, the live time shown; the clock as it was. */
    private void showEdge() {
        if (live.get()) {
            return;
        }
        playing = false;
        if (folded < history.size()) {
            showNextAtOnce(); // a jump over the events in between, not a replay of them
            foldForward(history.size());
        }
        live.set(true);
        paused.set(clock.isPaused());
        bridge.drain();
    }

    private void play() {
        if (reviewOnly.get() && folded >= history.size()) {
            seek(0); // a recorded run played from its end plays it again
        }
        playing = true;
        playWall = wall.getAsLong();
        paused.set(false);
    }

    private void stopPlaying() {
        playing = false;
        paused.set(true);
    }

    /**
     * A frame of Play: the playhead moves on by the wall time since the last frame times the speed, folding
     * the events it passes. Once it reaches the live edge the live run goes on; a recorded run stops at its end.
     */
    private void advancePlay() {
        long w = wall.getAsLong();
        long target = playheadAt + Math.max(0, Math.round((w - playWall) * speed.get()));
        playWall = w;
        int k = eventsUpTo(GoEvent::at, target);
        if (k > folded) {
            foldForward(k);
        }
        if (k < history.size()) {
            playheadAt = target;
        } else if (reviewOnly.get()) {
            playheadAt = history.isEmpty() ? runStart : history.getLast().at();
            stopPlaying();
        } else if (playReachedEdge(target)) {
            playing = false;
            live.set(true);
            clock.resume();
            paused.set(false);
        } else {
            playheadAt = target;
        }
    }

    /** Leaves review for the live run (a start, a reset): nothing is replayed any more. */
    private void leaveReview() {
        playing = false;
        live.set(true);
        reviewOnly.set(false);
        paused.set(clock.isPaused());
    }

    // ---------------------------------------------------------------- for subclasses

    /**
     * A recorded run is about to be shown ({@link #review}); the controls already show its parameters. A model
     * that keeps the parameters of the run shown takes them from there. Nothing by default.
     */
    protected void reviewing() {
    }

    /** Builds and starts a run on the FX thread; its threads must be participants of {@code clock}. */
    protected abstract Run launch(VirtualClock clock, EventBus<E> bus);

    /** Folds one event into the state. */
    protected abstract void apply(E event);

    /** The Go log line for an event, if the Go program logs one. */
    protected abstract Optional<String> logMessage(E event);

    /** Clears the state of the view for a new run (the run's parameters too; it may call {@link #resetFold}). */
    protected abstract void clearState();

    /**
     * Forgets everything folded from events (counters, workers, tasks, interrupt, outcome, code line…) but keeps
     * the run (its demo, parameters, controls): a seek then folds the first events again. After it and the
     * {@link #apply} of the first {@code k} events, one frame shows the state at event {@code k} at once, with
     * no animation of the events folded again.
     */
    protected abstract void resetFold();

    /**
     * The events folded next are a jump along the history (End or Live from an earlier event), not moves to
     * animate: the frame after them shows the state they leave at once, with nothing flying or sliding there,
     * whatever frames come between the jump and a look at the screen. {@link #resetFold()} implies it (a seek,
     * Home, an opened trace). The one place where a model decides so; its views only read the mark it leaves.
     * By default nothing: a model whose views animate moves overrides it.
     */
    protected void showNextAtOnce() {
    }

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
        liveEnd = applying;
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
            liveEnd = runEnd;
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
        for (E e : batch) {
            history.append(e);
        }
        // While reviewing, the live run's events only join the history: the view stays at the playhead.
        if (live.get()) {
            foldBatch(batch);
            folded = history.size();
            newest = batch.getLast();
        }
    }

    /** Folds {@code events} into the state and the Go log, as one frame's batch. */
    private void foldBatch(List<E> events) {
        inBatch = true;
        try {
            for (E e : events) {
                foldOne(e);
            }
        } finally {
            inBatch = false;
        }
    }

    private void foldOne(E e) {
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
        if (playing) {
            advancePlay();
        }
        frameNanos = !live.get() ? playheadAt : frameClock != null ? frameClock.getAsLong() : clock.nanos();
        playhead.set(folded);
        if (pendingAnchor != null && textFrame) {
            codeAnchor.set(pendingAnchor);
            pendingAnchor = null;
        }
        if (newest != null && textFrame) {
            lastEvent.set(newest);
            newest = null;
        }
        if ((!pendingLog.isEmpty() || replaceLog && !live.get()) && logFrame) {
            appendLog(); // after a seek, also when the lines up to the playhead are none
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

    /** The parameters the controls set, each observable: whatever shows which preset is in effect listens to them. */
    public List<javafx.beans.Observable> parameterProperties() {
        return List.of();
    }

    /**
     * True once a run is over and nothing of it moves any more: the Go program has exited and no goroutine it
     * left behind still runs (a leaked one has blocked for good). A recording ends here, not at the exit.
     */
    public boolean isSettled() {
        return started.get() && !running.get() && !goesOnAfterEnd();
    }

    /** Whether something of the ended run still runs (a leaked goroutine), in the state shown; false by default. */
    protected boolean goesOnAfterEnd() {
        return false;
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
        return liveEnd < 0 ? time.get() : Duration.ofNanos(Math.max(0, liveEnd - runStart));
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
