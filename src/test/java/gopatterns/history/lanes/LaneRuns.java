package gopatterns.history.lanes;

import gopatterns.clock.ParticipantCall;
import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.event.GoEvent;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.runner.RunnerDemo;
import gopatterns.runner.RunnerEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Real runs of the demos on a manual clock, their events recorded, for the lanes to fold. */
final class LaneRuns {

    static final long SECOND = 1_000_000_000L;

    private LaneRuns() {
    }

    /** The pool demo run to its end. */
    static List<PoolEvent> pool(PoolDemo.Params params) {
        try (VirtualClock clock = VirtualClock.manual()) {
            EventBus<PoolEvent> bus = new EventBus<>(clock);
            List<PoolEvent> events = Collections.synchronizedList(new ArrayList<>());
            bus.subscribe(events::add);
            PoolDemo demo = new PoolDemo(params, clock, bus);
            ParticipantCall.start(clock, "main", demo::run);
            clock.runUntilIdle();
            return List.copyOf(events);
        }
    }

    /** The runner demo run until nothing more happens; with {@code interruptAt} >= 0 Ctrl+C then. */
    static List<RunnerEvent> runner(RunnerDemo.Params params, Duration interruptAt) {
        try (VirtualClock clock = VirtualClock.manual()) {
            EventBus<RunnerEvent> bus = new EventBus<>(clock);
            List<RunnerEvent> events = Collections.synchronizedList(new ArrayList<>());
            bus.subscribe(events::add);
            RunnerDemo demo = new RunnerDemo(params, clock, bus);
            try {
                ParticipantCall.start(clock, "main", demo::run);
                clock.awaitSettled();
                if (interruptAt != null) {
                    clock.advanceTo(clock.nanos() + interruptAt.toNanos());
                    demo.runner().interrupt();
                }
                clock.runUntilIdle();
                return List.copyOf(events);
            } finally {
                demo.runner().dispose();
            }
        }
    }

    static LaneFold fold(List<? extends GoEvent> events) {
        return fold(events, events.size());
    }

    /** A fresh fold of the first {@code k} events. */
    static LaneFold fold(List<? extends GoEvent> events, int k) {
        LaneFold f = LaneFold.forRunOf(events.getFirst());
        for (GoEvent e : events.subList(0, k)) {
            f.apply(e);
        }
        return f;
    }
}
