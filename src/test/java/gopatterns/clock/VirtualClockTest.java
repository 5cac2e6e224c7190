package gopatterns.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gopatterns.clock.VirtualClock.Phase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The manual clock: time moves only when told, and after each move every participant has settled. */
class VirtualClockTest {

    private static final long SECOND = 1_000_000_000L;

    private final VirtualClock clock = VirtualClock.manual();
    /** What the participants did, in the order they did it: "name@virtual-nanos". */
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void closeClock() {
        clock.close();
    }

    private void note(String what) {
        log.add(what + "@" + clock.nanos());
    }

    private ParticipantCall<Void> sleeper(String name, Duration d) {
        return ParticipantCall.start(clock, name, () -> {
            clock.sleep(d);
            note(name);
            return null;
        });
    }

    @Test
    void sleepersWakeInTheOrderOfTheirDeadlinesAtExactlyThoseInstants() {
        sleeper("three", Duration.ofSeconds(3));
        sleeper("one", Duration.ofSeconds(1));
        sleeper("two", Duration.ofSeconds(2));

        clock.advance(Duration.ofSeconds(5));

        assertThat(log).containsExactly("one@" + SECOND, "two@" + 2 * SECOND, "three@" + 3 * SECOND);
        assertThat(clock.nanos()).isEqualTo(5 * SECOND);
    }

    @Test
    void zeroOrNegativeSleepReturnsAtOnceWithoutMovingTime() {
        ParticipantCall<Void> call = ParticipantCall.start(clock, "zero", () -> {
            clock.sleep(Duration.ZERO);
            clock.sleep(Duration.ofMillis(-5));
            note("back");
            return null;
        });

        clock.awaitSettled();

        assertThat(call.done()).isTrue();
        assertThat(log).containsExactly("back@0");
        assertThat(clock.nextWakeUp()).isEqualTo(-1);
        assertThat(clock.nanos()).isZero();
    }

    @Test
    void advanceFiresEveryWakeUpOnTheWayAndReturnsWithTheParticipantsSettled() {
        ParticipantCall<Void> ticker = ParticipantCall.start(clock, "ticker", () -> {
            for (int i = 0; i < 5; i++) {
                clock.sleep(Duration.ofSeconds(1));
                note("tick");
            }
            return null;
        });

        clock.advance(Duration.ofMillis(2500));

        // Each sleep starts at exactly the instant the previous one ended.
        assertThat(log).containsExactly("tick@" + SECOND, "tick@" + 2 * SECOND);
        assertThat(clock.nanos()).isEqualTo(2500 * 1_000_000L);
        assertThat(clock.nextWakeUp()).isEqualTo(3 * SECOND);
        assertThat(ticker.done()).isFalse();

        clock.advance(Duration.ofSeconds(10));

        assertThat(log).hasSize(5).last().isEqualTo("tick@" + 5 * SECOND);
        assertThat(ticker.done()).isTrue();
        assertThat(clock.liveParticipants()).isEmpty();
    }

    @Test
    void advanceToNeverMovesTimeBackAndRejectsNegativeSteps() {
        clock.advanceTo(SECOND);
        clock.advanceTo(SECOND / 2);

        assertThat(clock.nanos()).isEqualTo(SECOND);
        assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("negative");
        assertThat(clock.nanos()).isEqualTo(SECOND);
    }

    @Test
    void stepMovesToTheNextWakeUpOnly() {
        ParticipantCall<Void> first = sleeper("one", Duration.ofSeconds(1));
        ParticipantCall<Void> second = sleeper("three", Duration.ofSeconds(3));
        clock.awaitSettled();

        assertThat(clock.step()).isTrue();
        assertThat(clock.nanos()).isEqualTo(SECOND);
        assertThat(first.done()).isTrue();
        assertThat(second.done()).isFalse();

        assertThat(clock.step()).isTrue();
        assertThat(clock.nanos()).isEqualTo(3 * SECOND);
        assertThat(second.done()).isTrue();

        assertThat(clock.step()).isFalse();
        assertThat(clock.nanos()).isEqualTo(3 * SECOND);
    }

