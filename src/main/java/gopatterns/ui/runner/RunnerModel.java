package gopatterns.ui.runner;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.runner.DurationRule;
import gopatterns.runner.InterruptDelivery;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerEvent;
import gopatterns.runner.RunnerMode;
import gopatterns.ui.common.BoundedDoubleProperty;
import gopatterns.ui.common.BoundedIntegerProperty;
import gopatterns.ui.common.SimulationModel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the Runner view: the parameters of the next run and what the current run has shown so far.
 *
 * <p>Everything shown is folded from the events of a real {@link gopatterns.runner.Runner} on the virtual
 * clock, or read from the runner and the clock each frame (countdown, progress, threads alive). The state
 * lives here and not in the view, so a view can be rebuilt at any moment (a language switch) and show the
 * same thing.
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
    private final ReadOnlyBooleanWrapper backgroundAlive = new ReadOnlyBooleanWrapper(this, "backgroundAlive");
    private final ReadOnlyIntegerWrapper liveThreads = new ReadOnlyIntegerWrapper(this, "liveThreads");
    private final ReadOnlyObjectWrapper<RunnerDemo.Params> runParams = new ReadOnlyObjectWrapper<>(this, "runParams");

    // The current run and what its events told so far (virtual nanoseconds, absolute).
    private RunnerDemo demo;
    private Thread mainThread;
    private long createdAt;
    private long deadline;
    private long timeoutNanos;
    private long firedAt = Countdown.NOT_YET;
    private long endedAt = -1;
    /** When the leaked goroutine blocked forever (clock nanoseconds), -1 before. */
    private long blockedAt = -1;

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
        for (TaskItem item : tasks) {
            if (item.state().waiting()) {
                item.setDuration(r.durationOf(item.id()));
            }
        }
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
            tasks.forEach(item -> item.setDuration(r.durationOf(item.id())));
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
        tasks.setAll(IntStream.range(0, d.runner().taskCount())
                .mapToObj(i -> new TaskItem(i, d.durations().durationOf(i))).toList());
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
        mainThread = main;
        return () -> {
            disposed.set(true);
            d.runner().dispose();
            clock.interrupt(main);
        };
    }

    @Override
    protected void clearState() {
        demo = null;
        mainThread = null;
        runParams.set(null);
        resetFold();
        backgroundAlive.set(false);
        liveThreads.set(0);
        tasks.clear();
        preview();
    }

    @Override
    protected void resetFold() {
        firedAt = Countdown.NOT_YET;
        endedAt = -1;
        blockedAt = -1;
        interrupt.set(InterruptStatus.NONE);
        ending.set(null);
        leak.set(LeakState.NONE);
        runningTask.set(-1);
        RunnerDemo d = demo;
        if (d != null) { // the run's tasks, none started yet
            tasks.setAll(IntStream.range(0, d.runner().taskCount())
                    .mapToObj(i -> new TaskItem(i, d.durations().durationOf(i))).toList());
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
        switch (event) {
            case RunnerEvent.Created c -> {
                // The instant the timeout started, which on a running clock is a little before the event.
                createdAt = c.deadline() - c.timeout().toNanos();
                deadline = c.deadline();
                timeoutNanos = c.timeout().toNanos();
                highlight("new");
            }
            case RunnerEvent.TimeoutChanged t -> {
                deadline = t.deadline();
                timeoutNanos = t.timeout().toNanos();
            }
            case RunnerEvent.Started s -> highlight("notify");
            case RunnerEvent.InterruptChecked ic -> highlight("check");
            case RunnerEvent.TaskStarted ts -> taskStarted(ts.task());
            case RunnerEvent.TaskWorking tw -> item(tw.task()).ifPresent(i -> i.startWork(tw.at(), tw.duration()));
            case RunnerEvent.TaskFinished tf -> taskFinished(tf.task());
            case RunnerEvent.InterruptRequested r -> interruptRequested(r);
            case RunnerEvent.InterruptObserved o -> interruptObserved(o.beforeTask());
            case RunnerEvent.WorkReturned w -> highlight(w.result() == Outcome.INTERRUPTED ? "interrupted" : "done");
            case RunnerEvent.ResultReceived r -> highlight("case-complete");
            case RunnerEvent.TimeoutFired f -> {
                firedAt = f.at();
                highlight("case-timeout");
            }
            case RunnerEvent.Ended e -> runEnded(e);
            case RunnerEvent.BackgroundLeaked l -> {
                leak.set(LeakState.LEAKED_RUNNING);
                tasks.forEach(item -> item.setState(switch (item.state()) {
                    case QUEUED -> TaskState.GHOST_QUEUED;
                    case RUNNING -> TaskState.GHOST_RUNNING;
                    default -> item.state();
                }));
            }
            case RunnerEvent.BackgroundBlocked b -> {
                blockedAt = b.at();
                leak.set(LeakState.BLOCKED_FOREVER);
                highlight("send");
            }
            case RunnerEvent.BackgroundCancelled c -> backgroundCancelled(c.duringTask());
            case RunnerEvent.ResultBuffered r -> highlight("fixed-buffer");
            case RunnerEvent.Disposed d -> {
                if (leaking()) {
                    leak.set(LeakState.DISPOSED);
                }
            }
        }
    }

    private void taskStarted(int id) {
        runningTask.set(id);
        item(id).ifPresent(i -> i.setState(leak.get() == LeakState.NONE ? TaskState.RUNNING : TaskState.GHOST_RUNNING));
        highlight("task");
    }

    private void taskFinished(int id) {
        runningTask.set(-1);
        item(id).ifPresent(i -> {
            i.finish();
            i.setState(i.state().ghost() ? TaskState.GHOST_DONE : TaskState.DONE);
        });
        highlight("loop");
    }

    private void interruptRequested(RunnerEvent.InterruptRequested r) {
        InterruptStatus now = interrupt.get();
        switch (r.delivery()) {
            case QUEUED -> interrupt.set(new InterruptStatus(InterruptStatus.State.PENDING, r.at() - createdAt,
                    runningTask.get(), -1, now.dropped()));
            case DROPPED_PENDING -> interrupt.set(new InterruptStatus(now.state(), now.requestedAt(),
                    now.duringTask(), now.beforeTask(), now.dropped() + 1));
            case NOT_LISTENING -> {
                if (now.state() == InterruptStatus.State.NONE) {
                    interrupt.set(now.with(InterruptStatus.State.NOT_LISTENING));
                }
            }
        }
    }

    private void interruptObserved(int beforeTask) {
        InterruptStatus now = interrupt.get();
        InterruptStatus.State state = ending.get() == null
                ? InterruptStatus.State.OBSERVED : InterruptStatus.State.OBSERVED_BY_LEAK;
        interrupt.set(new InterruptStatus(state, now.requestedAt(), now.duringTask(), beforeTask, now.dropped()));
        neverStarted();
        highlight("seen");
    }

    private void runEnded(RunnerEvent.Ended e) {
        endedAt = e.at();
        ending.set(new RunEnding(e.outcome(), e.tie(), e.at() - createdAt));
        if (interrupt.get().state() == InterruptStatus.State.PENDING) {
            interrupt.set(interrupt.get().with(InterruptStatus.State.NEVER_SEEN));
        }
        if (e.outcome() == Outcome.TIMEOUT && runParams.get().mode() == RunnerMode.FIXED) {
            leak.set(LeakState.CANCELLED);
        }
        if (!leaking()) {
            neverStarted();
        }
        ended();
    }

    /** The background goroutine was stopped: by the fixed runner's timeout, or from outside (dispose). */
    private void backgroundCancelled(int duringTask) {
        boolean fromOutside = leaking() || leak.get() == LeakState.DISPOSED;
        leak.set(fromOutside ? LeakState.DISPOSED : LeakState.CANCELLED);
        runningTask.set(-1);
        item(duringTask).ifPresent(i -> i.setState(TaskState.CANCELLED));
        neverStarted();
        if (!fromOutside) {
            highlight("fixed-cancel");
        }
    }

    /** Start has returned, yet the leaked goroutine goes on: its time is shown until it blocks forever. */
    @Override
    protected long shownAfterEnd(long end, long now) {
        return switch (leak.get()) {
            case LEAKED_RUNNING -> Math.max(end, now);
            case BLOCKED_FOREVER -> Math.max(end, blockedAt);
            default -> end;
        };
    }

    private boolean leaking() {
        return leak.get() == LeakState.LEAKED_RUNNING || leak.get() == LeakState.BLOCKED_FOREVER;
    }

    /** The tasks still waiting will not run any more. */
    private void neverStarted() {
        for (TaskItem item : tasks) {
            if (item.state().waiting()) {
                item.setState(TaskState.NEVER_STARTED);
            }
        }
    }

    private Optional<TaskItem> item(int id) {
        return id >= 0 && id < tasks.size() ? Optional.of(tasks.get(id)) : Optional.empty();
    }

    // ---------------------------------------------------------------- per frame: read the clock and the runner

    @Override
    protected void frame() {
        RunnerDemo d = demo;
        if (d == null) {
            return;
        }
        long now = frameNanos();
        long end = endedAt >= 0 ? endedAt : now;
        long remaining = Math.max(0, deadline - end);
        Countdown was = countdown.get();
        long spoken = isTextFrame() || was == null ? remaining : was.spokenNanos();
        Countdown c = new Countdown(timeoutNanos, remaining, spoken,
                firedAt == Countdown.NOT_YET ? Countdown.NOT_YET : firedAt - createdAt,
                endedAt >= 0 && firedAt == Countdown.NOT_YET ? endedAt - createdAt : Countdown.NOT_YET,
                endedAt < 0);
        if (!c.equals(countdown.get())) {
            countdown.set(c);
        }
        for (TaskItem item : tasks) {
            item.advanceTo(now);
        }
        List<Thread> live = clock().liveParticipants();
        boolean mainAlive = mainThread != null && live.contains(mainThread);
        Thread bg = d.runner().backgroundThread();
        backgroundAlive.set(bg != null && live.contains(bg));
        liveThreads.set((mainAlive ? 1 : 0) + (backgroundAlive.get() ? 1 : 0));
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

    /** The background goroutine is alive (also when leaked). */
    public ReadOnlyBooleanProperty backgroundAliveProperty() {
        return backgroundAlive.getReadOnlyProperty();
    }

    /** Threads of this run still alive, read from the clock: 2 while it runs, 1 for a leak, 0 after. */
    public ReadOnlyIntegerProperty liveThreadsProperty() {
        return liveThreads.getReadOnlyProperty();
    }
}
