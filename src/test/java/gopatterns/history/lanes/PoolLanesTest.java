package gopatterns.history.lanes;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.pool.PoolDemo;
import gopatterns.pool.PoolEvent;
import gopatterns.runner.RunnerDemo;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pool's worker lanes and bands, from real runs of the demo. */
class PoolLanesTest {

    private static final Set<MarkKind> ACQUIRES = Set.of(MarkKind.ACQUIRED_NEW, MarkKind.ACQUIRED_SHARED);
    private static final Set<MarkKind> RELEASES = Set.of(MarkKind.RELEASED_IN_QUEUE, MarkKind.RELEASED_CLOSING,
            MarkKind.RELEASED_AFTER_CLOSE);

    @Test
    void theBooksDemoShowsTwentyFiveAcquiresBeforeTheFirstRelease() {
        List<PoolEvent> events = LaneRuns.pool(PoolDemo.Params.book());
        PoolLanes f = (PoolLanes) LaneFold.forRunOf(events.getFirst());
        int acquiresAtFirstRelease = -1;
        for (PoolEvent e : events) {
            f.apply(e);
            if (acquiresAtFirstRelease < 0 && count(f, RELEASES) > 0) {
                acquiresAtFirstRelease = count(f, ACQUIRES);
            }
        }
        assertThat(acquiresAtFirstRelease).isEqualTo(25);
        assertThat(f.lanes()).hasSize(25);
        // Everyone arrived at once: 25 new connections, none shared, each one on one lane only.
        List<Mark> acquires = marks(f, ACQUIRES);
        assertThat(acquires).extracting(Mark::kind).containsOnly(MarkKind.ACQUIRED_NEW);
        assertThat(acquires.stream().map(Mark::detail).distinct()).hasSize(25);
        long firstRelease = marks(f, RELEASES).stream().mapToLong(Mark::at).min().orElseThrow();
        assertThat(acquires).allSatisfy(m -> assertThat(m.at()).isLessThanOrEqualTo(firstRelease));
        // Two went back into the slots; the other 23 were closed at release. Every worker ended done.
        assertThat(marks(f, Set.of(MarkKind.RELEASED_IN_QUEUE))).hasSize(2);
        assertThat(marks(f, Set.of(MarkKind.RELEASED_CLOSING))).hasSize(23);
        assertThat(marks(f, Set.of(MarkKind.DONE))).hasSize(25);
        assertThat(f.idle().countAt(firstRelease, 0)).isEqualTo(1);
        assertThat(f.idle().countAt(f.latest(), 0)).isZero(); // the pool was closed with them
    }

    @Test
    void aConnectionReleasedIntoTheQueueIsFollowedToTheLaneThatSharesItNext() {
        PoolLanes f = (PoolLanes) LaneRuns.fold(LaneRuns.pool(PoolDemo.Params.book().withSpread(Duration.ofSeconds(5))));
        List<Mark> shared = marks(f, Set.of(MarkKind.ACQUIRED_SHARED));
        assertThat(shared).isNotEmpty();
        for (Lane lane : f.lanes()) {
            for (Mark m : lane.marks()) {
                if (m.kind() == MarkKind.ACQUIRED_SHARED) {
                    // The hold shows the connection's id, and some other lane gave exactly it back before.
                    assertThat(lane.at(m.at()).detail()).isEqualTo(m.detail());
                    assertThat(f.lanes()).anySatisfy(other -> assertThat(other.marks())
                            .anySatisfy(r -> {
                                assertThat(r.kind()).isEqualTo(MarkKind.RELEASED_IN_QUEUE);
                                assertThat(r.detail()).isEqualTo(m.detail());
                                assertThat(r.at()).isLessThanOrEqualTo(m.at());
                            }));
                }
            }
        }
    }

    @Test
    void tenThousandWorkersAggregateIntoBandsWhoseCountsAreThoseOfTheLanes() {
        PoolLanes f = (PoolLanes) LaneRuns.fold(LaneRuns.pool(PoolDemo.Params.book().withWorkers(10_000)
                .withSpread(Duration.ofSeconds(4))));
        assertThat(f.workers()).isEqualTo(10_000);
        long end = f.latest();
        for (int i = 0; i <= 40; i++) {
            long t = end * i / 40;
            Map<PoolLanes.Band, Integer> fromLanes = new EnumMap<>(PoolLanes.Band.class);
            for (int w = 0; w < 10_000; w++) {
                fromLanes.merge(PoolLanes.bandOf(f.worker(w), t), 1, Integer::sum);
            }
            int total = 0;
            for (PoolLanes.Band b : PoolLanes.Band.values()) {
                assertThat(f.countAt(t, b)).as("%s at %d ns", b, t).isEqualTo(fromLanes.getOrDefault(b, 0));
                total += f.countAt(t, b);
            }
            assertThat(total).isEqualTo(10_000);
            assertThat(f.bands().max(PoolLanes.Band.HOLDING.ordinal()))
                    .isGreaterThanOrEqualTo(f.countAt(t, PoolLanes.Band.HOLDING));
        }
        assertThat(f.countAt(end / 2, PoolLanes.Band.HOLDING)).isPositive();
        assertThat(f.countAt(end, PoolLanes.Band.DONE)).isEqualTo(10_000);
    }

    @Test
    void theLanesAfterKEventsAreAFreshFoldOfTheFirstK() {
        assertPrefixProperty(LaneRuns.pool(PoolDemo.Params.book().withSpread(Duration.ofSeconds(2))
                .withFailureRate(0.3)));
        assertPrefixProperty(LaneRuns.runner(RunnerDemo.Params.book().withTimeout(Duration.ofMillis(1500))
                .withTasks(5), null));
        assertPrefixProperty(LaneRuns.runner(RunnerDemo.Params.book().withTimeout(Duration.ofSeconds(10)),
                Duration.ofMillis(500)));
    }

    private static void assertPrefixProperty(List<? extends gopatterns.event.GoEvent> events) {
        LaneFold incremental = LaneFold.forRunOf(events.getFirst());
        for (int k = 1; k <= events.size(); k++) {
            incremental.apply(events.get(k - 1));
            LaneFold fresh = LaneRuns.fold(events, k);
            assertThat(describe(incremental)).as("after %d events", k).isEqualTo(describe(fresh));
        }
    }

    /** Everything a fold answers, as values. */
    private static List<Object> describe(LaneFold f) {
        List<Object> out = new ArrayList<>();
        out.add(f.latest());
        out.add(f.applied());
        for (Lane l : f.lanes()) {
            out.add(List.of(l.role(), l.index(), List.copyOf(l.segments()), List.copyOf(l.marks())));
        }
        out.add(f.statesAt(f.latest()));
        if (f instanceof PoolLanes p) {
            for (PoolLanes.Band b : PoolLanes.Band.values()) {
                out.add(p.countAt(p.latest(), b));
            }
            out.add(p.idle().countAt(p.latest(), 0));
        }
        return out;
    }

    private static List<Mark> marks(LaneFold f, Set<MarkKind> kinds) {
        return f.lanes().stream().flatMap(l -> l.marks().stream()).filter(m -> kinds.contains(m.kind()))
                .collect(Collectors.toList());
    }

    private static int count(LaneFold f, Set<MarkKind> kinds) {
        return marks(f, kinds).size();
    }
}
