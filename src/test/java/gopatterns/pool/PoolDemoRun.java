package gopatterns.pool;

import gopatterns.clock.ParticipantCall;
import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** One run of the pool demo to its end on a manual clock, with every event and every stats snapshot kept. */
record PoolDemoRun(PoolDemo demo, List<PoolEvent> events, List<PoolStats> unbalanced, PoolStats stats) {

    static PoolDemoRun run(PoolDemo.Params params) {
        try (VirtualClock clock = VirtualClock.manual()) {
            EventBus<PoolEvent> bus = new EventBus<>(clock);
            List<PoolEvent> events = Collections.synchronizedList(new ArrayList<>());
            List<PoolStats> unbalanced = Collections.synchronizedList(new ArrayList<>());
            AtomicReference<PoolDemo> demoRef = new AtomicReference<>();
            bus.subscribe(e -> {
                events.add(e);
                PoolDemo d = demoRef.get();
                if (d != null && publishedByThePool(e) && !d.pool().stats().balanced()) {
                    unbalanced.add(d.pool().stats());
                }
            });
            PoolDemo demo = new PoolDemo(params, clock, bus);
            demoRef.set(demo);
            ParticipantCall<PoolStats> main = ParticipantCall.start(clock, "main", demo::run);
            clock.runUntilIdle();
            return new PoolDemoRun(demo, List.copyOf(events), List.copyOf(unbalanced), main.result());
        }
    }

    /**
     * Whether the pool published {@code e}, under its own lock: a snapshot taken there is the state at that
     * event. (The demo's worker events come without it, and a listener must not wait for the pool's lock
     * while it holds the bus's: a publisher holding the pool's lock may be waiting for the bus.)
     */
    private static boolean publishedByThePool(PoolEvent e) {
        return !(e instanceof PoolEvent.DemoStarted || e instanceof PoolEvent.WorkerArrived
                || e instanceof PoolEvent.WorkerAcquired || e instanceof PoolEvent.WorkerQuerying
                || e instanceof PoolEvent.WorkerQueried || e instanceof PoolEvent.WorkerFailed
                || e instanceof PoolEvent.WorkerDone || e instanceof PoolEvent.Shutdown);
    }

    /** The lines the Go demo logs, in order. */
    List<String> goLines() {
        return events.stream().map(PoolDemo::logMessage).flatMap(Optional::stream).toList();
    }

    long count(String linePrefix) {
        return goLines().stream().filter(l -> l.startsWith(linePrefix)).count();
    }

    <T extends PoolEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The most connections alive at once: created and not yet closed. */
    int maxAlive() {
        int alive = 0;
        int max = 0;
        for (PoolEvent e : events) {
            if (e instanceof PoolEvent.ResourceCreated) {
                max = Math.max(max, ++alive);
            } else if (e instanceof PoolEvent.ResourceClosed || e instanceof PoolEvent.CloseFailed) {
                alive--;
            }
        }
        return max;
    }
}
