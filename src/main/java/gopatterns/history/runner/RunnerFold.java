package gopatterns.history.runner;

import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerEvent;
import gopatterns.runner.RunnerMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The Runner view's state folded from a run's events, one {@link #apply} at a time: the tasks, the countdown's
 * inputs, the interrupt, how {@code Start} returned, the leak, which goroutines are alive and the code line.
 * It reads nothing but the events (no clock, no thread, no runner), so the state after k events is the state
 * of a fresh fold of the first k events. Times are the events' virtual nanoseconds. Not thread-safe.
 */
public final class RunnerFold {

    /** The time of something that has not happened. */
    public static final long NOT_YET = -1;

    private RunnerMode mode;
    private long createdAt = NOT_YET;
    private long deadline = NOT_YET;
    private long timeoutNanos;
    private long firedAt = NOT_YET;
    private long endedAt = NOT_YET;
    private long blockedAt = NOT_YET;
    private final List<FoldedTask> tasks = new ArrayList<>();
    private int runningTask = -1;
    private InterruptStatus interrupt = InterruptStatus.NONE;
    private RunEnding ending;
    private LeakState leak = LeakState.NONE;
    private boolean mainAlive;
    private boolean backgroundAlive;
    private String codeAnchor = "";

    /** Folds the next event of the run into the state. */
    public void apply(RunnerEvent event) {
        switch (event) {
            case RunnerEvent.Created c -> created(c);
            case RunnerEvent.TimeoutChanged t -> {
                deadline = t.deadline();
                timeoutNanos = t.timeout().toNanos();
            }
            case RunnerEvent.Started s -> started(s.tasks());
            case RunnerEvent.InterruptChecked ic -> codeAnchor = "check";
            case RunnerEvent.TaskStarted ts -> taskStarted(ts.task());
            case RunnerEvent.TaskWorking tw -> update(tw.task(), t -> t.working(tw.at(), tw.duration()));
            case RunnerEvent.TaskFinished tf -> taskFinished(tf.task(), tf.at());
            case RunnerEvent.InterruptRequested r -> interruptRequested(r);
            case RunnerEvent.InterruptObserved o -> interruptObserved(o.beforeTask());
            case RunnerEvent.WorkReturned w -> codeAnchor = w.result() == Outcome.INTERRUPTED ? "interrupted" : "done";
            case RunnerEvent.ResultReceived r -> {
                // The hand-off is done: the background goroutine returns.
                backgroundAlive = false;
                codeAnchor = "case-complete";
            }
            case RunnerEvent.TimeoutFired f -> {
                firedAt = f.at();
                codeAnchor = "case-timeout";
            }
            case RunnerEvent.Ended e -> ended(e);
            case RunnerEvent.BackgroundLeaked l -> leaked();
            case RunnerEvent.BackgroundBlocked b -> {
                blockedAt = b.at();
                leak = LeakState.BLOCKED_FOREVER;
                codeAnchor = "send";
            }
            case RunnerEvent.BackgroundCancelled c -> backgroundCancelled(c.duringTask(), c.at());
            case RunnerEvent.ResultBuffered r -> {
                // The send into the one-slot buffer never waits: the goroutine ends.
                backgroundAlive = false;
                codeAnchor = "fixed-buffer";
            }
            case RunnerEvent.Disposed d -> {
                if (leaking()) {
                    leak = LeakState.DISPOSED;
                }
                mainAlive = false;
                backgroundAlive = false;
            }
        }
    }

    private void created(RunnerEvent.Created c) {
        mode = c.mode();
        // The instant the timeout started, which on a running clock is a little before the event.
        createdAt = c.deadline() - c.timeout().toNanos();
        deadline = c.deadline();
        timeoutNanos = c.timeout().toNanos();
        // The goroutine that creates the runner is the one that calls Start: main.
        mainAlive = true;
        codeAnchor = "new";
    }

    private void started(int count) {
        tasks.clear();
        for (int i = 0; i < count; i++) {
            tasks.add(FoldedTask.queued(i));
        }
        backgroundAlive = true;
        codeAnchor = "notify";
    }

    private void taskStarted(int id) {
        runningTask = id;
        update(id, t -> t.with(leak == LeakState.NONE ? TaskState.RUNNING : TaskState.GHOST_RUNNING));
        codeAnchor = "task";
    }

    private void taskFinished(int id, long at) {
        runningTask = -1;
        update(id, t -> t.stopped(t.state().ghost() ? TaskState.GHOST_DONE : TaskState.DONE, at));
        codeAnchor = "loop";
    }

    private void interruptRequested(RunnerEvent.InterruptRequested r) {
        InterruptStatus now = interrupt;
        switch (r.delivery()) {
            case QUEUED -> interrupt = new InterruptStatus(InterruptStatus.State.PENDING, r.at() - createdAt,
                    runningTask, -1, now.dropped());
            case DROPPED_PENDING -> interrupt = new InterruptStatus(now.state(), now.requestedAt(),
                    now.duringTask(), now.beforeTask(), now.dropped() + 1);
            case NOT_LISTENING -> {
                if (now.state() == InterruptStatus.State.NONE) {
                    interrupt = now.with(InterruptStatus.State.NOT_LISTENING);
                }
            }
        }
    }

    private void interruptObserved(int beforeTask) {
        InterruptStatus.State state = ending == null
                ? InterruptStatus.State.OBSERVED : InterruptStatus.State.OBSERVED_BY_LEAK;
        interrupt = new InterruptStatus(state, interrupt.requestedAt(), interrupt.duringTask(), beforeTask,
                interrupt.dropped());
        neverStarted();
        codeAnchor = "seen";
    }

    private void ended(RunnerEvent.Ended e) {
        endedAt = e.at();
        ending = new RunEnding(e.outcome(), e.tie(), e.at() - createdAt);
        if (interrupt.state() == InterruptStatus.State.PENDING) {
            interrupt = interrupt.with(InterruptStatus.State.NEVER_SEEN);
        }
        if (e.outcome() == Outcome.TIMEOUT && mode == RunnerMode.FIXED) {
            leak = LeakState.CANCELLED;
        }
        if (!leaking()) {
            neverStarted();
        }
        // Start has returned, and main with it (the Go program exits).
        mainAlive = false;
    }

    /** Go-faithful after a timeout: the background goroutine goes on unseen with what is left. */
    private void leaked() {
        leak = LeakState.LEAKED_RUNNING;
        tasks.replaceAll(t -> switch (t.state()) {
            case QUEUED -> t.with(TaskState.GHOST_QUEUED);
            case RUNNING -> t.with(TaskState.GHOST_RUNNING);
            default -> t;
        });
    }

    /** The background goroutine was stopped: by the fixed runner's timeout, or from outside (dispose). */
    private void backgroundCancelled(int duringTask, long at) {
        boolean fromOutside = leaking() || leak == LeakState.DISPOSED;
        leak = fromOutside ? LeakState.DISPOSED : LeakState.CANCELLED;
        runningTask = -1;
        backgroundAlive = false;
        update(duringTask, t -> t.stopped(TaskState.CANCELLED, at));
        neverStarted();
        if (!fromOutside) {
            codeAnchor = "fixed-cancel";
        }
    }

    /** The tasks still waiting will not run any more. */
    private void neverStarted() {
        tasks.replaceAll(t -> t.state().waiting() ? t.with(TaskState.NEVER_STARTED) : t);
    }

    private void update(int id, java.util.function.UnaryOperator<FoldedTask> change) {
        if (id >= 0 && id < tasks.size()) {
            tasks.set(id, change.apply(tasks.get(id)));
        }
    }

    // ---------------------------------------------------------------- what it answers

    /** Whether the runner was created: before, there is no countdown and no goroutine. */
    public boolean created() {
        return createdAt != NOT_YET;
    }

    /** The runner's mode, or null before it was created. */
    public RunnerMode mode() {
        return mode;
    }

    /** How many tasks {@code Start} was given, 0 before it was called. */
    public int taskCount() {
        return tasks.size();
    }

    /** Task {@code id}; queued for a task the run has not told of yet. */
    public FoldedTask task(int id) {
        return id >= 0 && id < tasks.size() ? tasks.get(id) : FoldedTask.queued(id);
    }

    /** The task the background goroutine runs, or -1. */
    public int runningTask() {
        return runningTask;
    }

    /** When the runner and its timeout were created (virtual ns), or {@link #NOT_YET}. */
    public long createdAt() {
        return createdAt;
    }

    /** When the timeout fires (virtual ns), counted from the creation; {@link #NOT_YET} before it. */
    public long deadline() {
        return deadline;
    }

    /** The timeout in nanoseconds, 0 before the runner was created. */
    public long timeoutNanos() {
        return timeoutNanos;
    }

    /** When the timeout won the select (virtual ns), or {@link #NOT_YET}. */
    public long firedAt() {
        return firedAt;
    }

    /** When {@code Start} returned (virtual ns), or {@link #NOT_YET}. */
    public long endedAt() {
        return endedAt;
    }

    /** When the leaked goroutine blocked forever (virtual ns), or {@link #NOT_YET}. */
    public long blockedAt() {
        return blockedAt;
    }

    /**
     * The countdown at virtual time {@code now} (ns): it burns down until {@code Start} returns, then stays
     * where it was; the words say the same as the fuse. Null before the runner was created.
     */
    public Countdown countdownAt(long now) {
        if (!created()) {
            return null;
        }
        long end = endedAt != NOT_YET ? endedAt : now;
        long remaining = Math.max(0, deadline - end);
        return new Countdown(timeoutNanos, remaining, remaining,
                firedAt == NOT_YET ? Countdown.NOT_YET : firedAt - createdAt,
                endedAt != NOT_YET && firedAt == NOT_YET ? endedAt - createdAt : Countdown.NOT_YET,
                endedAt == NOT_YET);
    }

    public InterruptStatus interrupt() {
        return interrupt;
    }

    /** How {@code Start} returned, or null while it waits (or before it was called). */
    public RunEnding ending() {
        return ending;
    }

    public LeakState leak() {
        return leak;
    }

    /** True while the leaked goroutine goes on or is blocked forever. */
    public boolean leaking() {
        return leak == LeakState.LEAKED_RUNNING || leak == LeakState.BLOCKED_FOREVER;
    }

    /** The goroutine in {@code Start} is alive: from the runner's creation until {@code Start} returns. */
    public boolean mainAlive() {
        return mainAlive;
    }

    /**
     * The background goroutine is alive: from {@code Start} until its result is handed over, or it is
     * cancelled or disposed of; a leaked one, blocked forever, stays alive.
     */
    public boolean backgroundAlive() {
        return backgroundAlive;
    }

    /** Goroutines of the run alive: 2 while it runs, 1 for a leak, 0 after. */
    public int liveGoroutines() {
        return (mainAlive ? 1 : 0) + (backgroundAlive ? 1 : 0);
    }

    /**
     * The virtual time shown once {@code Start} has returned, with the clock at {@code now} (ns): the end,
     * unless the leaked goroutine goes on (its time), or until it blocked.
     */
    public long shownAfterEnd(long end, long now) {
        return switch (leak) {
            case LEAKED_RUNNING -> Math.max(end, now);
            case BLOCKED_FOREVER -> Math.max(end, blockedAt);
            default -> end;
        };
    }

    /** The anchor of the listing line last executed (see the Go listing), "" before any. */
    public String codeAnchor() {
        return codeAnchor;
    }

    /** Everything folded so far, as one comparable value. */
    public RunnerState state() {
        return new RunnerState(mode, createdAt, deadline, timeoutNanos, firedAt, endedAt, blockedAt, tasks,
                runningTask, interrupt, ending, leak, mainAlive, backgroundAlive, codeAnchor);
    }
}
