package gopatterns.history.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.clock.ParticipantCall;
import gopatterns.clock.VirtualClock;
import gopatterns.event.EventBus;
import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.pool.PoolStats;
import gopatterns.ui.pool.PoolPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The pool view's state as a fold of the run's events, checked against the real pool of a real demo run on a
 * manual clock: for every preset of the pool page, as it runs and with the pool closed mid-run, and a bounded
 * pool whose waits time out.
 */
class PoolFoldTest {

    /** A run to record: a preset's parameters, and when (if ever) the pool is closed by hand. */
    record Scenario(String name, PoolDemo.Params params, Duration closeAt) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A recorded run: its events, and every disagreement between the fold and the pool at an event. */
    record Recorded(List<PoolEvent> events, List<String> disagreements, PoolStats end, PoolFold fold) {}

    static Stream<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>();
        PoolPage.presetParameters().forEach((name, p) -> {
            all.add(new Scenario(name, p, null));
            // While connections are held, and (bounded) while workers wait at the cap.
            Duration close = Duration.ofMillis(name.equals("close-busy") ? 2_000 : 400);
            all.add(new Scenario(name + ", closed at " + close.toMillis() + " ms", p, close));
        });
        all.add(new Scenario("bounded, waits time out",
                PoolDemo.Params.book().withBounded(2, Duration.ofMillis(300)), null));
        // More connections than the fold's tables start with.
        all.add(new Scenario("200 workers at once", PoolDemo.Params.book().withWorkers(200), null));
        return all.stream();
    }

    /**
     * Runs the scenario with a listener that folds every event and, in the same step (the listener runs under
     * the pool's lock), compares the fold with the pool. A bounded wait's worker is checked too: the thread
     * that publishes the wait is the waiting worker's own.
     */
    static Recorded record(Scenario s) {
        try (VirtualClock clock = VirtualClock.manual()) {
            EventBus<PoolEvent> bus = new EventBus<>(clock);
            PoolFold fold = new PoolFold();
            PoolStats before = new PoolFold().stats();
            List<PoolEvent> events = Collections.synchronizedList(new ArrayList<>());
            List<String> wrong = Collections.synchronizedList(new ArrayList<>());
            AtomicReference<PoolDemo> demo = new AtomicReference<>();
            bus.subscribe(e -> {
                events.add(e);
                try {
                    fold.apply(e);
                } catch (RuntimeException failed) { // the bus would only log it
                    wrong.add(e + " could not be folded: " + failed);
                }
                PoolDemo d = demo.get();
                // The pool's own first event comes from its constructor, before the demo holds it.
                PoolStats core = d == null ? before : d.pool().stats();
                if (!fold.stats().equals(core)) {
                    wrong.add(e + ": fold " + fold.stats() + ", pool " + core);
                }
                if (e instanceof PoolEvent.WaitStarted) {
                    int worker = Integer.parseInt(Thread.currentThread().getName().replace("worker-", ""));
                    if (fold.workerState(worker) != WorkerState.WAITING) {
                        wrong.add(e + ": worker " + worker + " waits, the fold says " + fold.workerState(worker));
                    }
                }
            });
            PoolDemo d = new PoolDemo(s.params(), clock, bus);
            demo.set(d);
            ParticipantCall<PoolStats> main = ParticipantCall.start(clock, "main", d::run);
            if (s.closeAt() != null) {
                clock.advanceTo(s.closeAt().toNanos());
                d.pool().close();
            }
            clock.runUntilIdle();
            return new Recorded(List.copyOf(events), List.copyOf(wrong), main.result(), fold);
        }
    }

    private static PoolFold foldOf(List<PoolEvent> events) {
        PoolFold fold = new PoolFold();
        events.forEach(fold::apply);
        return fold;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theFoldsCountersAreThePoolsAtEveryEvent(Scenario s) {
        Recorded run = record(s);

        assertThat(run.disagreements()).as("events at which the fold and the pool disagree").isEmpty();
        assertThat(run.fold().stats()).isEqualTo(run.end());
        assertThat(run.fold().finished()).as("every worker done and the pool closed").isTrue();
        assertThat(run.fold().slotIds()).isEmpty();
        assertThat(run.fold().workersIn(WorkerState.DONE) + run.fold().workersIn(WorkerState.FAILED))
                .isEqualTo(s.params().workers());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theStateAfterKEventsIsAFreshFoldOfTheFirstK(Scenario s) {
        List<PoolEvent> events = record(s).events();
        PoolFold live = new PoolFold();
        Set<PoolFold.Snapshot> distinct = new HashSet<>();

        for (int k = 0; k <= events.size(); k++) {
            PoolFold.Snapshot now = live.snapshot();
            assertThat(now).as("after %d of %d events", k, events.size())
                    .isEqualTo(foldOf(events.subList(0, k)).snapshot());
            distinct.add(now);
            if (k < events.size()) {
                live.apply(events.get(k));
            }
        }
        live.reset();
        assertThat(live.snapshot()).as("a reset fold is a new one").isEqualTo(new PoolFold().snapshot());
        assertThat(distinct).as("the state moves with the run").hasSizeGreaterThan(events.size() / 2);
    }

    @Test
    void theScenariosGoThroughEveryKindOfEvent() {
        Set<Class<?>> seen = new HashSet<>();
        Set<PoolEvent.WaitResult> waits = EnumSet.noneOf(PoolEvent.WaitResult.class);
        scenarios().map(PoolFoldTest::record).flatMap(r -> r.events().stream()).forEach(e -> {
            seen.add(e.getClass());
            if (e instanceof PoolEvent.WaitEnded w) {
                waits.add(w.result());
            }
        });

        // A demo connection's close never fails, and nothing interrupts a wait here: all else happens.
        Set<Class<?>> all = new HashSet<>(List.of(PoolEvent.class.getPermittedSubclasses()));
        all.remove(PoolEvent.CloseFailed.class);
        assertThat(seen).containsAll(all);
        assertThat(waits).containsExactlyInAnyOrder(PoolEvent.WaitResult.GOT_TURN, PoolEvent.WaitResult.TIMED_OUT,
                PoolEvent.WaitResult.POOL_CLOSED);
    }

    @Test
    void theBooksDemoEndsWithTwentyFiveMadeNoneReusedAndEveryConnectionInTheBin() {
        PoolFold fold = foldOf(record(new Scenario("book", PoolDemo.Params.book(), null)).events());

        assertThat(fold.stats().created()).isEqualTo(25);
        assertThat(fold.stats().reused()).isZero();
        assertThat(fold.stats().peakInUse()).isEqualTo(25);
        assertThat(fold.codeAnchor()).isEqualTo("close-drain");
        assertThat(fold.notable()).isInstanceOf(PoolEvent.PoolClosed.class);
        for (long id = 1; id <= 25; id++) {
            assertThat(fold.lastMove(id)).as("connection %d", id).isIn(ConnectionMove.CLOSED_AT_RELEASE,
                    ConnectionMove.CLOSED_AT_SHUTDOWN);
            assertThat(fold.holder(id)).isEqualTo(-1);
        }
        assertThat(fold.lastMove(26)).isNull();
        PoolSeries series = fold.series();
        assertThat(series.inUse(series.size() - 1)).isZero();
        assertThat(series.created(series.size() - 1)).isEqualTo(25);
    }
}