    @Test
    void lateWakeUpsFireAfterTheNormalOnesOfTheSameInstant() {
        // The late waiter registers first: the phase, not the order of arrival, decides.
        ParticipantCall<Boolean> late = ParticipantCall.start(clock, "late", () -> {
            boolean ready = clock.awaitUntil(() -> false, 2 * SECOND, Phase.LATE);
            note("late");
            return ready;
        });
        clock.awaitSettled();
        ParticipantCall<Void> normal = ParticipantCall.start(clock, "normal", () -> {
            clock.sleepUntil(2 * SECOND);
            note("normal");
            return null;
        });

        clock.advance(Duration.ofSeconds(2));

        assertThat(log).containsExactly("normal@" + 2 * SECOND, "late@" + 2 * SECOND);
        assertThat(late.result()).isFalse();
        assertThat(normal.done()).isTrue();
    }

    @Test
    void whatANormalWakeUpDoesIsSeenByALateWaiterOfTheSameInstant() {
        // The runner's tie: work that completes at the deadline is ready when the timeout fires.
        AtomicBoolean completed = new AtomicBoolean();
        ParticipantCall<Boolean> timeout = ParticipantCall.start(clock, "timeout",
                () -> clock.awaitUntil(completed::get, 3 * SECOND, Phase.LATE));
        ParticipantCall.start(clock, "work", () -> {
            clock.sleep(Duration.ofSeconds(3));
            completed.set(true);
            clock.signalAll();
            return null;
        });

        clock.advance(Duration.ofSeconds(3));

        assertThat(timeout.result()).isTrue();
        assertThat(timeout.endedAt()).isEqualTo(3 * SECOND);
    }

    @Test
    void aLateWaitForTheCurrentInstantMadeDuringItStillFiresInThatInstantAfterTheNormalOnes() {
        ParticipantCall<Boolean> lateComer = ParticipantCall.start(clock, "late-comer", () -> {
            clock.sleepUntil(SECOND);
            boolean normal = clock.awaitUntil(() -> false, SECOND, Phase.NORMAL);
            note("normal-wait-returned");
            boolean late = clock.awaitUntil(() -> false, SECOND, Phase.LATE);
            note("late-wait-returned");
            return normal || late;
        });
        clock.awaitSettled();
        ParticipantCall.start(clock, "neighbour", () -> {
            clock.sleepUntil(SECOND);
            clock.sleep(Duration.ZERO);
            note("neighbour");
            return null;
        });

        clock.advance(Duration.ofSeconds(1));

        // A normal wait for an instant that has come returns at once; a late one waits for the others.
        assertThat(log).containsSubsequence("normal-wait-returned@" + SECOND, "late-wait-returned@" + SECOND)
                .containsSubsequence("neighbour@" + SECOND, "late-wait-returned@" + SECOND);
        assertThat(lateComer.result()).isFalse();
        assertThat(clock.nanos()).isEqualTo(SECOND);
    }

    @Test
    void awaitUntilReturnsTrueWhenSignalledAndFalseAtItsDeadline() {
        AtomicBoolean flag = new AtomicBoolean();
        ParticipantCall<Boolean> signalled = ParticipantCall.start(clock, "signalled",
                () -> clock.awaitUntil(flag::get, 10 * SECOND, Phase.NORMAL));
        ParticipantCall<Boolean> expiring = ParticipantCall.start(clock, "expiring",
                () -> clock.awaitUntil(() -> false, 3 * SECOND, Phase.NORMAL));

        clock.advance(Duration.ofSeconds(2));
        clock.signalAll(); // the condition does not hold yet: nobody wakes
        clock.awaitSettled();
        assertThat(signalled.done()).isFalse();

        flag.set(true);
        clock.signalAll();
        clock.awaitSettled();
        assertThat(signalled.result()).isTrue();
        assertThat(signalled.endedAt()).isEqualTo(2 * SECOND);
        assertThat(expiring.done()).isFalse();

        clock.advance(Duration.ofSeconds(5));
        assertThat(expiring.result()).isFalse();
        assertThat(expiring.endedAt()).isEqualTo(3 * SECOND);
    }

