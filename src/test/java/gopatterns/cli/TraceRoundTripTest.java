package gopatterns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.event.EventTrace;
import gopatterns.event.GoEvent;
import gopatterns.event.TraceException;
import gopatterns.event.TracePattern;
import gopatterns.event.TraceReader;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolTrace;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerEvent;
import gopatterns.runner.RunnerTrace;
import gopatterns.ui.pool.PoolPage;
import gopatterns.ui.runner.RunnerPage;
import gopatterns.ui.shell.TraceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A trace read back is the run it was written from: the same parameters and the very same event records. */
class TraceRoundTripTest {

    @TempDir
    Path dir;

    static Stream<Arguments> presets() {
        Stream<Arguments> runner = RunnerPage.presetParameters().entrySet().stream()
                .map(e -> Arguments.of("runner." + e.getKey(), e.getValue()));
        Stream<Arguments> pool = PoolPage.presetParameters().entrySet().stream()
                .map(e -> Arguments.of("pool." + e.getKey(), e.getValue()));
        return Stream.concat(runner, pool);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("presets")
    void everyPresetsRunReadsBackAsTheSameRecords(String preset, Object params) throws Exception {
        switch (params) {
            case RunnerDemo.Params p -> roundTrip(RunnerTrace.PATTERN, p,
                    (clock, bus) -> run(clock, new RunnerDemo(p, clock, bus)::run));
            case PoolDemo.Params p -> roundTrip(PoolTrace.PATTERN, p,
                    (clock, bus) -> run(clock, new PoolDemo(p, clock, bus)::run));
            default -> throw new AssertionError(params);
        }
    }

    /** Every preset of the command line (with its Ctrl+C), at speed 10: read and written again, the same bytes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("gopatterns.cli.PresetCommands#all")
    void aCliTraceWrittenAgainIsTheSameFile(PresetCommands.Preset preset) throws Exception {
        Path file = dir.resolve(preset.name() + ".jsonl");
        PresetTraces.run(preset, file);

        TraceReader.Trace<?, ?> trace = TraceFiles.read(file);
        Path again = dir.resolve("again.jsonl");
        writeAgain(trace, again);

        assertThat(trace.pattern().name()).isEqualTo(preset.args().getFirst());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
    }

    private static <E extends GoEvent, P> void writeAgain(TraceReader.Trace<E, P> trace, Path file) throws IOException {
        EventTrace.writeAll(file, trace.pattern().header(trace.params()), trace.events());
    }

    private interface Run<E extends GoEvent> {
        void run(VirtualClock clock, EventBus<E> bus) throws Exception;
    }

    private <E extends GoEvent, P> void roundTrip(TracePattern<E, P> pattern, P params, Run<E> body)
            throws Exception {
        List<E> events = Collections.synchronizedList(new ArrayList<>());
        try (VirtualClock clock = VirtualClock.manual()) {
            EventBus<E> bus = new EventBus<>(clock);
            bus.subscribe((Consumer<E>) events::add);
            body.run(clock, bus);
        }
        List<E> written = upToTheEnd(pattern, events);
        Path file = dir.resolve("trace.jsonl");
        EventTrace.writeAll(file, pattern.header(params), written);

        TraceReader.Trace<?, ?> trace = TraceFiles.read(file);

        assertThat(trace.pattern()).isSameAs(pattern);
        assertThat(trace.params()).isEqualTo(params);
        assertThat(new ArrayList<Object>(trace.events())).isNotEmpty().isEqualTo(new ArrayList<Object>(written));
    }

    private static <E extends GoEvent> List<E> upToTheEnd(TracePattern<E, ?> pattern, List<E> events) {
        List<E> out = new ArrayList<>();
        for (E e : List.copyOf(events)) {
            out.add(e);
            if (pattern.endsWith(e)) {
                break;
            }
        }
        return out;
    }

    /** Runs the demo's main on the clock to its end; a leaked runner thread is left blocked, then stopped. */
    private static void run(VirtualClock clock, java.util.concurrent.Callable<?> main) {
        clock.startThread("main", () -> {
            try {
                main.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        clock.runUntilIdle();
    }
}
