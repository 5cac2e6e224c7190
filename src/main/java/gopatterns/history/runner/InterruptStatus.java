package gopatterns.history.runner;

/**
 * What became of the interrupt (Ctrl+C) in this run. Times are virtual nanoseconds since the runner was
 * created.
 *
 * @param state       where the signal is
 * @param requestedAt when it was sent, or -1
 * @param duringTask  the task that was running when it was sent (and went on running), or -1
 * @param beforeTask  the task before which the runner saw it, or -1
 * @param dropped     further presses dropped because the one-slot channel was full
 */
public record InterruptStatus(State state, long requestedAt, int duringTask, int beforeTask, int dropped) {

    public enum State {
        NONE,
        /** In the one-slot channel, waiting for the check before the next task. */
        PENDING,
        /** Seen by the check before {@code beforeTask}: the runner stopped. */
        OBSERVED,
        /** Still waiting when the run ended: no check came after it. */
        NEVER_SEEN,
        /** Seen by the leaked goroutine after the Go program had ended. */
        OBSERVED_BY_LEAK,
        /** Sent while the runner was not listening. */
        NOT_LISTENING
    }

    public static final InterruptStatus NONE = new InterruptStatus(State.NONE, -1, -1, -1, 0);

    InterruptStatus with(State s) {
        return new InterruptStatus(s, requestedAt, duringTask, beforeTask, dropped);
    }
}
