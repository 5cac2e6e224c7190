package gopatterns.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The command lines of the app's presets (and of Go's zero timeout), each with the Ctrl+C its story needs. */
final class PresetCommands {

    /**
     * @param name      a file name for its trace
     * @param args      the command line, without speed and trace
     * @param interrupt virtual time of a Ctrl+C, or null
     */
    record Preset(String name, List<String> args, Duration interrupt) {

        /** The command line at {@code speed}, writing its trace to {@code trace}. */
        String[] commandLine(double speed, String trace) {
            List<String> all = new ArrayList<>(args);
            all.addAll(List.of("--speed", Double.toString(speed), "--trace", trace));
            return all.toArray(String[]::new);
        }
    }

    static final List<Preset> ALL = List.of(
            new Preset("runner-book", List.of("runner"), null),
            new Preset("runner-timeout-wins", List.of("runner", "--timeout", "2500ms"), null),
            // Ctrl+C during task #1 (2s to 4s): seen before task #2.
            new Preset("runner-interrupt-mid-task",
                    List.of("runner", "--timeout", "10s", "--durations", "const:2s"), Duration.ofSeconds(3)),
            new Preset("runner-leak", List.of("runner", "--timeout", "1500ms", "--tasks", "5"), null),
            new Preset("runner-fixed",
                    List.of("runner", "--timeout", "1500ms", "--tasks", "5", "--mode", "fixed"), null),
            new Preset("runner-zero-timeout", List.of("runner", "--timeout", "0s"), null),
            new Preset("pool-book", List.of("pool"), null),
            new Preset("pool-spread", List.of("pool", "--spread", "5s"), null),
            new Preset("pool-bounded", List.of("pool", "--mode", "bounded", "--max-total", "3"), null),
            // Ctrl+C closes the pool while workers hold connections and others have yet to arrive.
            new Preset("pool-close-busy", List.of("pool", "--hold", "3s", "--spread", "4s"), Duration.ofSeconds(2)),
            new Preset("pool-flaky", List.of("pool", "--spread", "3s", "--failure-rate", "0.3"), null));

    /** For parameterized tests. */
    static Stream<Preset> all() {
        return ALL.stream();
    }

    private PresetCommands() {
    }
}
