package gopatterns.runner;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Runs tasks one after another on a background thread under an overall timeout, as the Go runner does.
 *
 * <ul>
 *   <li>The timeout starts when the runner is <em>created</em>, not when it is started.</li>
 *   <li>An interrupt goes into a one-slot channel and is checked only before each task: a running task is
 *       never stopped by it. The first interrupt seen also stops the listening.</li>
 *   <li>{@link #start()} returns whichever comes first: the background result or the timeout. When both are
 *       ready at the same virtual instant, the choice is random, as Go's {@code select} makes it.</li>
 *   <li>{@link RunnerMode#GO_FAITHFUL}: after a timeout the background thread runs the remaining tasks, then
 *       blocks forever handing over its result (the leak) until {@link #dispose()}.
 *       {@link RunnerMode#FIXED}: the result goes to a one-slot buffer and the work is cancelled.</li>
 * </ul>
 */
public final class Runner {

    /** What the background thread handed over, and when. */
    private record Delivery(Outcome result, long at) {}

    private final VirtualClock clock;
    private final EventBus<RunnerEvent> bus;
    private final RunnerMode mode;
    private final RandomGenerator tieBreaker;
    private final long createdAt;
    private volatile Duration timeout;
    private volatile long deadline;
    private volatile int deadlineVersion;
    private volatile Thread starter;
    private final List<Task> tasks = new ArrayList<>();

    private final Object signalLock = new Object();
    private boolean listening;
    private boolean signalPending;
    private boolean signalStopped;

    private volatile boolean started;
    private volatile Thread background;
    private volatile Delivery delivery;
    private volatile boolean received;
    private volatile boolean abandoned;
    private volatile boolean cancelled;
    private volatile boolean blocked;
    private volatile int runningTask = -1;
    private volatile Outcome outcome;

    public Runner(VirtualClock clock, Duration timeout, RunnerMode mode, RandomGenerator tieBreaker,
                  EventBus<RunnerEvent> bus) {
        this.clock = Objects.requireNonNull(clock);
        this.bus = Objects.requireNonNull(bus);
        this.mode = Objects.requireNonNull(mode);
        this.tieBreaker = Objects.requireNonNull(tieBreaker);
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + timeout);
        }
        this.timeout = timeout;
        this.createdAt = clock.nanos();
        this.deadline = createdAt + timeout.toNanos();
        long dl = deadline;
        bus.publish((s, at) -> new RunnerEvent.Created(s, at, timeout, dl, mode));
    }

    public void add(Task... more) {
        if (started) {
            throw new IllegalStateException("tasks are added before start()");
        }
        tasks.addAll(List.of(more));
    }

    public Duration timeout() {
        return timeout;
    }

    /** Virtual time at which the timeout fires. */
    public long deadline() {
        return deadline;
    }

    public RunnerMode mode() {
        return mode;
    }

    public int taskCount() {
        return tasks.size();
    }

    /** The outcome once {@link #start()} has returned, else null. */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Starts the background thread and waits, on the virtual clock, for its result or the timeout.
     * Call it once, from a thread of your own: it blocks like Go's {@code Start}.
     */
    public Outcome start() throws InterruptedException {
        synchronized (signalLock) {
            if (started) {
                throw new IllegalStateException("a runner starts once");
            }
            started = true;
            listening = true;
        }
        starter = Thread.currentThread();
        bus.publish((s, at) -> new RunnerEvent.Started(s, at, tasks.size()));
        background = clock.startThread("runner-background", this::runInBackground);

        Delivery d;
        long dl;
        while (true) {
            dl = deadline;
            int version = deadlineVersion;
            boolean ready = clock.awaitUntil(() -> delivery != null || deadlineVersion != version, dl,
                    VirtualClock.Phase.LATE);
            d = delivery;
            if (d != null || !ready) {
                break;
            }
            // The timeout was changed while we waited: wait again for the new deadline.
        }
        Outcome result;
        boolean tie = false;
        if (d != null && d.at() < dl) {
            result = d.result();
        } else if (d != null && d.at() == dl) {
            tie = true;
            result = tieBreaker.nextBoolean() ? d.result() : Outcome.TIMEOUT;
        } else {
            result = Outcome.TIMEOUT;
        }

        if (result == Outcome.TIMEOUT) {
            bus.publish((s, at) -> new RunnerEvent.TimeoutFired(s, at));
            abandon();
        } else {
            receive(d.result());
        }
        outcome = result;
        starter = null;
        boolean wasTie = tie;
        bus.publish((s, at) -> new RunnerEvent.Ended(s, at, result, wasTie));
        return result;
    }

    /**
     * Sends an interrupt, as Ctrl+C does to the Go program: it waits in a one-slot channel until the
     * background thread checks it before its next task.
     */
    public InterruptDelivery interrupt() {
        InterruptDelivery result;
        synchronized (signalLock) {
            if (!listening || signalStopped) {
                result = InterruptDelivery.NOT_LISTENING;
            } else if (signalPending) {
                result = InterruptDelivery.DROPPED_PENDING;
            } else {
                signalPending = true;
                result = InterruptDelivery.QUEUED;
            }
            bus.publish((s, at) -> new RunnerEvent.InterruptRequested(s, at, result));
        }
        return result;
    }

    /** True while an interrupt sits in the slot, not yet seen. */
    public boolean interruptPending() {
        synchronized (signalLock) {
            return signalPending;
        }
    }

    /** The background thread, once started; for checks that it ended or leaked. */
    public Thread backgroundThread() {
        return background;
    }

    /**
     * True when {@code start()} has returned but the background thread is still alive and nobody will ever
     * take its result: the Go-faithful leak.
     */
    public boolean isLeaking() {
        Thread t = background;
        return abandoned && t != null && t.isAlive() && mode == RunnerMode.GO_FAITHFUL;
    }

    /** True once the leaked background thread is stuck on the hand-off for good. */
    public boolean isBlockedForever() {
        return blocked && isLeaking();
    }

    /** The task the background thread is running, or -1. */
    public int runningTask() {
        return runningTask;
    }

    /**
     * Changes the timeout while the runner waits, counted as always from the creation instant. A deadline
     * that is already behind fires at once. Ignored once {@code start()} has returned.
     */
    public void retime(Duration newTimeout) {
        if (newTimeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + newTimeout);
        }
        if (outcome != null) {
            return;
        }
        timeout = newTimeout;
        deadline = createdAt + newTimeout.toNanos();
        deadlineVersion++;
        long dl = deadline;
        bus.publish((s, at) -> new RunnerEvent.TimeoutChanged(s, at, newTimeout, dl));
        clock.signalAll();
    }

    /**
     * Stops every thread of this runner that is still alive, the leak included; a {@code start()} still
     * waiting throws {@link InterruptedException}. Safe to call at any time.
     */
    public void dispose() {
        Thread t = background;
        boolean alive = t != null && t.isAlive();
        cancelled = true;
        if (alive) {
            clock.interrupt(t);
        }
        Thread s0 = starter;
        if (s0 != null) {
            clock.interrupt(s0);
        }
        bus.publish((s, at) -> new RunnerEvent.Disposed(s, at, alive));
    }

    // ---------------------------------------------------------------- the background thread

    private void runInBackground() {
        Outcome result;
        try {
            result = runTasks();
        } catch (InterruptedException e) {
            // Cancelled: fixed mode at the timeout, or dispose().
            int during = runningTask;
            runningTask = -1;
            bus.publish((s, at) -> new RunnerEvent.BackgroundCancelled(s, at, during));
            return;
        }
        runningTask = -1;
        Outcome r = result;
        bus.publish((s, at) -> new RunnerEvent.WorkReturned(s, at, r));
        try {
            handOver(result);
        } catch (InterruptedException e) {
            bus.publish((s, at) -> new RunnerEvent.BackgroundCancelled(s, at, -1));
        }
    }

    private Outcome runTasks() throws InterruptedException {
        for (int id = 0; id < tasks.size(); id++) {
            if (cancelled) {
                throw new InterruptedException("cancelled");
            }
            if (gotInterrupt(id)) {
                return Outcome.INTERRUPTED;
            }
            int taskId = id;
            runningTask = id;
            bus.publish((s, at) -> new RunnerEvent.TaskStarted(s, at, taskId));
            tasks.get(id).run(id, d -> {
                bus.publish((s, at) -> new RunnerEvent.TaskWorking(s, at, taskId, d));
                clock.sleep(d);
            });
            bus.publish((s, at) -> new RunnerEvent.TaskFinished(s, at, taskId));
        }
        return Outcome.COMPLETED;
    }

    private boolean gotInterrupt(int beforeTask) {
        synchronized (signalLock) {
            if (signalPending) {
                signalPending = false;
                signalStopped = true;
                bus.publish((s, at) -> new RunnerEvent.InterruptObserved(s, at, beforeTask));
                return true;
            }
            bus.publish((s, at) -> new RunnerEvent.InterruptChecked(s, at, beforeTask));
            return false;
        }
    }

    private void handOver(Outcome result) throws InterruptedException {
        if (mode == RunnerMode.FIXED) {
            // One-slot buffer: the send never waits, whether or not anybody receives.
            bus.publish((s, at) -> new RunnerEvent.ResultBuffered(s, at, result));
            delivery = new Delivery(result, clock.nanos());
            clock.signalAll();
            return;
        }
        // Unbuffered channel: the send waits until start() receives, which after a timeout is never.
        synchronized (this) {
            delivery = new Delivery(result, clock.nanos());
            if (abandoned) {
                blocked = true;
                bus.publish((s, at) -> new RunnerEvent.BackgroundBlocked(s, at, result));
            }
        }
        clock.signalAll();
        clock.await(() -> received);
    }

    /** start() took the result: the sender may go on. */
    private void receive(Outcome result) {
        received = true;
        clock.signalAll();
        bus.publish((s, at) -> new RunnerEvent.ResultReceived(s, at, result));
    }

    /** start() gave up at the timeout: nobody will receive the result. */
    private void abandon() {
        if (mode == RunnerMode.FIXED) {
            abandoned = true;
            cancelled = true;
            Thread t = background;
            if (t != null && t.isAlive()) {
                clock.interrupt(t);
            }
            return;
        }
        synchronized (this) {
            abandoned = true;
            Thread t = background;
            if (t != null && t.isAlive()) {
                int task = runningTask;
                bus.publish((s, at) -> new RunnerEvent.BackgroundLeaked(s, at, task));
                if (delivery != null) {
                    blocked = true;
                    Outcome r = delivery.result();
                    bus.publish((s, at) -> new RunnerEvent.BackgroundBlocked(s, at, r));
                }
            }
        }
    }
}
