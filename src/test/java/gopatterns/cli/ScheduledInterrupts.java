package gopatterns.cli;

import gopatterns.clock.VirtualClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.DoubleFunction;

/**
 * Ctrl+C at a set virtual time, for runs on a real-time clock: a participant of the run's clock sleeps until
 * then and does what a SIGINT would do. Being a participant, it takes its turn as the run's own threads do,
 * so the interrupt lands at exactly that instant in every run.
 */
final class ScheduledInterrupts implements InterruptSource {

    private final AtomicReference<VirtualClock> clock = new AtomicReference<>();
    private final Duration at;

    /** @param at virtual time of the Ctrl+C, counted from the clock's zero; null: never */
    ScheduledInterrupts(Duration at) {
        this.at = at;
    }

    /** Real-time clocks, paused at zero as the CLI's own are; the one made last is the one interrupts go to. */
    DoubleFunction<VirtualClock> clocks() {
        return speed -> {
            VirtualClock c = VirtualClock.realtimePaused(speed);
            clock.set(c);
            return c;
        };
    }

    @Override
    public Listening listen(Runnable onInterrupt) {
        if (at == null) {
            return () -> { };
        }
        VirtualClock c = clock.get();
        Thread interrupter = c.startThread("ctrl-c", () -> {
            try {
                c.sleepUntil(at.toNanos());
                onInterrupt.run();
            } catch (InterruptedException e) {
                // No longer listened for: the run ended first.
            }
        });
        return () -> c.interrupt(interrupter);
    }
}
