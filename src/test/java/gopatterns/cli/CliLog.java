package gopatterns.cli;

import java.time.Duration;
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
        CliRun run = new CliRun().start(args);
        if (ctrlCAt != null) {
            run.advanceTo(ctrlCAt);
            run.interrupts.fire();
        }
        return run.finish().messages();
    }
}
