package gopatterns.history.runner.predict;

import gopatterns.history.predict.Rule;
import gopatterns.history.predict.Verdict;

import gopatterns.event.GoEvent;
import gopatterns.runner.Outcome;
import gopatterns.runner.RunnerEvent;
import java.util.Optional;

/**
 * "After the timeout, what becomes of the goroutine?": 0 it stops with Start (cancelled), 1 it finishes its work
 * and ends (its result goes into a buffer), 2 it finishes its work and blocks forever handing over its result
 * (the leak). Decided by the goroutine's last event; a run without a timeout decides nothing.
 */
final class GoroutineAfterTimeout implements Rule {

    static final int STOPS = 0;
    static final int ENDS = 1;
    static final int BLOCKS = 2;

    private boolean timedOut;

    @Override
    public Optional<Verdict> apply(GoEvent event) {
        return switch (event) {
            case RunnerEvent.TimeoutFired t -> {
                timedOut = true;
                yield Optional.empty();
            }
            case RunnerEvent.Ended end when end.outcome() != Outcome.TIMEOUT ->
                    Optional.of(Verdict.undecided(end.seq(), "afterTimeout.noTimeout"));
            case RunnerEvent.BackgroundCancelled c when timedOut ->
                    Optional.of(Verdict.of(STOPS, c.seq(), "afterTimeout.cancelled"));
            case RunnerEvent.ResultBuffered b when timedOut ->
                    Optional.of(Verdict.of(ENDS, b.seq(), "afterTimeout.buffered"));
            case RunnerEvent.BackgroundBlocked b when timedOut ->
                    Optional.of(Verdict.of(BLOCKS, b.seq(), "afterTimeout.blocked"));
            default -> Optional.empty();
        };
    }
}
