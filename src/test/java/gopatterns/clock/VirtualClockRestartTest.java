package gopatterns.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A new run's time starts at zero on the same clock, once the last run's threads have ended. */
class VirtualClockRestartTest {

    private static final Instant EPOCH = Instant.parse("2026-11-27T01:45:38Z");

    @Test
    void timeStartsAgainAtZeroAndAManualClockKeepsItsLogDates() throws InterruptedException {
        try (VirtualClock clock = VirtualClock.manual(EPOCH)) {
            ParticipantCall<Void> run = ParticipantCall.start(clock, "run", () -> {
                clock.sleep(Duration.ofSeconds(3));
                return null;
            });
            clock.runUntilIdle();
            assertThat(run.done()).isTrue();

            // It waits for the ended thread to leave the clock.
            assertThat(clock.restartAtZero(Duration.ofSeconds(5))).isTrue();

            assertThat(clock.nanos()).isZero();
            // Pictures and tests made on a manual clock print the same dates on every run.
            assertThat(clock.instantAt(0)).isEqualTo(EPOCH);
            ParticipantCall<Long> next = ParticipantCall.start(clock, "next", () -> {
                clock.sleep(Duration.ofSeconds(1));
                return clock.nanos();
            });
            clock.runUntilIdle();
            assertThat(next.result()).isEqualTo(Duration.ofSeconds(1).toNanos());
        }
    }

    @Test
    void aRealTimeRunsLogDatesFromItsStartNotFromTheRunsBefore() throws InterruptedException {
        MutableWallClock wall = new MutableWallClock(EPOCH);
        try (VirtualClock clock = VirtualClock.realtime(VirtualClock.MAX_SPEED, wall)) {
            ParticipantCall<Void> run = ParticipantCall.start(clock, "run", () -> {
                clock.sleep(Duration.ofSeconds(5));
                return null;
            });
            assertThat(run.thread().join(Duration.ofSeconds(10))).isTrue();
            // Five virtual seconds at ten times the wall clock: half a second of wall time; the next Start
            // comes a minute later.
            Instant secondStart = EPOCH.plusSeconds(60);
            wall.set(secondStart);

            assertThat(clock.restartAtZero(Duration.ofSeconds(5))).isTrue();

            assertThat(clock.instantAt(0)).isEqualTo(secondStart);
        }
    }

    /** A wall clock the test sets. */
    private static final class MutableWallClock extends java.time.Clock {
        private volatile Instant instant;

        MutableWallClock(Instant instant) {
            this.instant = instant;
        }

        void set(Instant i) {
            instant = i;
        }

        @Override
        public Instant instant() {
            return instant;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aThreadStillWaitingKeepsTheTimeAsItIs() throws InterruptedException {
        try (VirtualClock clock = VirtualClock.manual(EPOCH)) {
            ParticipantCall.start(clock, "left behind", () -> {
                clock.await(() -> false);
                return null;
            });
            clock.advance(Duration.ofSeconds(2));

            assertThat(clock.restartAtZero(Duration.ofMillis(50))).isFalse();

            assertThat(clock.nanos()).isEqualTo(Duration.ofSeconds(2).toNanos());
            assertThat(clock.instantAt(0)).isEqualTo(EPOCH);
        }
    }

    /** Compare mode launches two runs under one hold: a restart then must not wait for the other side's threads. */
    @Test
    void underAHoldTimeGoesOnWithoutWaitingForTheOtherRunsThreads() {
        try (VirtualClock clock = VirtualClock.manual(EPOCH)) {
            ParticipantCall.start(clock, "other side", () -> {
                clock.sleep(Duration.ofSeconds(10));
                return null;
            });
            clock.advance(Duration.ofSeconds(2));
            try (VirtualClock.Hold hold = clock.hold()) {
                // With an hour to wait, only the hold's answer at once lets this test end.
                boolean restarted = assertTimeoutPreemptively(Duration.ofSeconds(30),
                        () -> clock.restartAtZero(Duration.ofHours(1)));
                assertThat(restarted).isFalse();
            }
            assertThat(clock.nanos()).isEqualTo(Duration.ofSeconds(2).toNanos());
        }
    }
}
