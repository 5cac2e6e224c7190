package gopatterns.cli;

import gopatterns.clock.VirtualClock;
import java.io.PrintStream;
import java.util.function.DoubleFunction;
import picocli.CommandLine.Help.Ansi;

/**
 * What a command needs from outside: a clock for a run at a given speed, the source of Ctrl+C, and the
 * output streams. Tests give a manual clock, a hand-fired interrupt and captured streams.
 *
 * @param clocks     makes the clock of one run, given the {@code --speed}: a manual clock, or a real-time one
 *                   paused at zero (the run resumes it once it has started); the command closes it when done
 * @param interrupts where Ctrl+C comes from
 * @param out        help and version text
 * @param err        the Go log lines (Go's log package writes to standard error) and every error message
 * @param ansi       whether help and errors may use colour
 */
record CliEnvironment(DoubleFunction<VirtualClock> clocks, InterruptSource interrupts, PrintStream out,
                      PrintStream err, Ansi ansi) {

    /** The real thing: real-time clocks, SIGINT, the process's own streams. */
    static CliEnvironment standard() {
        return new CliEnvironment(VirtualClock::realtimePaused, new SigintSource(), System.out, System.err, Ansi.AUTO);
    }
}
