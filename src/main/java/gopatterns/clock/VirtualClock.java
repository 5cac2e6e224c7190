package gopatterns.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The one clock through which every sleep, timeout and countdown goes.
 *
 * <p>Virtual time is a count of nanoseconds since the clock was made. It moves in one of two ways:
 * a {@linkplain #manual() manual} clock moves only when told ({@link #advance}, {@link #step}), which
 * is what tests use; a {@linkplain #realtime(double) real-time} clock is moved by a driver thread at
 * {@link #speed()} times the wall clock, and can be paused and stepped.
 *
 * <p>Time moves from one pending wake-up to the next. After the wake-ups of an instant are fired the
 * clock waits until every <em>participant</em> thread (started with {@link #startThread}) is blocked
 * in one of the clock's waits again or has ended, before it moves on: what a participant does takes no
 * virtual time, and a sleep of one second that starts when another ends starts at exactly that instant.
 *
 * <p><b>One participant at a time.</b> Participants take turns: at most one of them runs, and it runs
 * until it blocks in a clock wait or ends. Then the turn goes to one of the participants that are ready
 * (woken, or just started), drawn from the seed of {@link #seedTurns}. So everything that happens at one
 * virtual instant happens in an order that depends on the seed alone, never on how the operating system
 * schedules threads: the same run with the same seed is the same run, at any speed and on a busy machine.
 * A participant that starts another, or wakes one, goes on running; the other gets a turn later.
 * Threads that are not participants (the UI thread, a signal handler, a test) never wait for a turn.
 *
 * <p>Wake-ups of the {@link Phase#LATE late} phase fire only after the normal wake-ups of the same
 * instant have settled. A timeout uses it so that a completion at the same instant is seen as a tie.
 *
 * <p><b>Locking.</b> One lock, {@code lock}, guards every field that is not final or volatile, and the
 * condition objects belong to it. Volatile fields are written under it too; they are volatile so that
 * {@link #nanos()} and the state queries can read them without it. Invariants, whenever the lock is free
 * (checked by {@code checkInvariants()}, which the tests call):
 * <ol>
 *   <li>{@code running} is null or a participant, and is neither in {@code turns} nor in a wait queue;</li>
 *   <li>every entry of {@code turns} is a woken participant waiting for its turn, not yet granted;</li>
 *   <li>while the clock is open, a participant whose turn it is is {@code running}: no two run at once;</li>
 *   <li>{@code running == null} and no hold open imply {@code turns} is empty (a free turn is handed on at
 *       once; while a hold is open it waits, so that the draw is made among everything the hold made ready);</li>
 *   <li>{@code timed} and {@code conditional} hold only waiters not yet woken;</li>
 *   <li>{@code holds} is not negative; time moves on only when nothing is busy ({@code busyLocked()}: holds,
 *       the participant running, those ready).</li>
 * </ol>
 */
public final class VirtualClock implements AutoCloseable {

    /** Order of wake-ups that share an instant. */
    public enum Phase { NORMAL, LATE }

    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 10.0;

    /**
     * How long a real-time clock holds time still for a {@linkplain #hold() hold} before it moves on regardless:
     * a hold left open by mistake must not freeze the app for good. Participants have no such limit: time moving
     * on while one of them runs would make the run depend on how fast the machine is.
     */
    private static final long REALTIME_SETTLE_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** How long a manual clock waits for participants before it reports them as stuck. */
    private static final long MANUAL_SETTLE_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** A real-time clock that falls further behind than this drops the lag instead of rushing. */
    private static final long MAX_LAG_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final boolean manual;
    /** The wall clock a real-time clock follows; {@link System#nanoTime()} except in tests of the rate. */
    private final LongSupplier wallNanos;
    /** The wall clock a real-time clock dates a restarted run's zero by; {@link java.time.Clock#systemUTC()}. */
    private final java.time.Clock wallDate;
    /** The wall-clock instant that virtual time zero stands for, for Go log dates; set anew by a real-time restart. */
    private volatile Instant epoch;
    /** Guards everything below that is not final (volatile fields are written only under it). */
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when busy drops to zero. */
    private final Condition settled = lock.newCondition();
    /** Wakes the driver thread: time, speed, pause or the pending wake-ups changed. */
    private final Condition driverWake = lock.newCondition();
    /** Waits with a deadline (and plain sleeps), earliest first; ties by phase, then by arrival. */
    private final TreeSet<Waiter> timed = new TreeSet<>();
    /** In arrival order; a set, since a release at a bounded pool's cap wakes (and removes) every waiter. */
    private final Set<Waiter> conditional = new LinkedHashSet<>();
    /** Participants that have not ended; written under the lock, read without it by the queries. */
    private final Set<Thread> participants = ConcurrentHashMap.newKeySet();
    /** Participants ready to run, waiting for their turn: woken from a wait, or started. */
    private final List<Waiter> turns = new ArrayList<>();
    /** The participant whose turn it is, or null. */
    private Thread running;
    /** Draws who of {@code turns} runs next. */
    private SplittableRandom turnOrder = new SplittableRandom(0);
    /** Told of an exception that ends a participant; null: the JVM's default handler is. */
    private volatile Thread.UncaughtExceptionHandler participantFailures;

    private volatile long now;
    /** True while the wake-ups of an instant are being processed: time then stands still. */
    private volatile boolean settling;
    private volatile boolean paused;
    private volatile double speed = 1.0;
    private long anchorWall;
    private long anchorVirtual;
    private long waiterSeq;
    /** Open {@link #hold() holds}. */
    private int holds;
    /** Wall time at which holds last went from 0 to 1. */
    private long heldSinceWall;
    private int stepsRequested;
    /** Once closed, turns are no longer kept: every thread of the run may run to its end at once. */
    private boolean closed;
    /** Once closed: participants running (all at once), counted so that the clock can still tell when they settle. */
    private int runningAfterClose;
    private final Thread driver;

    private VirtualClock(boolean manual, double speed, boolean paused, LongSupplier wallNanos, Instant epoch) {
        this(manual, speed, paused, wallNanos, epoch, java.time.Clock.systemUTC());
    }

    private VirtualClock(boolean manual, double speed, boolean paused, LongSupplier wallNanos, Instant epoch,
            java.time.Clock wallDate) {
        this.manual = manual;
        this.wallDate = wallDate;
        this.epoch = java.util.Objects.requireNonNull(epoch, "epoch");
        this.wallNanos = wallNanos;
        this.speed = checkSpeed(speed);
        this.paused = manual || paused;
        this.anchorWall = wallNanosNow();
        if (manual) {
            driver = null;
        } else {
            driver = Thread.ofPlatform().daemon().name("virtual-clock").unstarted(this::drive);
            driver.start();
        }
    }

    /** A clock that moves only when told: for tests and for deterministic stepping. */
    public static VirtualClock manual() {
        return manual(Instant.now());
    }

    /**
     * A manual clock whose virtual time zero stands for {@code epoch}: its log lines carry the same dates on
     * every run (pictures that must come out the same every time).
     */
    public static VirtualClock manual(Instant epoch) {
        return new VirtualClock(true, 1.0, true, System::nanoTime, epoch);
    }

    /** A clock that runs at {@code speed} (0.1 to 10) times the wall clock until paused. */
    public static VirtualClock realtime(double speed) {
        return new VirtualClock(false, speed, false, System::nanoTime, Instant.now());
    }

    /**
     * A real-time clock that stands at zero until {@link #resume()}: a run made on it starts at virtual time
     * zero however long the program took to get there.
     *
     * @param speed 0.1 to 10
     * @throws IllegalArgumentException if the speed is out of range
     */
    public static VirtualClock realtimePaused(double speed) {
        return new VirtualClock(false, speed, true, System::nanoTime, Instant.now());
    }

    /** A real-time clock that follows {@code wallNanos} instead of the wall clock: for tests of its rate. */
    static VirtualClock realtime(double speed, LongSupplier wallNanos) {
        return new VirtualClock(false, speed, false, wallNanos, Instant.now());
    }

    /** A real-time clock whose restarts date a new run by {@code wallDate}: for tests of the log dates. */
    static VirtualClock realtime(double speed, java.time.Clock wallDate) {
        return new VirtualClock(false, speed, false, System::nanoTime, wallDate.instant(), wallDate);
    }

    // ---------------------------------------------------------------- reading time

    /** Virtual nanoseconds since the clock was made. */
    public long nanos() {
        if (manual || paused || settling) {
            return now;
        }
        lock.lock();
        try {
            return liveNanosLocked();
        } finally {
            lock.unlock();
        }
    }

    /** Virtual time since the clock was made. */
    public Duration elapsed() {
        return Duration.ofNanos(nanos());
    }

    /** The wall-clock instant that virtual time zero stands for; log lines are stamped from it. */
    public Instant epoch() {
        return epoch;
    }

    /** The wall-clock instant that a virtual time stands for. */
    public Instant instantAt(long virtualNanos) {
        return epoch.plusNanos(virtualNanos);
    }

    public boolean isManual() {
        return manual;
    }

    // ---------------------------------------------------------------- speed, pause, step

    public double speed() {
        return speed;
    }

    /** Changes the speed at once; virtual time keeps its value, only its rate changes. */
    public void setSpeed(double newSpeed) {
        checkSpeed(newSpeed);
        lock.lock();
        try {
            rebaseLocked();
            speed = newSpeed;
            driverWake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public boolean isPaused() {
        return paused;
    }

    /** Stops virtual time: threads in sleeps stay blocked until {@link #resume()} or a step. */
    public void pause() {
        lock.lock();
        try {
            pauseLocked();
        } finally {
            lock.unlock();
        }
    }

    private void pauseLocked() {
        if (!paused) {
            now = liveNanosLocked();
            paused = true;
        }
    }

    /** Lets a real-time clock run again. A manual clock only records the request: it never runs by itself. */
    public void resume() {
        lock.lock();
        try {
            if (paused) {
                // Go on from the time at which it stopped: the wall time spent paused must not count.
                anchorVirtual = now;
                anchorWall = wallNanosNow();
                paused = false;
                driverWake.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves time to the next pending wake-up and fires it. On a manual clock this happens before the call
     * returns and the result says whether there was a wake-up; a real-time clock pauses first and hands the
     * step to its driver, so the caller (the FX thread, say) never waits.
     */
    public boolean step() {
        if (manual) {
            lock.lock();
            try {
                if (timed.isEmpty()) {
                    return false;
                }
                fireNextInstantLocked(MANUAL_SETTLE_LIMIT_NANOS);
                return true;
            } finally {
                lock.unlock();
            }
        }
        lock.lock();
        try {
            pauseLocked();
            boolean pending = !timed.isEmpty();
            if (pending) {
                stepsRequested++;
                driverWake.signalAll();
            }
            return pending;
        } finally {
            lock.unlock();
        }
    }

    /** Moves a manual clock forward by {@code d}, firing every wake-up on the way in order. */
    public void advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("cannot advance by a negative duration: " + d);
        }
        lock.lock();
        try {
            advanceToLocked(now + d.toNanos());
        } finally {
            lock.unlock();
        }
    }

    /** Moves a manual clock forward to the virtual time {@code target}. */
    public void advanceTo(long target) {
        lock.lock();
        try {
            advanceToLocked(target);
        } finally {
            lock.unlock();
        }
    }

    /** Fires pending wake-ups one instant at a time until none is left; for tests of runs that end. */
    public void runUntilIdle() {
        lock.lock();
        try {
            requireManual();
            awaitSettledLocked(MANUAL_SETTLE_LIMIT_NANOS);
            while (!timed.isEmpty() && timed.first().deadline != Long.MAX_VALUE) {
                fireNextInstantLocked(MANUAL_SETTLE_LIMIT_NANOS);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits until every participant is blocked in a clock wait or has ended. */
    public void awaitSettled() {
        lock.lock();
        try {
            awaitSettledLocked(manual ? MANUAL_SETTLE_LIMIT_NANOS : REALTIME_SETTLE_LIMIT_NANOS);
        } finally {
            lock.unlock();
        }
    }

    /** The virtual time of the next pending wake-up, or -1 if none. */
    public long nextWakeUp() {
        lock.lock();
        try {
            return timed.isEmpty() ? -1 : timed.first().deadline;
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- participants

    /**
     * Starts a participant: a virtual thread whose progress the clock waits for before it moves time on.
     * It counts as busy from this call until it blocks in a clock wait or ends. It runs when its turn comes:
     * at once if no other participant runs, else when the one running blocks or ends and the draw picks it.
     */
    public Thread startThread(String name, Runnable body) {
        Thread.UncaughtExceptionHandler failures = participantFailures;
        Waiter[] entry = new Waiter[1];
        Thread t = Thread.ofVirtual().name(name).unstarted(() -> {
            awaitFirstTurn(entry[0]);
            try {
                body.run();
            } catch (RuntimeException | Error e) {
                if (failures == null) {
                    throw e;
                }
                // Told before the clock counts the thread as ended: once the clock has settled, it is known.
                failures.uncaughtException(Thread.currentThread(), e);
            } finally {
                participantEnded();
            }
        });
        lock.lock();
        try {
            beforeBusyLocked();
            participants.add(t);
            entry[0] = new Waiter(lock.newCondition(), t, null, Long.MAX_VALUE, Phase.NORMAL, waiterSeq++, true);
            entry[0].woken = true;
            readyLocked(entry[0]);
            passTurnLocked();
        } finally {
            lock.unlock();
        }
        t.start();
        return t;
    }

    /**
     * From now on, participants that are ready at the same time take their turns in an order drawn from
     * {@code seed}. A run sets it when it is made, from its own seed, so that its order is its own.
     */
    public void seedTurns(long seed) {
        lock.lock();
        try {
            turnOrder = new SplittableRandom(seed);
        } finally {
            lock.unlock();
        }
    }

    private void awaitFirstTurn(Waiter entry) {
        lock.lock();
        try {
            // Uninterruptibly: an interrupt before the first turn stays set for the body to find.
            while (!entry.granted && !closed) {
                entry.condition.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Who hears of an exception that ends a participant started from now on (the app marks its run failed);
     * null hands it to the JVM's default handler.
     */
    public void onParticipantFailure(Thread.UncaughtExceptionHandler handler) {
        participantFailures = handler;
    }

    /** Holds virtual time still until closed; see {@link #hold()}. */
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Holds virtual time still while the caller does several things that must happen at one instant, such
     * as creating a runner and starting its thread, or starting many workers: the caller counts as a busy
     * participant until the hold is closed. No participant gets a turn meanwhile (one already running goes
     * on), so that participants started under a hold get their turns in the order of the seed, whoever
     * started them. A participant must close its hold before it waits on the clock. Closing twice does nothing.
     */
    public Hold hold() {
        lock.lock();
        try {
            beforeBusyLocked();
            if (holds++ == 0) {
                heldSinceWall = wallNanosNow();
            }
        } finally {
            lock.unlock();
        }
        return new Hold() {
            private boolean closed;

            @Override
            public void close() {
                lock.lock();
                try {
                    if (!closed) {
                        closed = true;
                        holds--;
                        passTurnLocked();
                    }
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    /**
     * Starts virtual time again at zero for a new run, once every participant of the last run has ended: the new
     * run's events then count from zero, as on a new clock, whatever ran on it before. On a real-time clock the
     * new run's zero stands for the wall-clock instant of the restart ({@link #epoch()}), as a Go program's log
     * dates from when it starts; a manual clock keeps its epoch, so that every run's log carries the same dates.
     * Speed and pause stay as they are.
     *
     * @param limit how long to wait (wall time) for the last run's participants to end, after they were told to
     * @return true if time is now zero; false, and time goes on unchanged, if a participant is still alive, a hold
     *         is open or a thread waits on the clock
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public boolean restartAtZero(Duration limit) throws InterruptedException {
        lock.lock();
        try {
            if (holds > 0) {
                // Held: a caller starts several runs at this one instant (compare mode); time goes on as it is.
                return false;
            }
            long left = limit.toNanos();
            long until = System.nanoTime() + left;
            while (!participants.isEmpty() && left > 0) {
                settled.awaitNanos(left);
                left = until - System.nanoTime();
            }
            if (!participants.isEmpty() || holds > 0 || !timed.isEmpty() || !conditional.isEmpty() || closed) {
                return false;
            }
            if (!manual) {
                epoch = wallDate.instant();
            }
            now = 0;
            anchorVirtual = 0;
            anchorWall = wallNanosNow();
            driverWake.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Participants that have not ended yet. */
    public List<Thread> liveParticipants() {
        return participants.stream().filter(Thread::isAlive).toList();
    }

    private void participantEnded() {
        lock.lock();
        try {
            Thread self = Thread.currentThread();
            participants.remove(self);
            leaveTurnLocked(self);
            passTurnLocked();
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- waits

    /** Sleeps for {@code d} of virtual time; a zero or negative duration returns at once, as in Go. */
    public void sleep(Duration d) throws InterruptedException {
        if (d.isNegative() || d.isZero()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            return;
        }
        lock.lock();
        try {
            awaitLocked(null, now() + d.toNanos(), Phase.NORMAL);
        } finally {
            lock.unlock();
        }
    }

    /** Sleeps until the virtual time {@code deadline}. */
    public void sleepUntil(long deadline) throws InterruptedException {
        lock.lock();
        try {
            awaitLocked(null, deadline, Phase.NORMAL);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Blocks until {@code ready} holds or virtual time reaches {@code deadline}, whichever comes first.
     * {@code ready} is evaluated under the clock's lock: it must only read (volatile fields, atomics) and
     * never block. Whoever makes it true calls {@link #signalAll()}.
     *
     * @return true if {@code ready} held, false if the deadline came first
     */
    public boolean awaitUntil(BooleanSupplier ready, long deadline, Phase phase) throws InterruptedException {
        lock.lock();
        try {
            return awaitLocked(ready, deadline, phase);
        } finally {
            lock.unlock();
        }
    }

    /** Blocks until {@code ready} holds, for as long as it takes. */
    public void await(BooleanSupplier ready) throws InterruptedException {
        awaitUntil(ready, Long.MAX_VALUE, Phase.NORMAL);
    }

    /** Re-evaluates the conditions of {@link #awaitUntil} waiters and wakes those that now hold. */
    public void signalAll() {
        lock.lock();
        try {
            if (conditional.isEmpty()) {
                return;
            }
            for (Waiter w : List.copyOf(conditional)) {
                if (w.ready.getAsBoolean()) {
                    wakeLocked(w, false);
                }
            }
            passTurnLocked();
        } finally {
            lock.unlock();
        }
    }

    private long now() {
        return nanos();
    }

    private boolean awaitLocked(BooleanSupplier ready, long deadline, Phase phase) throws InterruptedException {
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
        if (ready != null && ready.getAsBoolean()) {
            return true;
        }
        long current = manual || paused || settling ? now : liveNanosLocked();
        if (deadline <= current && !(phase == Phase.LATE && settling && deadline == now)) {
            return false;
        }
        Thread self = Thread.currentThread();
        boolean participant = participants.contains(self);
        Waiter w = new Waiter(lock.newCondition(), self, ready, deadline, phase, waiterSeq++, participant);
        boolean isTimed = deadline != Long.MAX_VALUE || ready == null;
        if (isTimed) {
            timed.add(w);
        }
        if (ready != null) {
            conditional.add(w);
        }
        if (participant) {
            leaveTurnLocked(self);
        }
        if (driver != null && isTimed && timed.first() == w) {
            driverWake.signalAll();
        }
        passTurnLocked();
        try {
            while (!w.woken) {
                w.condition.await();
            }
        } catch (InterruptedException e) {
            // A plain Thread.interrupt(): woken as by interrupt(), so that it still waits for its turn.
            if (!w.woken) {
                wakeLocked(w, false);
                passTurnLocked();
            }
            w.interrupted = true;
        }
        if (participant) {
            while (!w.granted && !closed) {
                w.condition.awaitUninterruptibly();
            }
        }
        if (w.interrupted | Thread.interrupted()) {
            throw new InterruptedException("interrupted through the clock");
        }
        return !w.timedOut;
    }

    /**
     * Interrupts a thread so that the clock knows at once that it is busy again. A plain
     * {@link Thread#interrupt()} of a participant blocked in a clock wait would leave it counted as
     * settled until it gets to run, and a manual clock could move on too early.
     */
    public void interrupt(Thread t) {
        lock.lock();
        try {
            Waiter found = null;
            for (Waiter w : timed) {
                if (w.thread == t) {
                    found = w;
                    break;
                }
            }
            if (found == null) {
                for (Waiter w : conditional) {
                    if (w.thread == t) {
                        found = w;
                        break;
                    }
                }
            }
            if (found != null) {
                wakeLocked(found, false);
                found.interrupted = true;
                passTurnLocked();
            } else {
                // Not in a clock wait: it runs, or waits for its turn, and counts as busy. Interrupting under the
                // lock means it cannot slip into a wait between the search and the interrupt.
                t.interrupt();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Takes a waiter out of the wait queues; a participant becomes ready, to run when it gets its turn. */
    private void wakeLocked(Waiter w, boolean timedOut) {
        timed.remove(w);
        conditional.remove(w);
        w.woken = true;
        w.timedOut = timedOut;
        if (w.participant) {
            beforeBusyLocked();
            readyLocked(w);
        } else {
            w.condition.signal();
        }
    }

    /** A participant blocks on the clock or ends: it no longer runs. */
    private void leaveTurnLocked(Thread self) {
        if (closed) {
            runningAfterClose--;
        } else if (running == self) {
            running = null;
        }
    }

    private void readyLocked(Waiter w) {
        if (closed) {
            runningAfterClose++;
            w.granted = true;
            w.condition.signal();
        } else {
            turns.add(w);
        }
    }

    /**
     * If no participant runs, gives the turn to one of those ready, drawn from the seed; once nothing is busy,
     * says so. Called after every change that may free the turn or make a participant ready, once the change is
     * complete (all the wake-ups of an instant, say), so that the draw is made among all who are ready.
     */
    private void passTurnLocked() {
        // While a hold is open, the one who holds may still be making participants ready: the draw waits for all.
        if (running == null && holds == 0 && !turns.isEmpty()) {
            int last = turns.size() - 1;
            int i = last == 0 ? 0 : turnOrder.nextInt(last + 1);
            Waiter next = turns.get(i);
            turns.set(i, turns.get(last));
            turns.remove(last);
            next.granted = true;
            running = next.thread;
            next.condition.signal();
        }
        if (busyLocked() == 0) {
            settled.signalAll();
            if (!manual) {
                // Time went on standing still while the participants ran; it flows again from here.
                anchorVirtual = now;
                anchorWall = wallNanosNow();
                driverWake.signalAll();
            }
        }
    }

    /**
     * How many things keep time still: open holds, the participant running and those waiting for their turn
     * (once closed: every participant not blocked on the clock). Time moves on only at zero.
     */
    private int busyLocked() {
        return holds + turns.size() + (running != null ? 1 : 0) + runningAfterClose;
    }

    // ---------------------------------------------------------------- moving time

    private void advanceToLocked(long target) {
        requireManual();
        awaitSettledLocked(MANUAL_SETTLE_LIMIT_NANOS);
        while (!timed.isEmpty() && timed.first().deadline <= target) {
            fireNextInstantLocked(MANUAL_SETTLE_LIMIT_NANOS);
        }
        if (target > now) {
            now = target;
        }
    }

    /** Fires the earliest (instant, phase) batch of wake-ups and waits for the participants to settle. */
    private void fireNextInstantLocked(long settleLimit) {
        Waiter first = timed.first();
        long instant = first.deadline;
        Phase phase = first.phase;
        settling = true;
        try {
            if (instant > now) {
                now = instant;
            }
            List<Waiter> batch = new ArrayList<>();
            for (Waiter w : timed) {
                if (w.deadline != instant || w.phase != phase) {
                    break;
                }
                batch.add(w);
            }
            for (Waiter w : batch) {
                wakeLocked(w, true);
            }
            passTurnLocked();
            awaitSettledLocked(settleLimit);
        } finally {
            settling = false;
        }
    }

    /**
     * Waits until nothing is busy. A hold is waited for within {@code limitNanos} only. Participants are too on a
     * manual clock (which then reports them as stuck); a real-time clock waits for them however long they take,
     * since moving on while one runs would make the run depend on the machine's speed.
     */
    private void awaitSettledLocked(long limitNanos) {
        long deadline = System.nanoTime() + limitNanos;
        while (busyLocked() > 0 && !(closed && !manual)) {
            boolean participantsBusy = busyLocked() > holds;
            long left = deadline - System.nanoTime();
            if (left <= 0 && (manual || !participantsBusy)) {
                if (manual) {
                    throw new IllegalStateException("participants did not settle: " + describeParticipants());
                }
                return;
            }
            try {
                settled.awaitNanos(left > 0 ? left : TimeUnit.MILLISECONDS.toNanos(50));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String describeParticipants() {
        StringBuilder sb = new StringBuilder();
        for (Thread t : participants) {
            sb.append(t.getName()).append('=').append(t.getState()).append(' ');
        }
        return sb.toString().trim();
    }

    private void drive() {
        lock.lock();
        try {
            while (!closed) {
                if (stepsRequested > 0) {
                    stepsRequested--;
                    if (!timed.isEmpty() && timed.first().deadline != Long.MAX_VALUE) {
                        fireNextInstantLocked(REALTIME_SETTLE_LIMIT_NANOS);
                        rebaseLocked();
                    }
                    continue;
                }
                if (paused) {
                    driverWake.await();
                    continue;
                }
                if (frozenLocked()) {
                    // Participants are running (new ones starting up, say): time stands still until they
                    // wait on the clock again (or a hold's limit passes).
                    settled.awaitNanos(TimeUnit.MILLISECONDS.toNanos(50));
                    continue;
                }
                long target = targetLocked();
                if (!timed.isEmpty() && timed.first().deadline <= target) {
                    fireNextInstantLocked(REALTIME_SETTLE_LIMIT_NANOS);
                    if (targetLocked() - now > MAX_LAG_NANOS * speed) {
                        // Fell behind (a loaded machine): keep the pace steady instead of rushing to catch up.
                        anchorVirtual = now;
                        anchorWall = wallNanosNow();
                    }
                    continue;
                }
                long waitNanos = TimeUnit.MILLISECONDS.toNanos(50);
                if (!timed.isEmpty() && timed.first().deadline != Long.MAX_VALUE) {
                    long virtualGap = timed.first().deadline - target;
                    waitNanos = Math.min(waitNanos, Math.max(1, (long) (virtualGap / speed)));
                }
                driverWake.awaitNanos(waitNanos);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            lock.unlock();
        }
    }

    /** Where virtual time would be now by the wall clock alone. */
    private long targetLocked() {
        return anchorVirtual + (long) ((wallNanosNow() - anchorWall) * speed);
    }

    /** Live time of a running real-time clock: it flows, but never past a wake-up that has not fired. */
    private long liveNanosLocked() {
        if (manual || paused || settling || frozenLocked()) {
            return now;
        }
        long t = targetLocked();
        if (!timed.isEmpty()) {
            t = Math.min(t, timed.first().deadline);
        }
        if (t > now) {
            now = t;
        }
        return now;
    }

    /**
     * A participant is running or ready: virtual time stands still until every one of them blocks on the clock
     * again, so that what they do takes no virtual time, as on the manual clock. A hold keeps it still within
     * the settle limit only.
     */
    private boolean frozenLocked() {
        return running != null || !turns.isEmpty()
                || holds > 0 && wallNanosNow() - heldSinceWall < REALTIME_SETTLE_LIMIT_NANOS;
    }

    /** Called before something makes the clock busy: a flowing real-time clock stops at the present instant. */
    private void beforeBusyLocked() {
        if (busyLocked() == 0 && !manual && !paused && !settling) {
            now = liveNanosLocked();
        }
    }

    /**
     * Checks the invariants listed in the class comment, under the lock.
     *
     * @throws IllegalStateException naming the first invariant that does not hold
     */
    void checkInvariants() {
        lock.lock();
        try {
            if (running != null && (!participants.contains(running) || inQueues(running))) {
                throw new IllegalStateException("the running thread " + running.getName() + " is not a participant "
                        + "out of every queue");
            }
            for (Waiter w : turns) {
                if (!w.participant || !w.woken || w.granted || w.thread == running) {
                    throw new IllegalStateException(w.thread.getName() + " is in turns but not a woken participant "
                            + "waiting for its turn");
                }
            }
            if (running == null && holds == 0 && !turns.isEmpty()) {
                throw new IllegalStateException("the turn is free while " + turns.size() + " participants are ready");
            }
            for (Waiter w : timed) {
                if (w.woken) {
                    throw new IllegalStateException(w.thread.getName() + " is woken but still waits for a time");
                }
            }
            for (Waiter w : conditional) {
                if (w.woken) {
                    throw new IllegalStateException(w.thread.getName() + " is woken but still waits for a condition");
                }
            }
            if (holds < 0) {
                throw new IllegalStateException("holds went below zero: " + holds);
            }
        } finally {
            lock.unlock();
        }
    }

    private boolean inQueues(Thread t) {
        return turns.stream().anyMatch(w -> w.thread == t) || timed.stream().anyMatch(w -> w.thread == t)
                || conditional.stream().anyMatch(w -> w.thread == t);
    }

    private void rebaseLocked() {
        anchorVirtual = liveNanosLocked();
        anchorWall = wallNanosNow();
    }

    private long wallNanosNow() {
        return wallNanos.getAsLong();
    }

    private void requireManual() {
        if (!manual) {
            throw new IllegalStateException("only a manual clock is advanced by hand; use step() or resume()");
        }
    }

    private static double checkSpeed(double s) {
        if (!(s >= MIN_SPEED && s <= MAX_SPEED)) {
            throw new IllegalArgumentException("speed must be between 0.1x and 10x, was " + s);
        }
        return s;
    }

    /** Stops the driver and interrupts every participant still alive. */
    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                // No more turns: whatever is left of the run ends as fast as it can, in any order.
                runningAfterClose = turns.size() + (running != null ? 1 : 0);
                for (Waiter w : turns) {
                    w.granted = true;
                    w.condition.signal();
                }
                turns.clear();
                running = null;
                driverWake.signalAll();
            }
        } finally {
            lock.unlock();
        }
        for (Thread t : participants) {
            interrupt(t);
        }
    }

    private static final class Waiter implements Comparable<Waiter> {
        final Condition condition;
        final BooleanSupplier ready;
        final long deadline;
        final Phase phase;
        final long seq;
        final boolean participant;
        final Thread thread;
        /** Out of the wait queues. */
        boolean woken;
        /** A participant's turn has come: it may run. */
        boolean granted;
        boolean timedOut;
        boolean interrupted;

        Waiter(Condition condition, Thread thread, BooleanSupplier ready, long deadline, Phase phase, long seq,
               boolean participant) {
            this.condition = condition;
            this.thread = thread;
            this.ready = ready;
            this.deadline = deadline;
            this.phase = phase;
            this.seq = seq;
            this.participant = participant;
        }

        @Override
        public int compareTo(Waiter o) {
            int c = Long.compare(deadline, o.deadline);
            if (c == 0) {
                c = phase.compareTo(o.phase);
            }
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }
}
