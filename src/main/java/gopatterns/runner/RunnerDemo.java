package gopatterns.runner;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The book's runner demo as a reusable scenario: a runner with a timeout and n tasks, task i logging
 * {@code Processor - Task #i.} and working for the time its rule gives. The runner (and its timeout) is
 * created with the demo.
 */
public final class RunnerDemo {

    /**
     * @param timeout   the runner's overall timeout
     * @param tasks     how many tasks
     * @param durations how long each task works
     * @param mode      Go-faithful or fixed
     * @param seed      for the tie-break between completion and timeout, random durations, and the order of
     *                  the run's threads at one virtual instant
     */
    public record Params(Duration timeout, int tasks, DurationRule durations, RunnerMode mode, long seed) {
        public static final int MAX_TASKS = 1_000;

        public Params {
            if (timeout == null || timeout.isNegative()) {
                throw new IllegalArgumentException("timeout must not be negative, was " + timeout);
            }
            if (tasks < 1 || tasks > MAX_TASKS) {
                throw new IllegalArgumentException("tasks must be between 1 and " + MAX_TASKS + ", was " + tasks);
            }
            if (durations == null || mode == null) {
                throw new IllegalArgumentException("durations and mode are required");
            }
        }

        /** The book's demo: timeout 3s, three tasks, task i works i seconds. */
        public static Params book() {
            return new Params(Duration.ofSeconds(3), 3, DurationRule.book(), RunnerMode.GO_FAITHFUL, 1);
        }

        public Params withTimeout(Duration t) {
            return new Params(t, tasks, durations, mode, seed);
        }

        public Params withTasks(int n) {
            return new Params(timeout, n, durations, mode, seed);
        }

        public Params withDurations(DurationRule rule) {
            return new Params(timeout, tasks, rule, mode, seed);
        }

        public Params withMode(RunnerMode m) {
            return new Params(timeout, tasks, durations, m, seed);
        }

        public Params withSeed(long s) {
            return new Params(timeout, tasks, durations, mode, s);
        }
    }

    private final Runner runner;
    private volatile DurationRule durations;

    public RunnerDemo(Params params, VirtualClock clock, EventBus<RunnerEvent> bus) {
        this.durations = params.durations();
        // What the run's threads do at one instant comes in an order drawn from its seed too.
        clock.seedTurns(params.seed());
        this.runner = new Runner(clock, params.timeout(), params.mode(), new SplittableRandom(params.seed()), bus);
        for (int i = 0; i < params.tasks(); i++) {
            // The rule is read when the task starts, so a change reaches every task not yet started.
            runner.add((id, ctx) -> ctx.work(this.durations.durationOf(id)));
        }
    }

    public Runner runner() {
        return runner;
    }

    /** Changes the durations of the tasks that have not started yet. */
    public void setDurations(DurationRule rule) {
        this.durations = rule;
    }

    public DurationRule durations() {
        return durations;
    }

    /** Runs the demo: blocks until the runner's {@code start()} returns. */
    public Outcome run() throws InterruptedException {
        return runner.start();
    }

    /**
     * Whether the Go demo exits with this event: {@code main} returns once {@code Start} has, so it prints
     * this event's line and nothing after it (what a leaked goroutine logs later is never seen). The command
     * line stops printing here and the app greys every later line.
     */
    public static boolean exitsWith(RunnerEvent event) {
        return event instanceof RunnerEvent.Ended;
    }

    /** The line the Go demo logs for an event, if it logs one. */
    public static Optional<String> logMessage(RunnerEvent event) {
        return switch (event) {
            case RunnerEvent.Created c -> Optional.of("Starting work...");
            case RunnerEvent.TaskWorking w -> Optional.of("Processor - Task #" + w.task() + ".");
            case RunnerEvent.Ended e -> Optional.of(e.outcome().goMessage());
            default -> Optional.empty();
        };
    }
}
