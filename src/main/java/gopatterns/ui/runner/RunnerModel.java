package gopatterns.ui.runner;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.history.runner.Countdown;
import gopatterns.history.runner.FoldedTask;
import gopatterns.history.runner.InterruptStatus;
import gopatterns.history.runner.LeakState;
import gopatterns.history.runner.RunEnding;
import gopatterns.history.runner.RunnerFold;
import gopatterns.history.runner.RunnerState;
import gopatterns.runner.DurationRule;
import gopatterns.runner.InterruptDelivery;
import gopatterns.event.TracePattern;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerTrace;
import gopatterns.runner.RunnerEvent;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.common.BoundedDoubleProperty;
import gopatterns.ui.common.BoundedIntegerProperty;
import gopatterns.ui.common.SimulationModel;
import java.time.Duration;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the Runner view: the parameters of the next run and what the current run has shown so far.
 *
 * <p>What is shown is a projection of one {@link RunnerFold} of the events of a real
 * {@link gopatterns.runner.Runner} on the virtual clock; each frame adds what moves with time (the countdown,
 * the running task's progress) at the frame's virtual time. Nothing is read from the runner or the clock's
 * threads. The state lives here and not in the view, so a view can be rebuilt at any moment (a language
 * switch) and show the same thing.
 *
 * <p>Parameters that can take effect while a run goes on do: the timeout (counted again from the runner's
 * creation), the durations of tasks not yet started. The task count, the mode and the seed apply on the
 * next run. FX thread only.
 */
public final class RunnerModel extends SimulationModel<RunnerEvent> {

    private final BoundedDoubleProperty timeoutSeconds = new BoundedDoubleProperty(this, "timeoutSeconds", 3, 0.5, 20);
    private final BoundedIntegerProperty taskCount = new BoundedIntegerProperty(this, "taskCount", 3, 1, 12);
    private final ObjectProperty<DurationKind> durationKind = required("durationKind", DurationKind.PER_ID);
    private final BoundedDoubleProperty durationSeconds =
            new BoundedDoubleProperty(this, "durationSeconds", 1, 0, 10);
    private final ObjectProperty<RunnerMode> mode = required("mode", RunnerMode.GO_FAITHFUL);
    private final BoundedIntegerProperty seed = new BoundedIntegerProperty(this, "seed", 1, 0, 999_999);

    private final ObservableList<TaskItem> tasks = FXCollections.observableArrayList();
    /** One read-only view of the list: listeners added to it stay as long as the model. */
    private final ObservableList<TaskItem> tasksView = FXCollections.unmodifiableObservableList(tasks);
    private final ReadOnlyObjectWrapper<Countdown> countdown = new ReadOnlyObjectWrapper<>(this, "countdown");
    private final ReadOnlyObjectWrapper<InterruptStatus> interrupt =
            new ReadOnlyObjectWrapper<>(this, "interrupt", InterruptStatus.NONE);
    private final ReadOnlyObjectWrapper<RunEnding> ending = new ReadOnlyObjectWrapper<>(this, "ending");
    private final ReadOnlyObjectWrapper<LeakState> leak = new ReadOnlyObjectWrapper<>(this, "leak", LeakState.NONE);
    private final ReadOnlyIntegerWrapper runningTask = new ReadOnlyIntegerWrapper(this, "runningTask", -1);
    private final ReadOnlyBooleanWrapper mainAlive = new ReadOnlyBooleanWrapper(this, "mainAlive");
    private final ReadOnlyBooleanWrapper backgroundAlive = new ReadOnlyBooleanWrapper(this, "backgroundAlive");
    private final ReadOnlyIntegerWrapper liveThreads = new ReadOnlyIntegerWrapper(this, "liveThreads");
    private final ReadOnlyObjectWrapper<RunnerDemo.Params> runParams = new ReadOnlyObjectWrapper<>(this, "runParams");

    private final ReadOnlyLongWrapper shownAtOnce = new ReadOnlyLongWrapper(this, "shownAtOnce");

    // The current run, and the one copy of what its events told so far.
    private RunnerDemo demo;
    /** The run's task durations as planned (changed live for tasks not started), null before a run. */
    private DurationRule planned;
    private RunnerFold fold = new RunnerFold();
    /** The next frame writes out the countdown's exact time, also off the text frames: the state was rebuilt. */
    private boolean exactCountdown;

    public RunnerModel(VirtualClock clock) {
        super(clock);
        timeoutSeconds.addListener((obs, old, v) -> timeoutChanged());
        durationKind.addListener((obs, old, v) -> durationsChanged());
        durationSeconds.addListener((obs, old, v) -> durationsChanged());
        seed.addListener((obs, old, v) -> preview());
        taskCount.addListener((obs, old, v) -> preview());
        preview();
    }

    private <T> ObjectProperty<T> required(String name, T initial) {
        return new SimpleObjectProperty<>(this, name, initial) {
            @Override
            public void set(T value) {
                super.set(Objects.requireNonNull(value, name + " is required"));
            }
        };
    }

    // ---------------------------------------------------------------- parameters

    /** The overall timeout in seconds, 0.5–20; changes a running run's deadline at once. */
    public BoundedDoubleProperty timeoutSecondsProperty() {
        return timeoutSeconds;
    }

    /** How many tasks, 1–12; applies on the next run. */
    public BoundedIntegerProperty taskCountProperty() {
        return taskCount;
    }

    /** Which duration rule; reaches the tasks not yet started. */
    public ObjectProperty<DurationKind> durationKindProperty() {
        return durationKind;
    }

    /** The rule's length in seconds, 0–10 (the unit, each task's time, or the most). */
    public BoundedDoubleProperty durationSecondsProperty() {
        return durationSeconds;
    }

    /** Go-faithful or fixed; applies on the next run. */
    public ObjectProperty<RunnerMode> modeProperty() {
        return mode;
    }

    /** Decides a tie between completion and timeout, and random durations; applies on the next run. */
    public BoundedIntegerProperty seedProperty() {
        return seed;
    }

    /** The parameters the next run will use. */
    public RunnerDemo.Params parameters() {
        return new RunnerDemo.Params(timeout(), taskCount.get(), rule(seed.get()), mode.get(), seed.get());
    }

    /**
     * Sets every parameter at once (a preset, saved settings). Durations must be one of the view's kinds.
     *
     * @throws IllegalArgumentException if a value is out of range or the durations are a list; then nothing
     *                                  changes
     */
    public void setParameters(RunnerDemo.Params p) {
        double t = p.timeout().toNanos() / 1e9;
        double length = DurationKind.lengthOf(p.durations()).toNanos() / 1e9;
        if (!timeoutSeconds.accepts(t) || !taskCount.accepts(p.tasks()) || !durationSeconds.accepts(length)
                || !seed.accepts(p.seed())) {
            throw new IllegalArgumentException("parameters out of the view's ranges: " + p);
        }
        if (p.durations() instanceof DurationRule.Random r && r.seed() != p.seed()) {
            throw new IllegalArgumentException("random durations take the run's seed: " + p);
        }
        timeoutSeconds.set(t);
        taskCount.set(p.tasks());
        durationKind.set(DurationKind.of(p.durations()));
        durationSeconds.set(length);
        mode.set(p.mode());
        seed.set((int) p.seed());
    }

    /** The parameters of the current run, or null before a run. */
    public ReadOnlyObjectProperty<RunnerDemo.Params> runParamsProperty() {
        return runParams.getReadOnlyProperty();
    }

    private Duration timeout() {
        return Duration.ofNanos(Math.round(timeoutSeconds.get() * 1e9));
    }

    private DurationRule rule(long ruleSeed) {
        return durationKind.get().rule(Duration.ofNanos(Math.round(durationSeconds.get() * 1e9)), ruleSeed);
    }

    private void timeoutChanged() {
        if (demo != null && isRunning()) {
            demo.runner().retime(timeout());
        } else {
            preview();
        }
    }

    private void durationsChanged() {
        if (demo == null) {
            preview();
            return;
        }
        DurationRule r = rule(runParams.get().seed());
        demo.setDurations(r);
        planned = r;
        project();
    }

    /** Before a run: the tasks and the timeout that Start would run with. */
    private void preview() {
        if (demo != null || startedProperty().get()) {
            return;
        }
        DurationRule r = rule(seed.get());
        if (tasks.size() != taskCount.get()) {
            tasks.setAll(IntStream.range(0, taskCount.get())
                    .mapToObj(i -> new TaskItem(i, r.durationOf(i))).toList());
        } else {
            tasks.forEach(item -> item.show(FoldedTask.queued(item.id()), r.durationOf(item.id())));
        }
        countdown.set(Countdown.idle(timeout().toNanos()));
    }

    // ---------------------------------------------------------------- commands

    /**
     * Sends Ctrl+C to the running runner. What became of it shows in {@link #interruptProperty()} with the
     * next frame.
     */
    public InterruptDelivery interrupt() {
        RunnerDemo d = demo;
        if (d == null || !isRunning()) {
            return InterruptDelivery.NOT_LISTENING;
        }
        return d.runner().interrupt();
    }

    @Override
    protected Run launch(VirtualClock clock, EventBus<RunnerEvent> bus) {
        RunnerDemo.Params p = parameters();
        runParams.set(p);
        RunnerDemo d = new RunnerDemo(p, clock, bus);
        demo = d;
        planned = d.durations();
        tasks.setAll(IntStream.range(0, d.runner().taskCount())
                .mapToObj(i -> new TaskItem(i, planned.durationOf(i))).toList());
        AtomicBoolean disposed = new AtomicBoolean();
        Thread main = clock.startThread("runner-main", () -> {
            try {
                d.run();
            } catch (InterruptedException e) {
                // The run was thrown away (reset): nothing to report.
            } catch (RuntimeException | Error e) {
                reportFailure(e);
            } finally {
                if (disposed.get()) {
                    // Thrown away before start() got going: its background thread may have just started.
                    d.runner().dispose();
                }
            }
        });
        return () -> {
            disposed.set(true);
            d.runner().dispose();
            clock.interrupt(main);
        };
    }

    /** An opened trace's parameters are its run's: the seed a tie names, the mode that decides a leak. */
    @Override
    protected void reviewing() {
        runParams.set(parameters());
    }

    @Override
    protected void clearState() {
        demo = null;
        planned = null;
        runParams.set(null);
        resetFold();
        tasks.clear();
        preview();
    }

    /**
     * Forgets what the run's events told, keeping the run, its parameters and its tasks with their planned
     * durations: the view shows the run as before its first event, and the next events it is given are folded
     * again from there. Views place everything at once after it (see {@link #shownAtOnceProperty()}).
     */
    @Override
    protected void resetFold() {
        fold = new RunnerFold();
        for (TaskItem item : tasks) {
            item.showProgress(0);
        }
        project();
        RunnerDemo.Params p = runParams.get();
        countdown.set(Countdown.idle((p != null ? p.timeout() : timeout()).toNanos()));
        exactCountdown = true;
        highlight(fold.codeAnchor());
        showNextAtOnce();
    }

    /** Marks the state shown next as one to place at once: views read {@link #shownAtOnceProperty()}. */
    @Override
    protected void showNextAtOnce() {
        shownAtOnce.set(shownAtOnce.get() + 1);
    }

    @Override
    public TracePattern<RunnerEvent, RunnerDemo.Params> tracePattern() {
        return RunnerTrace.PATTERN;
    }

    @Override
    public Object traceParameters() {
        return runParams.get() != null ? runParams.get() : parameters();
    }

    @Override
    public boolean showTraceParameters(Object params) {
        try {
            setParameters((RunnerDemo.Params) params);
            return parameters().equals(params);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    protected Optional<String> logMessage(RunnerEvent event) {
        return RunnerDemo.logMessage(event);
    }

    @Override
    protected boolean goProgramExitsWith(RunnerEvent event) {
        return RunnerDemo.exitsWith(event);
    }

    // ---------------------------------------------------------------- events

    @Override
    protected void apply(RunnerEvent event) {
        fold.apply(event);
        if (event instanceof RunnerEvent.Started s && s.tasks() != tasks.size()) {
            // A run not launched here (a recorded one) tells its task count with Start.
            tasks.setAll(IntStream.range(0, s.tasks()).mapToObj(i -> new TaskItem(i, planned().durationOf(i))).toList());
        }
        project();
        highlight(fold.codeAnchor());
        if (event instanceof RunnerEvent.Ended) {
            ended();
        }
    }

    /** Shows what the fold answers that does not move with time; the frame adds what does. */
    private void project() {
        interrupt.set(fold.interrupt());
        ending.set(fold.ending());
        leak.set(fold.leak());
        runningTask.set(fold.runningTask());
        mainAlive.set(fold.mainAlive());
        backgroundAlive.set(fold.backgroundAlive());
        liveThreads.set(fold.liveGoroutines());
        DurationRule rule = planned();
        for (TaskItem item : tasks) {
            item.show(fold.task(item.id()), rule.durationOf(item.id()));
        }
    }

    /** The durations the run's tasks are planned with until each reports its own. */
    private DurationRule planned() {
        return planned != null ? planned : rule(seed.get());
    }

    /** Start has returned, yet the leaked goroutine goes on: its time is shown until it blocks forever. */
    @Override
    protected long shownAfterEnd(long end, long now) {
        return fold.shownAfterEnd(end, now);
    }

    @Override
    public List<javafx.beans.Observable> parameterProperties() {
        return List.of(timeoutSeconds, taskCount, durationKind, durationSeconds, mode, seed);
    }

    @Override
    protected boolean goesOnAfterEnd() {
        return fold.leak() == LeakState.LEAKED_RUNNING;
    }

    // ---------------------------------------------------------------- per frame: what moves with time

    /** The countdown and the running task's progress at the frame's virtual time, from the fold. */
    @Override
    protected void frame() {
        if (!fold.created()) {
            return;
        }
        long now = frameNanos();
        Countdown c = fold.countdownAt(now);
        Countdown was = countdown.get();
        if (!isTextFrame() && !exactCountdown && was != null) {
            c = c.withSpoken(was.spokenNanos()); // the words change with the shown time, on text frames
        }
        exactCountdown = false;
        if (!c.equals(was)) {
            countdown.set(c);
        }
        for (TaskItem item : tasks) {
            item.showProgress(fold.task(item.id()).progressAt(now));
        }
    }

    // ---------------------------------------------------------------- state for the view

    /** One item per task of the run (before a run: of the next run). */
    public ObservableList<TaskItem> tasks() {
        return tasksView;
    }

    public ReadOnlyObjectProperty<Countdown> countdownProperty() {
        return countdown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InterruptStatus> interruptProperty() {
        return interrupt.getReadOnlyProperty();
    }

    /** How Start returned, or null while it waits (or before a run). */
    public ReadOnlyObjectProperty<RunEnding> endingProperty() {
        return ending.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LeakState> leakProperty() {
        return leak.getReadOnlyProperty();
    }

    /** The task the background goroutine runs, or -1. */
    public ReadOnlyIntegerProperty runningTaskProperty() {
        return runningTask.getReadOnlyProperty();
    }

    /** The goroutine in Start is alive: the run has been created and Start has not returned. */
    public ReadOnlyBooleanProperty mainAliveProperty() {
        return mainAlive.getReadOnlyProperty();
    }

    /** The background goroutine is alive (also when leaked). */
    public ReadOnlyBooleanProperty backgroundAliveProperty() {
        return backgroundAlive.getReadOnlyProperty();
    }

    /** Goroutines of this run alive, as its events tell: 2 while it runs, 1 for a leak, 0 after. */
    public ReadOnlyIntegerProperty liveThreadsProperty() {
        return liveThreads.getReadOnlyProperty();
    }

    /**
     * +1 each time what a view shows next is a state to show at once, not moves to animate: the folded state was
     * forgotten to be folded again ({@link #resetFold()}: a seek, Home, a new run, an opened trace) or the events
     * up to the live edge are folded in one jump (End or Live from behind). The one rule views read.
     */
    public ReadOnlyLongProperty shownAtOnceProperty() {
        return shownAtOnce.getReadOnlyProperty();
    }

    /** Everything the run's events told so far, as one value (for comparisons). */
    public RunnerState foldedState() {
        return fold.state();
    }
}
