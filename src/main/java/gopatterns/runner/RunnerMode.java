package gopatterns.runner;

/** Which runner: the book's, with its leak, or the repaired one. */
public enum RunnerMode {
    /** As in the book: after a timeout the background thread runs on, then blocks forever handing over its result. */
    GO_FAITHFUL,
    /** The repair: the result goes into a one-slot buffer and the work is cancelled at the timeout. */
    FIXED
}
