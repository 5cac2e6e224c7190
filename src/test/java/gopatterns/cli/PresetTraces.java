package gopatterns.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Help.Ansi;

/**
 * Runs a preset's command line in this JVM as the CLI runs it (a real-time clock paused at zero, at speed 10),
 * with its Ctrl+C scheduled, and writes its trace. The main method runs every preset into a directory: a child
 * JVM's share of the determinism test.
 */
public final class PresetTraces {

    static final double SPEED = 10;

    /** What one run printed on standard error and its exit status. */
    record Ended(int status, String err) {}

    private PresetTraces() {
    }

    static Ended run(PresetCommands.Preset preset, Path trace) {
        ScheduledInterrupts interrupts = new ScheduledInterrupts(preset.interrupt());
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        CliEnvironment env = new CliEnvironment(interrupts.clocks(), interrupts, errStream, errStream, Ansi.OFF);
        int status = Cli.execute(env, preset.commandLine(SPEED, trace.toString()));
        return new Ended(status, err.toString(StandardCharsets.UTF_8));
    }

    /** {@code PresetTraces DIR [busy]}: every preset's trace as DIR/NAME.jsonl; with busy, beside a busy thread. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        BusyThread busy = args.length > 1 && args[1].equals("busy") ? new BusyThread() : null;
        for (PresetCommands.Preset p : PresetCommands.ALL) {
            Ended ended = run(p, dir.resolve(p.name() + ".jsonl"));
            System.out.println(p.name() + " " + ended.status());
        }
        if (busy != null) {
            busy.close();
        }
        System.exit(0);
    }
}
