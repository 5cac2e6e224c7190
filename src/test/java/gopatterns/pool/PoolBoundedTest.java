package gopatterns.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gopatterns.clock.ParticipantCall;
import gopatterns.pool.PoolEvent.WaitResult;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bounded pool: at most maxTotal alive; an acquire at the cap waits, on the virtual clock. */
class PoolBoundedTest {

    private static final long SECOND = 1_000_000_000L;

    private PoolRig rig;

    private PoolRig rig(int size, int maxTotal, Duration acquireTimeout) {
        rig = new PoolRig(PoolConfig.bounded(size, maxTotal, acquireTimeout));
        return rig;
    }

    @AfterEach
    void accountingBalancedAtEveryEvent() {
        if (rig != null) {
            assertThat(rig.unbalanced).as("snapshots that did not balance").isEmpty();
            rig.close();
        }
    }

    private ParticipantCall<TestResource> acquireInBackground(String name) {
        ParticipantCall<TestResource> call = ParticipantCall.start(rig.clock, name, rig::acquire);
        rig.clock.awaitSettled();
        return call;
    }

    @Test
    void aBadCapOrTimeoutIsRejected() {
        assertThatThrownBy(() -> PoolConfig.bounded(2, 0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> PoolConfig.bounded(2, 3, Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }

    @Test
    void anAcquireAtTheCapWaitsAndGetsItsTurnWhenAResourceComesBack() throws Exception {
        rig(1, 1, Duration.ZERO);
        TestResource first = rig.acquire();

        ParticipantCall<TestResource> waiter = acquireInBackground("waiter");
        rig.clock.advance(Duration.ofSeconds(1));

        assertThat(waiter.done()).isFalse();
        assertThat(rig.pool.stats().waiting()).isEqualTo(1);
        assertThat(rig.all(PoolEvent.WaitStarted.class)).singleElement()
                .extracting(PoolEvent.WaitStarted::waiting, PoolEvent.WaitStarted::at).containsExactly(1, 0L);

        rig.pool.release(first);
        rig.clock.awaitSettled();

        assertThat(waiter.result()).isSameAs(first);
        assertThat(waiter.endedAt()).isEqualTo(SECOND);
        assertThat(rig.all(PoolEvent.WaitEnded.class)).singleElement()
                .extracting(PoolEvent.WaitEnded::result, PoolEvent.WaitEnded::waited)
                .containsExactly(WaitResult.GOT_TURN, Duration.ofSeconds(1));
        PoolStats stats = rig.pool.stats();
        assertThat(stats.created()).isEqualTo(1);
        assertThat(stats.reused()).isEqualTo(1);
        assertThat(stats.waits()).isEqualTo(1);
        assertThat(stats.waiting()).isZero();
    }

    @Test
    void anIdleResourceIsTakenEvenAtTheCap() throws Exception {
        rig(2, 2, Duration.ZERO);
        TestResource a = rig.acquire();
        rig.acquire();
        rig.pool.release(a);

        assertThat(rig.acquire()).isSameAs(a);
        assertThat(rig.pool.stats().waits()).isZero();
    }

    @Test
    void aWaitTimesOutAfterExactlyTheAcquireTimeout() throws Exception {
        rig(1, 1, Duration.ofSeconds(2));
        rig.acquire();
        rig.clock.advance(Duration.ofMillis(500));

        ParticipantCall<TestResource> waiter = acquireInBackground("waiter");
        rig.clock.advanceTo(2_500_000_000L - 1);
        assertThat(waiter.done()).isFalse();
        rig.clock.advance(Duration.ofNanos(1));

        assertThat(waiter.failure()).isInstanceOf(AcquireTimeoutException.class)
                .hasMessageContaining("2000 ms");
        assertThat(waiter.endedAt()).isEqualTo(2_500_000_000L);
        assertThat(rig.all(PoolEvent.WaitEnded.class)).singleElement()
                .extracting(PoolEvent.WaitEnded::result, PoolEvent.WaitEnded::waited)
                .containsExactly(WaitResult.TIMED_OUT, Duration.ofSeconds(2));
        PoolStats stats = rig.pool.stats();
        assertThat(stats.timedOutAcquires()).isEqualTo(1);
        assertThat(stats.waiting()).isZero();
        assertThat(stats.created()).isEqualTo(1);
    }

    @Test
    void aWaitCanBeInterrupted() throws Exception {
        rig(1, 1, Duration.ZERO);
        TestResource held = rig.acquire();
        ParticipantCall<TestResource> waiter = acquireInBackground("waiter");
        rig.clock.advance(Duration.ofSeconds(3));

        rig.clock.interrupt(waiter.thread());
        rig.clock.awaitSettled();

        assertThat(waiter.failure()).isInstanceOf(InterruptedException.class);
        assertThat(rig.all(PoolEvent.WaitEnded.class)).singleElement()
                .extracting(PoolEvent.WaitEnded::result, PoolEvent.WaitEnded::waited)
                .containsExactly(WaitResult.INTERRUPTED, Duration.ofSeconds(3));
        assertThat(rig.pool.stats().waiting()).isZero();

        rig.pool.release(held);
        assertThat(rig.acquire()).as("the pool still works").isSameAs(held);
    }

    @Test
    void closeWakesEveryWaiterWithThePoolClosedError() throws Exception {
        rig(1, 1, Duration.ZERO);
        TestResource held = rig.acquire();
        ParticipantCall<TestResource> first = acquireInBackground("first");
        ParticipantCall<TestResource> second = acquireInBackground("second");
        assertThat(rig.pool.stats().waiting()).isEqualTo(2);

        rig.pool.close();
        rig.clock.awaitSettled();

        assertThat(first.failure()).isInstanceOf(PoolClosedException.class).hasMessage("Pool has been closed");
        assertThat(second.failure()).isInstanceOf(PoolClosedException.class);
        assertThat(rig.all(PoolEvent.WaitEnded.class)).extracting(PoolEvent.WaitEnded::result)
                .containsExactly(WaitResult.POOL_CLOSED, WaitResult.POOL_CLOSED);
        PoolStats stats = rig.pool.stats();
        assertThat(stats.refusedAcquires()).isEqualTo(2);
        assertThat(stats.waiting()).isZero();
        rig.pool.release(held);
        assertThat(held.closes()).isEqualTo(1);
    }

    @Test
    void aFailedCreationGivesItsPlaceUnderTheCapToAWaiter() throws Exception {
        rig(1, 1, Duration.ZERO);
        AtomicInteger calls = new AtomicInteger();
        rig.factory(() -> {
            if (calls.incrementAndGet() == 1) {
                rig.clock.sleep(Duration.ofSeconds(1)); // a slow connect that then fails
                throw new java.io.IOException("connection refused");
            }
            return rig.make();
        });
        ParticipantCall<TestResource> failing = acquireInBackground("failing");
        ParticipantCall<TestResource> waiter = acquireInBackground("waiter");
        assertThat(rig.pool.stats().waiting()).as("the creation in progress counts against the cap").isEqualTo(1);

        rig.clock.advance(Duration.ofSeconds(1));

        assertThat(failing.failure()).isInstanceOf(FactoryFailedException.class);
        assertThat(waiter.result().id()).isEqualTo(1);
        assertThat(waiter.endedAt()).isEqualTo(SECOND);
        PoolStats stats = rig.pool.stats();
        assertThat(stats.created()).isEqualTo(1);
        assertThat(stats.factoryFailures()).isEqualTo(1);
        assertThat(stats.inUse()).isEqualTo(1);
    }

    @Test
    void theBookDemoBoundedNeverHasMoreThanMaxTotalAlive() {
        PoolDemo.Params params = PoolDemo.Params.book().withBounded(3, Duration.ZERO);
        PoolDemoRun run = PoolDemoRun.run(params);

        assertThat(run.maxAlive()).isEqualTo(3);
        PoolStats stats = run.stats();
        assertThat(stats.peakInUse()).isEqualTo(3);
        assertThat(stats.waits()).isPositive();
        assertThat(stats.created() + stats.reused()).as("every worker got a connection").isEqualTo(25);
        assertThat(run.demo().finishedWorkers()).isEqualTo(25);
        assertThat(run.demo().connections()).allMatch(c -> c.closes().get() == 1);
        assertThat(run.unbalanced()).isEmpty();
    }
}
