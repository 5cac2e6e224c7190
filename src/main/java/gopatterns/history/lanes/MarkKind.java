package gopatterns.history.lanes;

/** Something that happens at an instant on a lane, drawn as a tick. */
public enum MarkKind {
    /** The timeout won the select. */
    TIMEOUT_FIRED,
    /** An interrupt was sent and waits in the slot. */
    INTERRUPT_SENT,
    /** The background goroutine found the interrupt before task {@code detail}. */
    INTERRUPT_SEEN,
    /** The interrupt was never seen: nobody listened, the slot was full, or the run ended first. */
    INTERRUPT_NEVER_SEEN,
    /** {@code Start} returned; the detail is the outcome's ordinal. */
    RETURNED,
    /** The background goroutine was left behind by the timeout. */
    LEAKED,
    /** Fixed mode: the background work was cancelled by the timeout. */
    CANCELLED,
    /** Fixed mode: the result went into the buffered slot and the goroutine ended. */
    BUFFERED,
    /** The background result was taken by main. */
    HANDED_OVER,
    /** A worker arrived. */
    ARRIVED,
    /** A worker got a new connection; the detail is its id. */
    ACQUIRED_NEW,
    /** A worker got an idle connection; the detail is its id. */
    ACQUIRED_SHARED,
    /** The connection went back into an idle slot. */
    RELEASED_IN_QUEUE,
    /** Every slot was full: the connection was closed at release. */
    RELEASED_CLOSING,
    /** Released after the pool was closed: the connection was closed. */
    RELEASED_AFTER_CLOSE,
    /** The worker's goroutine ended. */
    DONE,
    /** The worker's acquire failed and its goroutine ended. */
    FAILED
}
