package gopatterns.history.runner.predict;

import gopatterns.history.predict.Rule;
import gopatterns.history.predict.Verdict;

import gopatterns.event.GoEvent;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerEvent;
import java.util.Optional;

/**
 * "What happens to the task still running when the timeout fires?": 0 Start waits for it (the timeout did not
 * win), 1 it stops with Start, 2 it runs to its end for nobody. Decided when Start returns without a timeout,
 * when the task is cancelled, or when the abandoned task finishes.
 */
public final class TaskAtTimeout implements Rule {

    public static final int START_WAITS = 0;
    static final int STOPS = 1;
    static final int RUNS_ON = 2;

    /** The task the goroutine was running when Start left it, or -1. */
    private int abandoned = -1;

    @Override
    public Optional<Verdict> apply(GoEvent event) {
        return switch (event) {
            case RunnerEvent.Ended end when end.outcome() != Outcome.TIMEOUT ->
                    Optional.of(Verdict.of(START_WAITS, end.seq(), "taskAtTimeout.noTimeout"));
            case RunnerEvent.BackgroundLeaked l when l.runningTask() >= 0 -> {
                abandoned = l.runningTask();
                yield Optional.empty();
            }
            case RunnerEvent.BackgroundLeaked l ->
                    Optional.of(Verdict.undecided(l.seq(), "taskAtTimeout.noTaskRunning"));
            case RunnerEvent.TaskFinished f when f.task() == abandoned ->
                    Optional.of(Verdict.of(RUNS_ON, f.seq(), "taskAtTimeout.runsOn"));
            case RunnerEvent.BackgroundCancelled c when c.duringTask() >= 0 ->
                    Optional.of(Verdict.of(STOPS, c.seq(), "taskAtTimeout.cancelled"));
            case RunnerEvent.BackgroundCancelled c ->
                    Optional.of(Verdict.undecided(c.seq(), "taskAtTimeout.noTaskRunning"));
            default -> Optional.empty();
        };
    }
}
