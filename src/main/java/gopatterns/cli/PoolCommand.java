package gopatterns.cli;

import gopatterns.clock.VirtualClock;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolMode;
import gopatterns.pool.PoolStats;
import gopatterns.pool.PoolTrace;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gopatterns pool}: the book's pool demo. The Go program has no Ctrl+C handling; here Ctrl+C stops
 * the workers, closes the pool, prints what the pool did, and exits with 130.
 */
@Command(name = "pool", sortOptions = false, mixinStandardHelpOptions = true,
        description = {
            "Workers share connections from a pool, as in the Go pool demo, and the Go program's log lines "
                    + "are printed on standard error.",
            "Ctrl+C closes the pool and prints a summary."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:every worker is done and the pool is closed",
            ExitCodes.USAGE_HELP,
            ExitCodes.CANNOT_CREATE_HELP,
            ExitCodes.IO_ERROR_HELP,
            ExitCodes.INTERRUPTED + ":stopped with Ctrl+C; the pool was closed"})
final class PoolCommand extends DemoCommand {

    private static final Duration WORKER_END_LIMIT = Duration.ofSeconds(2);

    @Option(names = "--size", defaultValue = "2", paramLabel = "N",
            description = "Idle slots of the pool, at least 1 (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--workers", defaultValue = "25", paramLabel = "N",
            description = "How many workers, 1 to " + PoolDemo.Params.MAX_WORKERS + " (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--hold", defaultValue = "1s", paramLabel = "DURATION",
            converter = OptionConverters.GoDurations.class,
            description = "Longest hold of a connection; each worker holds its own for a random time below it "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration hold;

    @Option(names = "--spread", defaultValue = "0s", paramLabel = "DURATION",
            converter = OptionConverters.GoDurations.class,
            description = "Workers arrive at random over this time; 0s: all at once, as in the book "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration spread;

    @Option(names = "--mode", defaultValue = "go", paramLabel = "MODE",
            converter = OptionConverters.PoolModes.class, completionCandidates = OptionConverters.PoolModes.class,
            description = "go: as in the book (the size limits idle connections only); bounded: also at most "
                    + "--max-total connections, and acquire waits at that cap (default: ${DEFAULT-VALUE}).")
    PoolMode mode;

    @Option(names = "--max-total", paramLabel = "N",
            description = "Bounded mode: most connections alive at once, at least 1 (required there).")
    Integer maxTotal;

    @Option(names = "--acquire-timeout", paramLabel = "DURATION", converter = OptionConverters.GoDurations.class,
            description = "Bounded mode: longest wait at the cap; 0s waits as long as it takes (default: 0s).")
    Duration acquireTimeout;

    @Option(names = "--failure-rate", defaultValue = "0", paramLabel = "RATE",
            description = "Share of connection attempts that fail, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double failureRate;

    PoolCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() throws InterruptedException {
        PoolDemo.Params params = params();
        try (Session<PoolEvent> session = Session.open(env, common, PoolTrace.PATTERN, params,
                PoolDemo::logMessage)) {
            return session.finish(session.runOnClock("pool-main", () -> run(session, params)));
        }
    }

    private int run(Session<PoolEvent> session, PoolDemo.Params params) {
        PoolDemo demo = new PoolDemo(params, session.clock(), session.bus());
        CtrlC ctrlC = new CtrlC(session.clock());
        try (InterruptSource.Listening listening = env.interrupts().listen(ctrlC::stop)) {
            demo.run();
            ctrlC.runEnded();
            return 0;
        } catch (InterruptedException e) {
            ctrlC.runEnded();
            return stopped(session, demo);
        }
    }

    private int stopped(Session<PoolEvent> session, PoolDemo demo) {
        session.stopReporting();
        int done = demo.finishedWorkers();
        demo.dispose();
        try {
            // The stopped workers run their last steps in turns on the clock, while this thread waits there.
            demo.awaitWorkers();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Interrupted workers end without waiting for virtual time; the limit only guards against a stuck one.
        Session.awaitEnded(demo.workerThreads(), WORKER_END_LIMIT);
        session.logNow(summary(done, demo.params().workers(), demo.pool().stats()));
        return ExitCodes.INTERRUPTED;
    }

    private static String summary(int done, int workers, PoolStats s) {
        return "Interrupted: pool closed after " + done + " of " + workers + " workers; created " + s.created()
                + ", reused " + s.reused() + ", closed " + s.closedTotal() + " (" + s.closedAtRelease()
                + " at release, " + s.closedAtShutdown() + " at shutdown, " + s.closedAfterShutdown()
                + " after shutdown), idle " + s.idle() + ", in use " + s.inUse();
    }

    private PoolDemo.Params params() {
        common.check(spec);
        Checks.atLeast(spec, "--size", size, 1);
        Checks.between(spec, "--workers", workers, 1, PoolDemo.Params.MAX_WORKERS);
        Checks.between(spec, "--failure-rate", failureRate, 0, 1);
        if (mode == PoolMode.BOUNDED) {
            if (maxTotal == null) {
                throw Checks.missing(spec, "--max-total", "--mode bounded needs --max-total N (N at least 1)");
            }
            Checks.atLeast(spec, "--max-total", maxTotal, 1);
        } else {
            if (maxTotal != null) {
                throw Checks.invalid(spec, "--max-total", "only with --mode bounded");
            }
            if (acquireTimeout != null) {
                throw Checks.invalid(spec, "--acquire-timeout", "only with --mode bounded");
            }
        }
        return new PoolDemo.Params(size, workers, hold, spread, mode, maxTotal == null ? 0 : maxTotal,
                acquireTimeout == null ? Duration.ZERO : acquireTimeout, failureRate, common.seed);
    }

    /**
     * Ctrl+C while the workers run interrupts the command's wait for them. The handler is removed before the
     * clean-up, so a second Ctrl+C ends the process at once.
     */
    private static final class CtrlC {
        private final VirtualClock clock;
        private final Thread waiting = Thread.currentThread();
        private boolean running = true;

        CtrlC(VirtualClock clock) {
            this.clock = clock;
        }

        synchronized void stop() {
            if (running) {
                running = false;
                clock.interrupt(waiting);
            }
        }

        /** From here on Ctrl+C does nothing until the command returns; an interrupt that just came is dropped. */
        synchronized void runEnded() {
            running = false;
            Thread.interrupted();
        }
    }
}
