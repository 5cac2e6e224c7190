package gopatterns.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * in one of the clock's waits again or has ended, before it moves on. That makes runs on a manual
 * clock deterministic: a sleep of one second that starts when another ends starts at exactly that
 * instant, and a test that advances the clock sees the state that follows.
 *
 * <p>Wake-ups of the {@link Phase#LATE late} phase fire only after the normal wake-ups of the same
 * instant have settled. A timeout uses it so that a completion at the same instant is seen as a tie.
 */
public final class VirtualClock implements AutoCloseable {

    /** Order of wake-ups that share an instant. */
    public enum Phase { NORMAL, LATE }

    public static final double MIN_SPEED = 0.1;
    public static final double MAX_SPEED = 10.0;

    /**
     * How long a real-time clock holds time still for busy participants before it moves on regardless: a
     * participant stuck in a loop must not freeze the app for good.
     */
    private static final long REALTIME_SETTLE_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** How long a manual clock waits for participants before it reports them as stuck. */
    private static final long MANUAL_SETTLE_LIMIT_NANOS = TimeUnit.SECONDS.toNanos(30);
    /** A real-time clock that falls further behind than this drops the lag instead of rushing. */
    private static final long MAX_LAG_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final boolean manual;
    /** The wall clock a real-time clock follows; {@link System#nanoTime()} except in tests of the rate. */
    private final LongSupplier wallNanos;
    private final Instant epoch;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition settled = lock.newCondition();
    private final Condition driverWake = lock.newCondition();
    private final TreeSet<Waiter> timed = new TreeSet<>();
    /** In arrival order; a set, since a release at a bounded pool's cap wakes (and removes) every waiter. */
    private final Set<Waiter> conditional = new LinkedHashSet<>();
    private final Set<Thread> participants = ConcurrentHashMap.newKeySet();
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
    private int busy;
    /** Wall time at which busy last went from 0 to 1. */
    private long busySinceWall;
    private int stepsRequested;
    private boolean closed;
    private final Thread driver;

    private VirtualClock(boolean manual, double speed, LongSupplier wallNanos, Instant epoch) {
        this.manual = manual;
        this.epoch = epoch;
        this.wallNanos = wallNanos;
        this.speed = checkSpeed(speed);
        this.paused = manual;
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
     * A manual clock whose virtual time zero stands for {@code epoch}: log lines stamped from it are the same
     * on every run (recordings).
     */
    public static VirtualClock manual(Instant epoch) {
        return new VirtualClock(true, 1.0, System::nanoTime, epoch);
    }

    /** A clock that runs at {@code speed} times the wall clock until paused. */
    public static VirtualClock realtime(double speed) {
        return new VirtualClock(false, speed, System::nanoTime, Instant.now());
    }

    /** A real-time clock that follows {@code wallNanos} instead of the wall clock: for tests of its rate. */
    static VirtualClock realtime(double speed, LongSupplier wallNanos) {
        return new VirtualClock(false, speed, wallNanos, Instant.now());
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
     * It counts as busy from this call until it blocks in a clock wait or ends.
     */
    public Thread startThread(String name, Runnable body) {
        Thread.UncaughtExceptionHandler failures = participantFailures;
        Thread t = Thread.ofVirtual().name(name).unstarted(() -> {
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
            busyUpLocked();
            participants.add(t);
        } finally {
            lock.unlock();
        }
        t.start();
        return t;
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
     * participant until the hold is closed. Closing twice does nothing.
     */
    public Hold hold() {
        lock.lock();
        try {
            busyUpLocked();
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
                        busyDownLocked();
                    }
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    /** Participants that have not ended yet. */
    public List<Thread> liveParticipants() {
        return participants.stream().filter(Thread::isAlive).toList();
    }

    private void participantEnded() {
        lock.lock();
        try {
            participants.remove(Thread.currentThread());
            busyDownLocked();
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
        boolean participant = participants.contains(Thread.currentThread());
        Waiter w = new Waiter(lock.newCondition(), ready, deadline, phase, waiterSeq++, participant);
        boolean isTimed = deadline != Long.MAX_VALUE || ready == null;
        if (isTimed) {
            timed.add(w);
        }
        if (ready != null) {
            conditional.add(w);
        }
        if (participant) {
            busyDownLocked();
        }
        if (driver != null && isTimed && timed.first() == w) {
            driverWake.signalAll();
        }
        try {
            while (!w.woken) {
                w.condition.await();
            }
            if (w.interrupted) {
                Thread.interrupted();
                throw new InterruptedException("interrupted through the clock");
            }
        } catch (InterruptedException e) {
            if (!w.woken) {
                timed.remove(w);
                conditional.remove(w);
                if (participant) {
                    busyUpLocked();
                }
            }
            throw e;
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
            } else {
                // Not in a clock wait: it is running and counted busy. Interrupting under the lock means
                // it cannot slip into a wait between the search and the interrupt.
                t.interrupt();
            }
        } finally {
            lock.unlock();
        }
    }

    private void wakeLocked(Waiter w, boolean timedOut) {
        timed.remove(w);
        conditional.remove(w);
        w.woken = true;
        w.timedOut = timedOut;
        if (w.participant) {
            busyUpLocked();
        }
        w.condition.signal();
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
            awaitSettledLocked(settleLimit);
        } finally {
            settling = false;
        }
    }

    private void awaitSettledLocked(long limitNanos) {
        long remaining = limitNanos;
        while (busy > 0) {
            if (remaining <= 0) {
                if (manual) {
                    throw new IllegalStateException("participants did not settle: " + describeParticipants());
                }
                return;
            }
            try {
                remaining = settled.awaitNanos(remaining);
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
                    // wait on the clock again, or the settle limit passes.
                    settled.awaitNanos(REALTIME_SETTLE_LIMIT_NANOS - (wallNanosNow() - busySinceWall));
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
     * A participant is running: virtual time stands still until it blocks on the clock again (within the
     * settle limit), so that what it does takes no virtual time, as in the manual clock.
     */
    private boolean frozenLocked() {
        return busy > 0 && wallNanosNow() - busySinceWall < REALTIME_SETTLE_LIMIT_NANOS;
    }

    private void busyUpLocked() {
        if (busy++ == 0) {
            if (!manual && !paused && !settling) {
                now = liveNanosLocked();
            }
            busySinceWall = wallNanosNow();
        }
    }

    private void busyDownLocked() {
        if (--busy == 0) {
            settled.signalAll();
            if (!manual) {
                // Time went on standing still while the participants ran; it flows again from here.
                anchorVirtual = now;
                anchorWall = wallNanosNow();
                driverWake.signalAll();
            }
        }
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
            closed = true;
            driverWake.signalAll();
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
        final Thread thread = Thread.currentThread();
        boolean woken;
        boolean timedOut;
        boolean interrupted;

        Waiter(Condition condition, BooleanSupplier ready, long deadline, Phase phase, long seq, boolean participant) {
            this.condition = condition;
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
