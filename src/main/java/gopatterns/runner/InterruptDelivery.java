package gopatterns.runner;

/** What became of an interrupt signal sent to the runner. */
public enum InterruptDelivery {
    /** Put into the runner's one-slot channel; it is seen at the next check before a task. */
    QUEUED,
    /** The slot already held a signal: this one is dropped, as a full signal channel drops it in Go. */
    DROPPED_PENDING,
    /** The runner is not listening: not started yet, or it already saw an interrupt and stopped listening. */
    NOT_LISTENING
}
