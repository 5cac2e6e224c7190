package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.event.GoLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Help.Ansi;

/**
 * Runs the command line on a manual clock. The command runs on a participant thread of the clock, so that
 * moving the clock from the test thread waits for it exactly as for the run's own threads; Ctrl+C is fired by
 * hand through {@link FakeInterrupts}.
 */
final class CliRun {

    final VirtualClock clock = VirtualClock.manual();
    final FakeInterrupts interrupts = new FakeInterrupts();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicInteger clocksMade = new AtomicInteger();
    private volatile Integer exitCode;
    private Thread command;

    /** Runs a command line that needs no clock moves (bad arguments, help) and returns its status. */
    static CliRun of(String... args) {
        CliRun run = new CliRun().start(args);
        return run.finish();
    }

    CliRun start(String... args) {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        CliEnvironment env = new CliEnvironment(speed -> {
            clocksMade.incrementAndGet();
            return clock;
        }, interrupts, o, e, Ansi.OFF);
        command = clock.startThread("cli", () -> exitCode = Cli.execute(env, args));
        return this;
    }

    void advanceTo(Duration virtual) {
        clock.advanceTo(virtual.toNanos());
    }

    /** Moves the clock until nothing is pending and waits for the command to return. */
    CliRun finish() {
        clock.runUntilIdle();
        try {
            command.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(command.isAlive()).as("the command returned").isFalse();
        return this;
    }

    int exitCode() {
        return exitCode;
    }

    boolean clockMade() {
        return clocksMade.get() > 0;
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    List<String> errLines() {
        return err().lines().toList();
    }

    /**
     * What a bad command line is told: the last line of standard error that is not one of picocli's suggestions
     * ("Did you mean", "Possible solutions" and the names they list, indented), which only follow it.
     */
    String problem() {
        return problem(errLines());
    }

    /** {@link #problem()} of the lines {@code lines} of standard error. */
    static String problem(List<String> lines) {
        int i = lines.size() - 1;
        while (i > 0 && (lines.get(i).startsWith(" ") || lines.get(i).startsWith("Did you mean")
                || lines.get(i).startsWith("Possible solutions"))) {
            i--;
        }
        return lines.get(i);
    }

    /** Standard error with the log stamps cut off: the Go log messages alone. */
    List<String> messages() {
        return errLines().stream().map(l -> l.substring(20)).toList();
    }

    /** A log line as Go's log package would print it at the virtual time {@code at} of this run. */
    String line(Duration at, String message) {
        return GoLog.line(clock.instantAt(at.toNanos()), message);
    }
}
