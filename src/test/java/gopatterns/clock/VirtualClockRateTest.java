package gopatterns.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real-time clock's rate, pause and step, on a wall clock that the test moves: the arithmetic is checked
 * exactly and no test waits for wall time to pass.
 */
class VirtualClockRateTest {

    private static final long SECOND = 1_000_000_000L;
    /** Longest wait for the driver thread to act on a wall time the test has set (it acts within ~50 ms). */
    private static final Duration DRIVER_LIMIT = Duration.ofSeconds(10);

    private final AtomicLong wall = new AtomicLong(1_000 * SECOND);
    private final long wallStart = wall.get();
    private VirtualClock clock;

    @AfterEach
    void closeClock() {
        clock.close();
    }

    private VirtualClock realtime(double speed) {
        clock = VirtualClock.realtime(speed, wall::get);
        return clock;
    }

    private void wallAt(double seconds) {
        wall.set(wallStart + Math.round(seconds * SECOND));
    }

    private static void awaitEnd(ParticipantCall<?> call) throws InterruptedException {
        assertThat(call.thread().join(DRIVER_LIMIT)).as("participant ended").isTrue();
    }

    private ParticipantCall<Void> sleeper(Duration d) {
        return ParticipantCall.start(clock, "sleeper", () -> {
            clock.sleep(d);
            return null;
        });
    }

    @Test
    void virtualTimeIsWallTimeTimesTheSpeed() {
        realtime(0.5);
        wallAt(6);
        assertThat(clock.nanos()).isEqualTo(3 * SECOND);
        assertThat(clock.isManual()).isFalse();
        assertThat(clock.isPaused()).isFalse();
    }

    @Test
    void aThreeSecondTimeoutAtHalfSpeedLastsSixSecondsOfWallTime() throws InterruptedException {
        realtime(0.5);
        ParticipantCall<Void> timeout = sleeper(Duration.ofSeconds(3));
        clock.awaitSettled();

        wallAt(5.998);
        assertThat(clock.nanos()).isEqualTo(2_999_000_000L);
        assertThat(timeout.done()).isFalse();

        wallAt(6);
        assertThat(clock.nanos()).isEqualTo(3 * SECOND);
        awaitEnd(timeout);
        assertThat(timeout.endedAt()).isEqualTo(3 * SECOND);
    }

    @Test
    void aSpeedChangeKeepsTheTimeAndChangesOnlyItsRate() throws InterruptedException {
        realtime(0.5);
        ParticipantCall<Void> timeout = sleeper(Duration.ofSeconds(3));
        clock.awaitSettled();
        wallAt(2);
        assertThat(clock.nanos()).isEqualTo(SECOND);

        clock.setSpeed(2.0);
        assertThat(clock.nanos()).isEqualTo(SECOND);
        assertThat(clock.speed()).isEqualTo(2.0);

        wallAt(2.5);
        assertThat(clock.nanos()).isEqualTo(2 * SECOND);
        assertThat(timeout.done()).isFalse();
        wallAt(3);
        awaitEnd(timeout);
        assertThat(timeout.endedAt()).isEqualTo(3 * SECOND);
    }

    @Test
    void pauseFreezesTimeAndResumeGoesOnFromWhereItStopped() {
        realtime(1.0);
        wallAt(1);
        clock.pause();
        assertThat(clock.isPaused()).isTrue();

        wallAt(6);
        assertThat(clock.nanos()).isEqualTo(SECOND);

        clock.resume();
        assertThat(clock.isPaused()).isFalse();
        assertThat(clock.nanos()).as("no jump by the paused wall time").isEqualTo(SECOND);
        wallAt(7);
        assertThat(clock.nanos()).isEqualTo(2 * SECOND);
    }

    @Test
    void aSpeedChangeWhilePausedTakesEffectOnResume() {
        realtime(1.0);
        wallAt(1);
        clock.pause();
        clock.setSpeed(2.0);
        wallAt(5);
        assertThat(clock.nanos()).isEqualTo(SECOND);

        clock.resume();
        wallAt(6);
        assertThat(clock.nanos()).isEqualTo(3 * SECOND);
    }

    @Test
    void aPausedClockKeepsSleepersBlockedAndStepFiresOnlyTheNextWakeUp() throws InterruptedException {
        realtime(1.0);
        ParticipantCall<Void> first = sleeper(Duration.ofSeconds(2));
        ParticipantCall<Void> second = sleeper(Duration.ofSeconds(4));
        clock.awaitSettled();
        wallAt(1);
        clock.pause();
        wallAt(100);
        assertThat(clock.nanos()).isEqualTo(SECOND);
        assertThat(first.done()).isFalse();

        assertThat(clock.step()).isTrue();
        awaitEnd(first);

        assertThat(first.endedAt()).isEqualTo(2 * SECOND);
        assertThat(clock.isPaused()).isTrue();
        assertThat(clock.nanos()).isEqualTo(2 * SECOND);
        assertThat(second.done()).isFalse();
        assertThat(clock.nextWakeUp()).isEqualTo(4 * SECOND);
    }

