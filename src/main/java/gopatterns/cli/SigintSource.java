package gopatterns.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl+C from the terminal. While nobody listens, SIGINT keeps the JVM's own handling: the process ends at
 * once (status 130), as a Go program does when it has no {@code signal.Notify} for it.
 */
final class SigintSource implements InterruptSource {

    private static final Signal SIGINT = new Signal("INT");

    @Override
    public Listening listen(Runnable onInterrupt) {
        SignalHandler previous;
        try {
            previous = Signal.handle(SIGINT, signal -> onInterrupt.run());
        } catch (IllegalArgumentException e) {
            // The JVM was told to leave signals alone (-Xrs): Ctrl+C then simply ends the process.
            return () -> { };
        }
        AtomicBoolean closed = new AtomicBoolean();
        return () -> {
            if (closed.compareAndSet(false, true)) {
                Signal.handle(SIGINT, previous);
            }
        };
    }
}
