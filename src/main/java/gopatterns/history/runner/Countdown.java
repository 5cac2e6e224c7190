package gopatterns.history.runner;

/**
 * The runner's timeout as the bar shows it. Times are virtual nanoseconds since the runner was created,
 * which is when the Go timeout starts.
 *
 * @param totalNanos     the timeout
 * @param remainingNanos what is left of it now (frozen when the run ends), as the fuse shows it every frame
 * @param spokenNanos    what is left as written out: taken on the frames that update the shown time, from the
 *                       same clock reading, so that the words and the status bar's time always agree
 * @param firedAtNanos   when it fired, or -1
 * @param stoppedAtNanos when the run ended without it, or -1
 * @param draining       true while a run waits on it
 */
public record Countdown(long totalNanos, long remainingNanos, long spokenNanos, long firedAtNanos, long stoppedAtNanos,
                        boolean draining) {

    public static final long NOT_YET = -1;

    /** A full bar for a timeout that has not started. */
    public static Countdown idle(long totalNanos) {
        return new Countdown(totalNanos, totalNanos, totalNanos, NOT_YET, NOT_YET, false);
    }

    /** The same countdown with other words: {@code spoken} nanoseconds left, as last written out. */
    public Countdown withSpoken(long spoken) {
        return new Countdown(totalNanos, remainingNanos, spoken, firedAtNanos, stoppedAtNanos, draining);
    }

    /** What is left, 1 full to 0 empty. */
    public double fraction() {
        return totalNanos <= 0 ? 0 : Math.max(0, Math.min(1, (double) remainingNanos / totalNanos));
    }

    public boolean fired() {
        return firedAtNanos != NOT_YET;
    }

    public boolean stopped() {
        return stoppedAtNanos != NOT_YET;
    }
}