    @Test
    void stepOnARunningClockPausesIt() {
        realtime(1.0);
        wallAt(1);
        assertThat(clock.step()).isFalse();
        assertThat(clock.isPaused()).isTrue();
        wallAt(3);
        assertThat(clock.nanos()).isEqualTo(SECOND);
    }

    @Test
    void aHoldKeepsTimeStillUntilItIsClosedAndTimeFlowsOnFromThere() {
        realtime(1.0);
        wallAt(1);
        VirtualClock.Hold hold = clock.hold();
        wallAt(1.5);
        assertThat(clock.nanos()).isEqualTo(SECOND);

        hold.close();
        hold.close(); // a second close does nothing
        assertThat(clock.nanos()).isEqualTo(SECOND);
        wallAt(2);
        assertThat(clock.nanos()).isEqualTo(1_500_000_000L);
    }

    @Test
    void aHoldThatOutlastsTheSettleLimitNoLongerStopsTime() {
        realtime(1.0);
        wallAt(1);
        try (VirtualClock.Hold hold = clock.hold()) {
            wallAt(2.9);
            assertThat(clock.nanos()).isEqualTo(SECOND);
            wallAt(10);
            assertThat(clock.nanos()).isGreaterThan(SECOND);
        }
    }

    @Test
    void timeStandsStillWhileAParticipantRunsAndFlowsOnceItWaitsOnTheClock() throws InterruptedException {
        realtime(1.0);
        CountDownLatch working = new CountDownLatch(1);
        ParticipantCall<Void> worker = ParticipantCall.start(clock, "worker", () -> {
            working.await(); // busy, as far as the clock knows: not one of its waits
            clock.sleep(Duration.ofSeconds(5));
            return null;
        });
        wallAt(1.5);
        assertThat(clock.nanos()).as("what a participant does takes no virtual time").isZero();

        working.countDown();
        clock.awaitSettled();
        wallAt(2.5);
        assertThat(clock.nanos()).isEqualTo(SECOND);
        assertThat(clock.nextWakeUp()).as("its sleep started at virtual 0").isEqualTo(5 * SECOND);
        assertThat(worker.done()).isFalse();
    }

    @Test
    void aParticipantHoldsTimeStillForAsLongAsItRunsWhateverTheWallClockDoes() throws InterruptedException {
        realtime(10.0);
        CountDownLatch working = new CountDownLatch(1);
        ParticipantCall<Void> slow = ParticipantCall.start(clock, "slow", () -> {
            working.await(); // a participant on a busy machine: ten wall minutes for one step
            clock.sleep(Duration.ofSeconds(1));
            return null;
        });
        ParticipantCall<Void> sleeper = sleeper(Duration.ofMillis(500));
        wallAt(600);
        assertThat(clock.nanos()).as("no time passes while a participant runs").isZero();
        assertThat(sleeper.done()).as("a wake-up due meanwhile waits").isFalse();

        working.countDown();
        clock.awaitSettled();
        assertThat(clock.nextWakeUp()).as("the slow one's sleep started at virtual 0").isEqualTo(500_000_000L);
        assertThat(slow.done()).isFalse();
    }

    @Test
    void aPausedRealTimeClockStandsAtZeroUntilResumed() {
        clock = VirtualClock.realtimePaused(10);
        assertThat(clock.isPaused()).isTrue();
        assertThat(clock.isManual()).isFalse();
        assertThat(clock.nanos()).isZero();
        assertThat(clock.elapsed()).isEqualTo(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.09, 10.01, -1, Double.NaN, Double.POSITIVE_INFINITY})
    void speedsOutsideTenthToTenTimesAreRejectedAndChangeNothing(double bad) {
        realtime(1.5);
        assertThatThrownBy(() -> clock.setSpeed(bad))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0.1x and 10x");
        assertThat(clock.speed()).isEqualTo(1.5);
        assertThatThrownBy(() -> VirtualClock.realtime(bad))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEndsOfTheSpeedRangeAreAccepted() {
        realtime(VirtualClock.MIN_SPEED);
        clock.setSpeed(VirtualClock.MAX_SPEED);
        assertThat(clock.speed()).isEqualTo(10.0);
        clock.setSpeed(0.1);
        wallAt(10);
        assertThat(clock.nanos()).isEqualTo(SECOND);
    }

    @Test
    void aRealTimeClockIsNotAdvancedByHand() {
        realtime(1.0);
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> clock.runUntilIdle()).isInstanceOf(IllegalStateException.class);
        assertThat(clock.nanos()).isZero();
    }
}
