package gopatterns.cli;

import gopatterns.event.EventBus;
import gopatterns.runner.DurationRule;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerEvent;
import gopatterns.runner.RunnerMode;
import gopatterns.runner.RunnerTrace;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gopatterns runner}: the book's runner demo. Ctrl+C is caught only while the runner is started and
 * until it has seen one interrupt (Go's {@code signal.Notify} in {@code Start} and {@code signal.Stop} when
 * the interrupt is seen); at any other moment Ctrl+C ends the process at once.
 */
@Command(name = "runner", sortOptions = false, mixinStandardHelpOptions = true,
        description = {
            "Runs tasks one after another under an overall timeout, as the Go runner does, and prints the "
                    + "Go program's log lines on standard error.",
            "Ctrl+C interrupts the run; it is seen before the next task starts."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {
            "0:all tasks done (Process ended.)",
            "1:the timeout came first (Terminating due to timeout.)",
            "2:Ctrl+C was seen before a task (Terminating due to interrupt.)",
            ExitCodes.USAGE_HELP,
            ExitCodes.CANNOT_CREATE_HELP,
            ExitCodes.IO_ERROR_HELP})
final class RunnerCommand extends DemoCommand {

    @Option(names = "--timeout", defaultValue = "3s", paramLabel = "DURATION",
            converter = OptionConverters.GoDurations.class,
            description = "Overall timeout, counted from when the runner is created (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--tasks", defaultValue = "3", paramLabel = "N",
            description = "How many tasks, 1 to " + RunnerDemo.Params.MAX_TASKS + " (default: ${DEFAULT-VALUE}).")
    int tasks;

    @Option(names = "--durations", defaultValue = "i*1s", paramLabel = "RULE",
            description = {"How long each task works (default: ${DEFAULT-VALUE}):",
                "  i*1s        task i works i x 1s",
                "  const:500ms every task works 500ms",
                "  random:2s   a random time from 0 to 2s (see --seed)",
                "  0s,1s,2s    one by one; later tasks take the last"})
    String durations;

    @Option(names = "--mode", defaultValue = "go", paramLabel = "MODE",
            converter = OptionConverters.RunnerModes.class, completionCandidates = OptionConverters.RunnerModes.class,
            description = "go: as in the book (after a timeout the work goes on in a leaked thread); "
                    + "fixed: the work is cancelled at the timeout (default: ${DEFAULT-VALUE}).")
    RunnerMode mode;

    RunnerCommand(CliEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() throws InterruptedException {
        RunnerDemo.Params params = params();
        try (Session<RunnerEvent> session = Session.open(env, common, RunnerTrace.PATTERN, params,
                RunnerDemo::logMessage)) {
            CtrlC ctrlC = new CtrlC();
            try (EventBus.Subscription signals = session.bus().subscribe(ctrlC::follow)) {
                Outcome outcome = session.runOnClock("runner-main", () -> {
                    ctrlC.demo = new RunnerDemo(params, session.clock(), session.bus());
                    return ctrlC.demo.run();
                });
                return session.finish(outcome.exitCode());
            } finally {
                ctrlC.stopListening();
            }
        }
    }

    private RunnerDemo.Params params() {
        common.check(spec);
        Checks.between(spec, "--tasks", tasks, 1, RunnerDemo.Params.MAX_TASKS);
        DurationRule rule;
        try {
            rule = DurationRule.parse(durations, common.seed);
        } catch (IllegalArgumentException e) {
            throw Checks.invalid(spec, "--durations", e.getMessage());
        }
        return new RunnerDemo.Params(timeout, tasks, rule, mode, common.seed);
    }

    /** Turns Ctrl+C into the runner's interrupt while the Go runner would listen for it. */
    private final class CtrlC {
        volatile RunnerDemo demo;
        private volatile InterruptSource.Listening listening;

        void follow(RunnerEvent event) {
            switch (event) {
                case RunnerEvent.Started s -> listening = env.interrupts().listen(() -> demo.runner().interrupt());
                case RunnerEvent.InterruptObserved o -> stopListening();
                default -> { }
            }
        }

        void stopListening() {
            InterruptSource.Listening l = listening;
            if (l != null) {
                l.close();
            }
        }
    }
}
