package gopatterns.runner;

import gopatterns.clock.ParticipantCall;
import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * One runner on a manual clock with every event recorded: {@code start()} runs on a participant thread
 * ("main", as in the Go program) while the test moves the clock.
 */
final class RunnerRun implements AutoCloseable {

    static final long SECOND = 1_000_000_000L;

    final VirtualClock clock = VirtualClock.manual();
    final EventBus<RunnerEvent> bus = new EventBus<>(clock);
    final List<RunnerEvent> events = Collections.synchronizedList(new ArrayList<>());
    Runner runner;
    ParticipantCall<Outcome> main;

    RunnerRun() {
        bus.subscribe(events::add);
    }

    /** Also calls {@code hook} for every event, right after it is recorded, on the thread that published it. */
    RunnerRun(Consumer<RunnerEvent> hook) {
        this();
        bus.subscribe(hook);
    }

    /** A runner whose task i works {@code durations[i]}. */
    Runner create(Duration timeout, RunnerMode mode, long seed, Duration... durations) {
        runner = new Runner(clock, timeout, mode, new SplittableRandom(seed), bus);
        for (Duration d : durations) {
            runner.add((id, ctx) -> ctx.work(d));
        }
        return runner;
    }

    /** The book's demo with these parameters. */
    RunnerDemo demo(RunnerDemo.Params params) {
        RunnerDemo demo = new RunnerDemo(params, clock, bus);
        runner = demo.runner();
        return demo;
    }

    ParticipantCall<Outcome> start() {
        main = ParticipantCall.start(clock, "main", runner::start);
        clock.awaitSettled();
        return main;
    }

    /** Starts, runs every wake-up there is, and returns what {@code start()} returned. */
    Outcome runToEnd() {
        start();
        clock.runUntilIdle();
        return main.result();
    }

    <T extends RunnerEvent> List<T> all(Class<T> type) {
        synchronized (events) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    <T extends RunnerEvent> T only(Class<T> type) {
        List<T> found = all(type);
        if (found.size() != 1) {
            throw new AssertionError("expected one " + type.getSimpleName() + " but got " + found);
        }
        return found.get(0);
    }

    RunnerEvent.Ended ended() {
        return only(RunnerEvent.Ended.class);
    }

    List<Integer> startedTasks() {
        return all(RunnerEvent.TaskStarted.class).stream().map(RunnerEvent.TaskStarted::task).toList();
    }

    /** The lines the Go demo logs, in order. */
    List<String> goLines() {
        return snapshot().stream().map(RunnerDemo::logMessage).flatMap(Optional::stream).toList();
    }

    /** The virtual times of the Go demo's log lines, in whole seconds. */
    List<Double> goLineSeconds() {
        return snapshot().stream().filter(e -> RunnerDemo.logMessage(e).isPresent())
                .map(e -> e.at() / (double) SECOND).toList();
    }

    List<RunnerEvent> snapshot() {
        synchronized (events) {
            return List.copyOf(events);
        }
    }

    @Override
    public void close() {
        if (runner != null) {
            runner.dispose();
        }
        clock.close();
    }

    static Duration seconds(double s) {
        return Duration.ofNanos(Math.round(s * SECOND));
    }
}
