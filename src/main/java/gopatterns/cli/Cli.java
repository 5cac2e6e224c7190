package gopatterns.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Command line interface: {@code gopatterns runner ...} and {@code gopatterns pool ...} run the two demos
 * headless, print the Go programs' log lines on standard error (as Go's log package does) and exit as
 * they do. Without a command, the {@link LaunchOptions} open the window on a lesson. Bad arguments print
 * a short usage and then what is wrong on standard error, exit 64, and run nothing and open no window.
 */
@Command(name = "gopatterns", mixinStandardHelpOptions = true, version = "gopatterns 1.0.0-SNAPSHOT",
        description = {"Runs Go's runner and pool concurrency patterns from the command line; "
                + "without a command gopatterns opens the app window.",
                "The window options choose what the window opens on, for this launch only: the settings the "
                        + "window remembers stay as they were, unless you change the same thing in the window."})
public final class Cli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    LaunchOptions launch = new LaunchOptions();

    private final WindowLauncher window;

    private Cli(WindowLauncher window) {
        this.window = window;
    }

    /** Runs the command line and exits the JVM with its status. */
    public static void main(String[] args) {
        CliEnvironment env = CliEnvironment.standard();
        System.exit(execute(env, WindowLauncher.app(env.err()), args));
    }

    /** Runs a command in {@code env} without exiting; returns the exit status. No window can open. */
    static int execute(CliEnvironment env, String... args) {
        return execute(env, request -> {
            throw new IllegalStateException("no window here");
        }, args);
    }

    /** Runs the command line in {@code env} without exiting; a window opens through {@code window}. */
    static int execute(CliEnvironment env, WindowLauncher window, String... args) {
        CommandLine line = new CommandLine(new Cli(window))
                .addSubcommand(new RunnerCommand(env))
                .addSubcommand(new PoolCommand(env))
                .addSubcommand(new RecordCommand(env, System.getenv()))
                .addSubcommand(new OpenCommand(window))
                .addSubcommand(new CommandLine.HelpCommand());
        // "--page pool": the page is named as the command is
        line.setAllowSubcommandsAsOptionParameters(true);
        line.setOut(new PrintWriter(env.out(), true));
        line.setErr(new PrintWriter(env.err(), true));
        line.setColorScheme(Help.defaultColorScheme(env.ansi()));
        line.setParameterExceptionHandler(Cli::usageError);
        line.setExecutionExceptionHandler(Cli::failure);
        return line.execute(args);
    }

    /** No command: list the presets, or check the window options and open the window. */
    @Override
    public Integer call() {
        if (launch.listPresets) {
            launch.printPresets(spec.commandLine(), spec.commandLine().getOut());
            return 0;
        }
        return window.open(launch.request(spec.commandLine()));
    }

    /**
     * A bad argument: the command's one-line usage and where the full help is, then what is wrong, last, so it
     * is what a terminal shows at the bottom (the full usage would scroll it away).
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.print("Usage: " + new Help(command.getCommandSpec(), command.getColorScheme()).abbreviatedSynopsis());
        err.println("See '" + name + " --help' for all options and exit statuses.");
        printError(command, e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.flush();
        return ExitCodes.USAGE;
    }

    private static int failure(Exception e, CommandLine command, ParseResult parsed) {
        if (e instanceof CommandFailure f) {
            printError(command, f.getMessage()).flush();
            return f.exitCode();
        }
        PrintWriter err = printError(command, "unexpected error: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.SOFTWARE;
    }

    /** One line {@code gopatterns runner: message} on standard error. */
    private static PrintWriter printError(CommandLine command, String message) {
        PrintWriter err = command.getErr();
        err.println(command.getColorScheme().errorText(command.getCommandSpec().qualifiedName() + ": " + message));
        return err;
    }
}
