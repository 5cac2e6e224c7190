package gopatterns.history.lanes;

/** Which goroutine a lane is, for its label. */
public enum LaneRole {
    /** The runner's {@code main}, which calls {@code Start} and waits in its select. */
    MAIN,
    /** The runner's background goroutine that runs the tasks. */
    BACKGROUND,
    /** The runner's timeout ({@code time.After}). */
    TIMER,
    /** The interrupt channel ({@code signal.Notify}). */
    SIGNAL,
    /** A pool demo worker; the lane's index is the worker's number. */
    WORKER
}
