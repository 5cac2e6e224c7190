package gopatterns.history.runner;

import java.time.Duration;
import java.util.Objects;

/**
 * One task as the run's events tell it so far.
 *
 * @param id        the task's number, from 0
 * @param state     where it is in its life
 * @param worked    how long it works, as the task reported when its work began; null before
 * @param workStart virtual nanoseconds at which its work began, or {@link RunnerFold#NOT_YET}
 * @param stoppedAt virtual nanoseconds at which it finished or was cancelled, or {@link RunnerFold#NOT_YET}
 */
public record FoldedTask(int id, TaskState state, Duration worked, long workStart, long stoppedAt) {

    public FoldedTask {
        Objects.requireNonNull(state, "state");
    }

    /** A task whose turn has not come. */
    public static FoldedTask queued(int id) {
        return new FoldedTask(id, TaskState.QUEUED, null, RunnerFold.NOT_YET, RunnerFold.NOT_YET);
    }

    FoldedTask with(TaskState s) {
        return new FoldedTask(id, s, worked, workStart, stoppedAt);
    }

    FoldedTask working(long at, Duration d) {
        return new FoldedTask(id, state, d, at, stoppedAt);
    }

    FoldedTask stopped(TaskState s, long at) {
        return new FoldedTask(id, s, worked, workStart, at);
    }

    /**
     * How far its work has come at virtual time {@code now} (nanoseconds), 0 to 1: 0 before it works, 1 once
     * done (or for work of no length), frozen where it was cancelled.
     */
    public double progressAt(long now) {
        if (state == TaskState.DONE || state == TaskState.GHOST_DONE) {
            return 1;
        }
        if (worked == null) {
            return 0;
        }
        long total = worked.toNanos();
        if (total == 0) {
            return 1;
        }
        long until = stoppedAt != RunnerFold.NOT_YET ? stoppedAt : now;
        return Math.max(0, Math.min(1, (double) (until - workStart) / total));
    }
}
