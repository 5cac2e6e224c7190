package gopatterns.cli;

import gopatterns.clock.VirtualClock;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options that both demos take. */
final class CommonOptions {

    @Option(names = "--speed", defaultValue = "1", paramLabel = "FACTOR",
            description = "Virtual time runs this many times as fast as the wall clock, 0.1 to 10 "
                    + "(default: ${DEFAULT-VALUE}). Log times are virtual.")
    double speed;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Also write every event to FILE as JSON Lines (one object per event). "
                    + "The file appears when the run ends; an existing one is replaced.")
    Path trace;

    void check(CommandSpec spec) {
        Checks.between(spec, "--speed", speed, VirtualClock.MIN_SPEED, VirtualClock.MAX_SPEED);
    }
}
