package gopatterns.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Command line interface: {@code gopatterns runner ...} and {@code gopatterns pool ...}. */
@Command(
        name = "gopatterns",
        mixinStandardHelpOptions = true,
        version = "gopatterns 1.0.0-SNAPSHOT",
        description = "Runs Go's runner and pool concurrency patterns from the command line.",
        subcommands = {Cli.RunnerCommand.class, Cli.PoolCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Callable<Integer> {

    /** Exit status for a command that was used wrongly or is not available (sysexits EX_USAGE). */
    public static final int EX_USAGE = 64;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting the JVM; returns the exit status. */
    public static int run(String... args) {
        return new CommandLine(new Cli()).execute(args);
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return EX_USAGE;
    }

    @Command(name = "runner", description = "Runs the runner pattern.")
    static final class RunnerCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return notImplemented(spec);
        }
    }

    @Command(name = "pool", description = "Runs the pool pattern.")
    static final class PoolCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return notImplemented(spec);
        }
    }

    private static int notImplemented(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.name() + ": not implemented");
        err.flush();
        return EX_USAGE;
    }
}
