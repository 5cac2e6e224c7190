package gopatterns.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gopatterns.pool.PoolEvent.CloseCause;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Go pool's semantics: idle slots only, acquire never waits, release keeps or closes, close shuts. */
class PoolGoCompatibleTest {

    private PoolRig rig;

    private PoolRig rig(int size) {
        rig = new PoolRig(PoolConfig.goCompatible(size));
        return rig;
    }

    @AfterEach
    void accountingBalancedAtEveryEvent() {
        if (rig != null) {
            assertThat(rig.unbalanced).as("snapshots that did not balance").isEmpty();
            assertThat(rig.pool.stats().balanced()).isTrue();
            rig.close();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aSizeBelowOneIsRejectedWithAMessageThatSaysAtLeastOne(int size) {
        assertThatThrownBy(() -> PoolConfig.goCompatible(size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> PoolDemo.Params.book().withSize(size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }

    @Test
    void acquireWithNoIdleResourceCreatesOne() throws Exception {
        rig(2);

        Pool.Lease<TestResource> lease = rig.pool.acquireLease();

        assertThat(lease.shared()).isFalse();
        assertThat(lease.resource().id()).isEqualTo(1);
        assertThat(rig.events).extracting(PoolEvent::type)
                .containsExactly("PoolCreated", "AcquireNew", "ResourceCreated");
        PoolStats stats = rig.pool.stats();
        assertThat(stats.created()).isEqualTo(1);
        assertThat(stats.inUse()).isEqualTo(1);
        assertThat(stats.peakInUse()).isEqualTo(1);
        assertThat(stats.reused()).isZero();
    }

    @Test
    void acquireTakesTheOldestIdleResourceFirst() throws Exception {
        rig(3);
        List<TestResource> out = rig.acquire(3);
        TestResource a = out.get(0);
        TestResource b = out.get(1);
        TestResource c = out.get(2);
        rig.pool.release(b);
        rig.pool.release(a);
        rig.pool.release(c);
        assertThat(rig.pool.idleIds()).containsExactly(2L, 1L, 3L);

        List<Long> order = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Pool.Lease<TestResource> lease = rig.pool.acquireLease();
            assertThat(lease.shared()).isTrue();
            order.add(lease.resource().id());
        }

        assertThat(order).containsExactly(2L, 1L, 3L);
        assertThat(rig.all(PoolEvent.AcquireShared.class)).extracting(PoolEvent.AcquireShared::resource)
                .containsExactly(2L, 1L, 3L);
        assertThat(rig.acquire().id()).as("no idle left: a new one").isEqualTo(4);
        assertThat(rig.pool.stats().reused()).isEqualTo(3);
        assertThat(rig.pool.stats().created()).isEqualTo(4);
    }

    @Test
    void acquireNeverWaitsHoweverManyAreOut() throws Exception {
        rig(1);
        rig.acquire(50);
        assertThat(rig.made).hasSize(50).doesNotHaveDuplicates();
        assertThat(rig.pool.stats().inUse()).isEqualTo(50);
        assertThat(rig.pool.stats().waits()).isZero();
        assertThat(rig.clock.nextWakeUp()).isEqualTo(-1);
    }

    @Test
    void releaseFillsTheFreeSlotsAndClosesWhatDoesNotFit() throws Exception {
        rig(2);
        List<TestResource> out = rig.acquire(3);

        out.forEach(rig.pool::release);
        TestResource a = out.get(0);
        TestResource b = out.get(1);
        TestResource c = out.get(2);

        assertThat(rig.all(PoolEvent.ReleasedToSlot.class)).extracting(PoolEvent.ReleasedToSlot::resource,
                PoolEvent.ReleasedToSlot::idle).containsExactly(
                tuple(1L, 1), tuple(2L, 2));
        assertThat(rig.all(PoolEvent.ReleasedClosing.class)).extracting(PoolEvent.ReleasedClosing::resource)
                .containsExactly(3L);
        assertThat(rig.all(PoolEvent.ResourceClosed.class)).singleElement()
                .extracting(PoolEvent.ResourceClosed::resource, PoolEvent.ResourceClosed::cause)
                .containsExactly(3L, CloseCause.AT_RELEASE);
        assertThat(List.of(a.closes(), b.closes(), c.closes())).containsExactly(0, 0, 1);
        PoolStats stats = rig.pool.stats();
        assertThat(stats.idle()).isEqualTo(2);
        assertThat(stats.closedAtRelease()).isEqualTo(1);
        assertThat(stats.inUse()).isZero();
    }

    @Test
    void closeClosesTheIdleThenLaterReleasesCloseAndLaterAcquiresFail() throws Exception {
        rig(2);
        List<TestResource> three = rig.acquire(3);
        TestResource out = three.get(2);
        rig.pool.release(three.get(0));
        rig.pool.release(three.get(1));

        rig.pool.close();

        assertThat(rig.pool.isClosed()).isTrue();
        assertThat(rig.all(PoolEvent.PoolClosed.class)).singleElement()
                .extracting(PoolEvent.PoolClosed::idleClosed).isEqualTo(2);
        assertThat(rig.all(PoolEvent.ResourceClosed.class)).extracting(PoolEvent.ResourceClosed::resource,
                PoolEvent.ResourceClosed::cause).containsExactly(
                tuple(1L, CloseCause.AT_SHUTDOWN),
                tuple(2L, CloseCause.AT_SHUTDOWN));
        assertThat(out.closes()).isZero();

        rig.pool.release(out);
        assertThat(out.closes()).isEqualTo(1);
        assertThat(rig.all(PoolEvent.ReleasedAfterClose.class)).hasSize(1);
        assertThat(rig.all(PoolEvent.ResourceClosed.class).getLast().cause()).isEqualTo(CloseCause.AFTER_SHUTDOWN);

        assertThatThrownBy(rig::acquire)
                .isInstanceOf(PoolClosedException.class)
                .hasMessage("Pool has been closed");
        assertThat(rig.all(PoolEvent.AcquireRefused.class)).hasSize(1);
        // Go logs "Acquire: Shared Resource" when it takes from the closed channel, then fails.
        assertThat(PoolDemo.logMessage(rig.all(PoolEvent.AcquireRefused.class).get(0)))
                .contains("Acquire: Shared Resource");

        PoolStats stats = rig.pool.stats();
        assertThat(stats.closedAtShutdown()).isEqualTo(2);
        assertThat(stats.closedAfterShutdown()).isEqualTo(1);
        assertThat(stats.refusedAcquires()).isEqualTo(1);
        assertThat(stats.created()).isEqualTo(stats.closedTotal());
        assertThat(rig.made).allMatch(r -> r.closes() == 1);
    }

    @Test
    void aSecondCloseDoesNothing() throws Exception {
        rig(2);
        rig.pool.release(rig.acquire());
        rig.pool.close();
        PoolStats before = rig.pool.stats();
        int eventsBefore = rig.events.size();

        rig.pool.close();

        assertThat(rig.pool.stats()).isEqualTo(before);
        assertThat(rig.events).hasSize(eventsBefore);
        assertThat(rig.made.get(0).closes()).isEqualTo(1);
    }

    @Test
    void releasingMoreThanWasHandedOutIsRejectedAndChangesNothing() throws Exception {
        rig(2);
        TestResource a = rig.acquire();
        rig.pool.release(a);
        PoolStats before = rig.pool.stats();

        assertThatThrownBy(() -> rig.pool.release(a))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not hand out");
        assertThat(rig.pool.stats()).isEqualTo(before);
    }

    @Test
    void aFactoryThatThrowsIsReportedAndCountsNothingAsCreated() throws Exception {
        rig(2);
        rig.acquire();
        rig.factory(() -> {
            throw new java.io.IOException("connection refused");
        });

        assertThatThrownBy(rig::acquire)
                .isInstanceOf(FactoryFailedException.class)
                .hasMessageContaining("connection refused")
                .hasCauseInstanceOf(java.io.IOException.class);

        assertThat(rig.all(PoolEvent.FactoryFailed.class)).singleElement()
                .extracting(PoolEvent.FactoryFailed::message).isEqualTo("connection refused");
        PoolStats stats = rig.pool.stats();
        assertThat(stats.created()).isEqualTo(1);
        assertThat(stats.factoryFailures()).isEqualTo(1);
        assertThat(stats.inUse()).isEqualTo(1);

        rig.factory(rig::make);
        assertThat(rig.acquire().id()).isEqualTo(2);
        assertThat(rig.pool.stats().created()).isEqualTo(2);
    }

    @Test
    void aFactoryThatReturnsNothingFailsTheSameWay() {
        rig(1);
        rig.factory(() -> null);

        assertThatThrownBy(rig::acquire).isInstanceOf(FactoryFailedException.class);
        assertThat(rig.pool.stats().factoryFailures()).isEqualTo(1);
        assertThat(rig.pool.stats().created()).isZero();
    }

    @Test
    void aFactoryErrorPropagatesWithTheAccountingIntact() {
        rig(1);
        rig.factory(() -> {
            throw new OutOfMemoryError("no room");
        });

        assertThatThrownBy(rig::acquire).isInstanceOf(OutOfMemoryError.class);
        assertThat(rig.pool.stats().factoryFailures()).isEqualTo(1);
        assertThat(rig.pool.stats().inUse()).isZero();
    }

    @Test
    void aResourceWhoseCloseThrowsIsReportedAndStillCountedAsClosed() throws Exception {
        rig(1);
        TestResource kept = rig.acquire();
        TestResource extra = rig.acquire().failingOnClose();
        rig.pool.release(kept);

        rig.pool.release(extra);

        assertThat(rig.all(PoolEvent.CloseFailed.class)).singleElement()
                .extracting(PoolEvent.CloseFailed::resource, PoolEvent.CloseFailed::message)
                .containsExactly(2L, "close refused by resource 2");
        assertThat(rig.all(PoolEvent.ResourceClosed.class)).isEmpty();
        PoolStats stats = rig.pool.stats();
        assertThat(stats.closedAtRelease()).isEqualTo(1);
        assertThat(stats.closeFailures()).isEqualTo(1);

        kept.failingOnClose();
        rig.pool.close();
        assertThat(rig.pool.stats().closedAtShutdown()).isEqualTo(1);
        assertThat(rig.pool.stats().closeFailures()).isEqualTo(2);
        assertThat(rig.pool.stats().closedTotal()).isEqualTo(rig.pool.stats().created());
    }

    @Test
    void anyMixOfOperationsKeepsTheAccountingBalancedAndClosesEachResourceOnce() throws Exception {
        rig(3);
        SplittableRandom random = new SplittableRandom(7);
        List<TestResource> out = new ArrayList<>();
        for (int step = 0; step < 20_000; step++) {
            int op = random.nextInt(100);
            if (op < 48) {
                out.add(rig.acquire());
            } else if (!out.isEmpty()) {
                rig.pool.release(out.remove(random.nextInt(out.size())));
            }
            PoolStats s = rig.pool.stats();
            assertThat(s.inUse()).isEqualTo(out.size());
            assertThat(s.idle()).isLessThanOrEqualTo(3);
        }
        rig.pool.close();
        for (TestResource r : out) {
            rig.pool.release(r);
        }

        PoolStats end = rig.pool.stats();
        assertThat(end.created()).isEqualTo(rig.made.size()).isEqualTo(end.closedTotal());
        assertThat(end.reused()).isPositive();
        assertThat(rig.made).allMatch(r -> r.closes() == 1);
        assertThat(rig.closedIds()).doesNotHaveDuplicates().hasSize(rig.made.size());
    }
}
