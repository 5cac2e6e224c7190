package gopatterns.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What the command line prints, for tests of other front ends that must print the same (the views). */
public final class CliLog {

    private CliLog() {
    }

    /**
     * Runs a command line to its end on a manual clock and returns its Go log messages, stamps cut off.
     *
     * @param ctrlCAt when to press Ctrl+C (virtual time), or null for never
     */
    public static List<String> messages(Duration ctrlCAt, String... args) {
        return run(ctrlCAt, args).messages();
    }

    /** Runs a command line to its end on a manual clock, writing its trace to {@code file}; returns the status. */
    public static int trace(Path file, String... args) {
        return trace(file, null, args);
    }

    /** As {@link #trace(Path, String...)}, with Ctrl+C at {@code ctrlCAt} (virtual time) unless null. */
    public static int trace(Path file, Duration ctrlCAt, String... args) {
        String[] line = Arrays.copyOf(args, args.length + 2);
        line[args.length] = "--trace";
        line[args.length + 1] = file.toString();
        return run(ctrlCAt, line).exitCode();
    }

    private static CliRun run(Duration ctrlCAt, String... args) {
        CliRun run = new CliRun().start(args);
        if (ctrlCAt != null) {
            run.advanceTo(ctrlCAt);
            run.interrupts.fire();
        }
        return run.finish();
    }
}
