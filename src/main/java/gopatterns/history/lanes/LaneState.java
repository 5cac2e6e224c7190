package gopatterns.history.lanes;

/** What a goroutine is doing during a stretch of its lane. */
public enum LaneState {
    /** Runnable, between blocking points: main before its select, the background loop between tasks. */
    RUNNING,
    /** Main blocked in {@code select}, waiting for the result, the timeout or nothing else. */
    SELECT,
    /** The background goroutine runs a task; the segment's detail is the task's number. */
    TASK,
    /** The background goroutine goes on after the timeout and nobody waits for it (the leak). */
    LEAKED,
    /** The leaked goroutine is stuck handing over its result, for ever. */
    BLOCKED,
    /** The timeout's timer is counting down; the detail is its deadline (ns after the run's start). */
    TIMER,
    /** An interrupt sits in the signal slot, not seen yet. */
    PENDING,
    /** A pool worker has arrived and waits for a connection (the factory, or the cap in bounded mode). */
    ACQUIRING,
    /** A pool worker holds a connection; the detail is the connection's id. */
    HOLDING
}