    @Test
    void awaitUntilWithAConditionThatAlreadyHoldsDoesNotWait() throws InterruptedException {
        assertThat(clock.awaitUntil(() -> true, 5 * SECOND, Phase.LATE)).isTrue();
        assertThat(clock.nextWakeUp()).isEqualTo(-1);
    }

    @Test
    void awaitWithoutDeadlineIsNoWakeUpAndEndsOnlyWhenSignalled() {
        AtomicBoolean flag = new AtomicBoolean();
        ParticipantCall<Void> waiter = ParticipantCall.start(clock, "waiter", () -> {
            clock.await(flag::get);
            return null;
        });

        clock.runUntilIdle();
        assertThat(clock.nextWakeUp()).isEqualTo(-1);
        assertThat(waiter.done()).isFalse();

        flag.set(true);
        clock.signalAll();
        clock.awaitSettled();
        assertThat(waiter.done()).isTrue();
    }

    @Test
    void interruptThroughTheClockWakesAParticipantInASleepAndItCanWaitAgain() {
        ParticipantCall<Void> sleeper = ParticipantCall.start(clock, "sleeper", () -> {
            try {
                clock.sleep(Duration.ofSeconds(10));
                note("slept");
            } catch (InterruptedException e) {
                note("interrupted");
            }
            clock.sleep(Duration.ofSeconds(1));
            note("after");
            return null;
        });
        clock.advance(Duration.ofSeconds(2));

        clock.interrupt(sleeper.thread());
        clock.awaitSettled();

        assertThat(log).containsExactly("interrupted@" + 2 * SECOND);
        assertThat(clock.nextWakeUp()).isEqualTo(3 * SECOND);
        clock.advance(Duration.ofSeconds(1));
        assertThat(log).containsExactly("interrupted@" + 2 * SECOND, "after@" + 3 * SECOND);
        assertThat(sleeper.done()).isTrue();
    }

    @Test
    void interruptThroughTheClockWakesAParticipantInAConditionalWait() {
        ParticipantCall<Void> waiter = ParticipantCall.start(clock, "waiter", () -> {
            clock.await(() -> false);
            return null;
        });
        clock.awaitSettled();

        clock.interrupt(waiter.thread());
        clock.awaitSettled();

        assertThat(waiter.failure()).isInstanceOf(InterruptedException.class);
        assertThat(clock.liveParticipants()).isEmpty();
    }

    @Test
    void liveParticipantsAreThoseThatHaveNotEnded() {
        ParticipantCall<Void> shortOne = sleeper("short", Duration.ofSeconds(1));
        ParticipantCall<Void> longOne = sleeper("long", Duration.ofSeconds(2));
        clock.awaitSettled();
        assertThat(clock.liveParticipants()).containsExactlyInAnyOrder(shortOne.thread(), longOne.thread());

        clock.advance(Duration.ofSeconds(1));
        assertThat(clock.liveParticipants()).containsExactly(longOne.thread());

        clock.advance(Duration.ofSeconds(1));
        assertThat(clock.liveParticipants()).isEmpty();
    }

    @Test
    void closeInterruptsTheParticipantsStillWaiting() {
        ParticipantCall<Void> sleeper = sleeper("sleeper", Duration.ofSeconds(1));
        clock.awaitSettled();

        clock.close();
        clock.awaitSettled();

        assertThat(sleeper.failure()).isInstanceOf(InterruptedException.class);
        assertThat(clock.liveParticipants()).isEmpty();
    }

    @Test
    void aManualClockIsMovedOnlyByHand() {
        assertThat(clock.isManual()).isTrue();
        clock.resume();
        assertThat(clock.nanos()).isZero();
        assertThat(clock.instantAt(SECOND)).isEqualTo(clock.epoch().plusSeconds(1));
    }
}
