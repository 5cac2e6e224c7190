package gopatterns.history.runner;

/** What became of the background goroutine once {@code Start} gave up on it at the timeout. */
public enum LeakState {
    /** Nothing was left behind. */
    NONE,
    /** Go-faithful: it goes on running the remaining tasks though nobody waits for its result. */
    LEAKED_RUNNING,
    /** Go-faithful: its work is done and it waits forever to hand over the result. */
    BLOCKED_FOREVER,
    /** Fixed: the timeout cancelled the work and the goroutine ended. */
    CANCELLED,
    /** The leaked goroutine was stopped from outside (the run was thrown away). */
    DISPOSED
}
