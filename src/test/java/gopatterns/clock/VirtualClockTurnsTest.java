package gopatterns.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Participants take turns: one runs at a time, and those ready at one instant run in an order drawn from the
 * seed, so that a run does not depend on how threads are scheduled.
 */
class VirtualClockTurnsTest {

    private static final int PARTICIPANTS = 12;

    /** What twelve sleepers of one second do at the instant they all wake: who ran when, and how many at once. */
    private record Wakeup(List<String> order, int mostAtOnce) {}

    private static Wakeup twelveSleepersWakeTogether(long seed) {
        try (VirtualClock clock = VirtualClock.manual()) {
            clock.seedTurns(seed);
            List<String> order = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger atOnce = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            // Under a hold, as the app starts a run: none runs before all are started.
            try (VirtualClock.Hold hold = clock.hold()) {
                for (int i = 0; i < PARTICIPANTS; i++) {
                    String name = "p" + i;
                    ParticipantCall.start(clock, name, () -> {
                        clock.sleep(Duration.ofSeconds(1));
                        most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                        order.add(name);
                        Thread.yield(); // a scheduler's chance for another to slip in, were two running
                        atOnce.decrementAndGet();
                        return null;
                    });
                }
            }
            clock.advance(Duration.ofSeconds(1));
            clock.checkInvariants();
            return new Wakeup(List.copyOf(order), most.get());
        }
    }

    @Test
    void participantsWokenAtOneInstantRunOneAtATimeInTheOrderOfTheSeed() {
        Wakeup first = twelveSleepersWakeTogether(7);
        Wakeup again = twelveSleepersWakeTogether(7);
        Wakeup otherSeed = twelveSleepersWakeTogether(8);

        assertThat(first.order()).hasSize(PARTICIPANTS);
        assertThat(first.mostAtOnce()).as("participants running at once").isEqualTo(1);
        assertThat(again.order()).isEqualTo(first.order());
        assertThat(otherSeed.order()).containsExactlyInAnyOrderElementsOf(first.order())
                .isNotEqualTo(first.order());
    }

    @Test
    void aParticipantThatStartsAnotherRunsOnUntilItWaitsOnTheClock() {
        try (VirtualClock clock = VirtualClock.manual()) {
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            ParticipantCall<Void> parent = ParticipantCall.start(clock, "parent", () -> {
                clock.startThread("child", () -> log.add("child@" + clock.nanos()));
                log.add("parent goes on");
                // Like a zero timeout: the deadline has passed, so this does not wait and the child has not run.
                boolean ready = clock.awaitUntil(() -> log.contains("child@0"), 0, VirtualClock.Phase.LATE);
                log.add("parent saw the child: " + ready);
                clock.sleep(Duration.ofSeconds(1));
                log.add("parent woke");
                return null;
            });
            clock.awaitSettled();
            clock.checkInvariants();

            assertThat(log).containsExactly("parent goes on", "parent saw the child: false", "child@0");
            clock.advance(Duration.ofSeconds(1));
            assertThat(parent.done()).isTrue();
            assertThat(log).last().isEqualTo("parent woke");
        }
    }

    @Test
    void aParticipantInterruptedWhileWaitingForItsTurnSeesTheInterruptWhenItRuns() {
        try (VirtualClock clock = VirtualClock.manual()) {
            List<String> log = Collections.synchronizedList(new ArrayList<>());
            ParticipantCall<Void> sleeper = ParticipantCall.start(clock, "sleeper", () -> {
                clock.sleep(Duration.ofSeconds(1));
                clock.sleep(Duration.ofSeconds(1));
                return null;
            });
            ParticipantCall.start(clock, "interrupter", () -> {
                clock.sleep(Duration.ofSeconds(1));
                // Both woke at 1 s; whichever runs first, the sleeper's next sleep ends in an interrupt.
                clock.interrupt(sleeper.thread());
                log.add("sent");
                return null;
            });
            clock.advance(Duration.ofSeconds(1));
            clock.checkInvariants();

            assertThat(log).containsExactly("sent");
            assertThat(sleeper.failure()).isInstanceOf(InterruptedException.class);
            assertThat(sleeper.endedAt()).isEqualTo(Duration.ofSeconds(1).toNanos());
        }
    }

    @Test
    void aClosedClockLetsEveryThreadLeftRunToItsEnd() {
        VirtualClock clock = VirtualClock.manual();
        List<ParticipantCall<Void>> sleepers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            sleepers.add(ParticipantCall.start(clock, "s" + i, () -> {
                clock.sleep(Duration.ofSeconds(1));
                return null;
            }));
        }
        clock.awaitSettled();

        clock.close();
        clock.awaitSettled();

        assertThat(sleepers).allMatch(ParticipantCall::done)
                .allMatch(s -> s.failure() instanceof InterruptedException);
        assertThat(clock.liveParticipants()).isEmpty();
    }
}
