package gopatterns.pool;

import static org.assertj.core.api.Assertions.assertThat;

import gopatterns.pool.PoolEvent.CloseCause;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The book's pool demo against the measured behaviour of the Go program. */
class PoolDemoTest {

    @Test
    void theBookDemoCreatesTwentyFiveAndNeverReusesInEveryRun() {
        for (long seed : LongStream.rangeClosed(1, 10).toArray()) {
            PoolDemoRun run = PoolDemoRun.run(PoolDemo.Params.book().withSeed(seed));
            String label = "seed " + seed;

            assertThat(run.count("Create: New Connection")).as(label).isEqualTo(25);
            assertThat(run.count("Acquire: New Resource")).as(label).isEqualTo(25);
            assertThat(run.count("Acquire: Shared Resource")).as(label).isZero();
            assertThat(run.count("Release: In Queue")).as(label).isEqualTo(2);
            assertThat(run.count("Release: Closing")).as(label).isEqualTo(23);
            assertThat(run.count("Close: Connection")).as(label).isEqualTo(25);
            assertThat(run.all(PoolEvent.ResourceClosed.class)).as(label)
                    .filteredOn(c -> c.cause() == CloseCause.AT_RELEASE).hasSize(23);
            assertThat(run.all(PoolEvent.ResourceClosed.class)).as(label)
                    .filteredOn(c -> c.cause() == CloseCause.AT_SHUTDOWN).hasSize(2);

            PoolStats stats = run.stats();
            assertThat(stats.created()).as(label).isEqualTo(25);
            assertThat(stats.reused()).as(label).isZero();
            assertThat(stats.closedAtRelease()).as(label).isEqualTo(23);
            assertThat(stats.closedAtShutdown()).as(label).isEqualTo(2);
            assertThat(stats.closedAfterShutdown()).as(label).isZero();
            assertThat(stats.idle()).as(label).isZero();
            assertThat(stats.inUse()).as(label).isZero();
            assertThat(stats.closed()).as(label).isTrue();
            assertThat(run.unbalanced()).as(label).isEmpty();
            assertThat(run.demo().connections()).as(label).hasSize(25)
                    .allMatch(c -> c.closes().get() == 1);
        }
    }

    @Test
    void theBookDemoLogsInTheGoProgramsOrder() {
        PoolDemoRun run = PoolDemoRun.run(PoolDemo.Params.book());
        List<String> lines = run.goLines();

        assertThat(lines.stream().filter(l -> l.startsWith("Create: New Connection")).map(l -> l.substring(23)))
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 25).mapToObj(Long::toString).toList());
        assertThat(lines.stream().filter(l -> l.startsWith("QID[")))
                .hasSize(25).allMatch(l -> l.matches("QID\\[\\d+] CID\\[\\d+]"));
        int shutdown = lines.indexOf("Shutdown Program");
        assertThat(shutdown).isPositive();
        assertThat(lines.subList(0, shutdown)).filteredOn(l -> l.startsWith("QID[")).hasSize(25);
        // After the shutdown only the pool's close of the two idle connections.
        assertThat(lines.subList(shutdown + 1, lines.size())).hasSize(2)
                .allMatch(l -> l.startsWith("Close: Connection"));
        // Every query holds its connection 0-999 ms: all done within a second.
        assertThat(run.all(PoolEvent.Shutdown.class).get(0).at()).isLessThan(1_000_000_000L);
        assertThat(run.all(PoolEvent.WorkerQuerying.class))
                .allMatch(q -> q.hold().compareTo(Duration.ofMillis(999)) <= 0);
    }

    @Test
    void arrivalsSpreadOverTimeLetThePoolReuseConnections() {
        PoolDemoRun run = PoolDemoRun.run(PoolDemo.Params.book().withSpread(Duration.ofSeconds(5)));

        PoolStats stats = run.stats();
        assertThat(stats.reused()).isPositive();
        assertThat(stats.created()).isLessThan(25);
        assertThat(stats.created() + stats.reused()).isEqualTo(25);
        assertThat(run.count("Acquire: Shared Resource")).isEqualTo(stats.reused());
        assertThat(stats.created()).isEqualTo(stats.closedTotal());
        assertThat(run.unbalanced()).isEmpty();
        assertThat(run.demo().connections()).allMatch(c -> c.closes().get() == 1);
    }

    @Test
    void failingConnectionsAreReportedAndEveryOtherWorkerIsServed() {
        PoolDemoRun run = PoolDemoRun.run(PoolDemo.Params.book().withFailureRate(0.3).withSeed(5));

        PoolStats stats = run.stats();
        List<PoolEvent.WorkerFailed> failed = run.all(PoolEvent.WorkerFailed.class);
        assertThat(failed).isNotEmpty().allMatch(f -> f.message().equals("Create failed: connection refused"));
        assertThat(stats.factoryFailures()).isEqualTo(failed.size());
        assertThat(stats.created() + stats.reused() + stats.factoryFailures()).isEqualTo(25);
        assertThat(run.all(PoolEvent.FactoryFailed.class)).hasSize(failed.size());
        assertThat(run.demo().finishedWorkers()).isEqualTo(25);
        assertThat(run.unbalanced()).isEmpty();
        assertThat(run.demo().connections()).hasSize((int) stats.created()).allMatch(c -> c.closes().get() == 1);
    }

    @Test
    void theSameSeedGivesTheSameRun() {
        PoolDemo.Params params = PoolDemo.Params.book().withSpread(Duration.ofSeconds(2)).withSeed(42);
        List<String> first = PoolDemoRun.run(params).goLines();
        List<String> second = PoolDemoRun.run(params).goLines();
        assertThat(second).isEqualTo(first);
    }
}
