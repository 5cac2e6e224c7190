package gopatterns.cli;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.event.EventTrace;
import gopatterns.event.GoEvent;
import gopatterns.event.GoLog;
import gopatterns.event.TracePattern;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One run of a demo from the command line: its clock and event bus, the Go log lines on standard error,
 * and the optional trace. Reporting (lines and trace alike) stops after the event the Go program ends
 * with, so nothing a leaked thread does afterwards is printed.
 */
final class Session<E extends GoEvent> implements AutoCloseable {

    /** How long closing waits for the run's threads to end after interrupting them. */
    private static final Duration THREAD_END_LIMIT = Duration.ofSeconds(1);

    private final VirtualClock clock;
    private final EventBus<E> bus;
    private final PrintStream log;
    private final EventTrace trace;
    private final Thread discardTraceAtExit;
    private final Function<? super E, Optional<String>> messages;
    private final Predicate<? super E> last;
    private final EventBus.Subscription subscription;
    private volatile boolean reporting = true;

    private Session(CliEnvironment env, double speed, EventTrace trace,
                    Function<? super E, Optional<String>> messages, Predicate<? super E> last) {
        this.trace = trace;
        this.messages = messages;
        this.last = last;
        this.log = env.err();
        // A second Ctrl+C ends the JVM at once: its shutdown hooks still run, and this one removes the part file.
        this.discardTraceAtExit = trace == null ? null : new Thread(trace::close, "discard-partial-trace");
        if (discardTraceAtExit != null) {
            Runtime.getRuntime().addShutdownHook(discardTraceAtExit);
        }
        // A real-time clock comes paused at zero and stays so until the run has started (see runOnClock): the
        // run starts at virtual time zero, whatever the JVM's start-up took.
        this.clock = env.clocks().apply(speed);
        this.bus = new EventBus<>(clock);
        this.subscription = bus.subscribe(this::report);
    }

    /**
     * Opens the trace file first, so that an unwritable one stops everything before the run.
     *
     * @param pattern  the demo's pattern: the trace's header, and the event after which the Go program prints
     *                 nothing more (it exits)
     * @param params   the run's parameters, for the trace's header
     * @param messages the Go log line of an event, if it has one
     * @throws CommandFailure with {@link ExitCodes#CANNOT_CREATE} if the trace file cannot be created
     */
    static <E extends GoEvent, P> Session<E> open(CliEnvironment env, CommonOptions options,
                                                  TracePattern<E, P> pattern, P params,
                                                  Function<? super E, Optional<String>> messages) {
        EventTrace trace = null;
        if (options.trace != null) {
            try {
                trace = EventTrace.create(options.trace, pattern.header(params));
            } catch (IOException e) {
                throw traceFailure(ExitCodes.CANNOT_CREATE, options.trace, e);
            }
        }
        return new Session<>(env, options.speed, trace, messages, pattern::endsWith);
    }

    VirtualClock clock() {
        return clock;
    }

    EventBus<E> bus() {
        return bus;
    }

    /**
     * Runs {@code body} as a participant of the clock and waits for its result. A real-time clock stays
     * paused until every thread of the run has started and waits on the clock: the time threads take to start
     * does not count, and the run is timed as exactly as on a manual clock (the runner's 3s timeout and its
     * 0+1+2s of work meet at the same instant, as in Go).
     */
    <T> T runOnClock(String name, Callable<T> body) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        AtomicBoolean done = new AtomicBoolean();
        clock.startThread(name, () -> {
            try {
                result.set(body.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.set(true);
                clock.signalAll();
            }
        });
        if (!clock.isManual()) {
            clock.awaitSettled();
            clock.resume();
        }
        clock.await(done::get);
        Exception e = failure.get();
        if (e instanceof InterruptedException ie) {
            throw ie;
        }
        if (e instanceof RuntimeException re) {
            throw re;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
        return result.get();
    }

    /** Prints one more line in Go's log format, stamped with the clock's present time. */
    void logNow(String message) {
        log.println(GoLog.line(clock.instantAt(clock.nanos()), message));
    }

    /** No more log lines and no more trace entries from here on. */
    void stopReporting() {
        reporting = false;
        subscription.close();
    }

    /**
     * Ends reporting and puts the trace file in place.
     *
     * @return {@code exitCode}
     * @throws CommandFailure with {@link ExitCodes#IO_ERROR} if the trace could not be written
     */
    int finish(int exitCode) {
        stopReporting();
        if (trace != null) {
            try {
                trace.commit();
            } catch (IOException e) {
                throw traceFailure(ExitCodes.IO_ERROR, trace.target(), e);
            }
        }
        return exitCode;
    }

    /** Stops every thread of the run (the runner's leaked one too) and drops a trace that was not finished. */
    @Override
    public void close() {
        stopReporting();
        if (trace != null) {
            trace.close();
            try {
                Runtime.getRuntime().removeShutdownHook(discardTraceAtExit);
            } catch (IllegalStateException shuttingDown) {
                // The hook runs anyway and finds the trace closed.
            }
        }
        boolean selfParticipant = clock.liveParticipants().contains(Thread.currentThread());
        clock.close();
        if (selfParticipant) {
            // Tests run a command as a participant of their manual clock; close() interrupted it too.
            Thread.interrupted();
        }
        awaitEnded(clock.liveParticipants(), THREAD_END_LIMIT);
    }

    /** Waits, up to {@code limit} in all, until every thread but the caller has ended. */
    static void awaitEnded(List<Thread> threads, Duration limit) {
        Thread self = Thread.currentThread();
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            for (Thread t : threads) {
                long left = deadline - System.nanoTime();
                if (t != self && (left <= 0 || !t.join(Duration.ofNanos(left)))) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(E event) {
        if (!reporting) {
            return;
        }
        if (trace != null) {
            trace.accept(event);
        }
        messages.apply(event).ifPresent(m -> log.println(GoLog.line(clock.instantAt(event.at()), m)));
        if (last.test(event)) {
            reporting = false;
        }
    }

    private static CommandFailure traceFailure(int status, Path file, IOException e) {
        return new CommandFailure(status, "cannot write the trace file " + file + ": " + e.getMessage(), e);
    }
}
