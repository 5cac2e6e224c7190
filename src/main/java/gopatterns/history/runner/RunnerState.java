package gopatterns.history.runner;

import gopatterns.runner.RunnerMode;
import java.util.List;

/**
 * Everything a {@link RunnerFold} has folded, as one value: two folds of the same events give equal states.
 * Times are the events' virtual nanoseconds, {@link RunnerFold#NOT_YET} for what has not happened.
 *
 * @param mode            the runner's mode, null before the runner was created
 * @param createdAt       when the runner (and its timeout) was created
 * @param deadline        when the timeout fires
 * @param timeoutNanos    the timeout
 * @param firedAt         when the timeout won the select
 * @param endedAt         when {@code Start} returned
 * @param blockedAt       when the leaked goroutine blocked forever
 * @param tasks           one entry per task once {@code Start} told how many, in order
 * @param runningTask     the task the background goroutine runs, or -1
 * @param interrupt       what became of the interrupt
 * @param ending          how {@code Start} returned, or null
 * @param leak            what became of the background goroutine after a timeout
 * @param mainAlive       the goroutine in {@code Start} has not returned
 * @param backgroundAlive the background goroutine has not ended (a leaked one blocked forever has not)
 * @param codeAnchor      the listing line last executed, "" before any
 */
public record RunnerState(RunnerMode mode, long createdAt, long deadline, long timeoutNanos, long firedAt,
                          long endedAt, long blockedAt, List<FoldedTask> tasks, int runningTask,
                          InterruptStatus interrupt, RunEnding ending, LeakState leak, boolean mainAlive,
                          boolean backgroundAlive, String codeAnchor) {

    public RunnerState {
        tasks = List.copyOf(tasks);
    }
}
