package gopatterns.history.runner.predict;

import gopatterns.history.predict.Rule;
import gopatterns.history.predict.Verdict;

import gopatterns.event.GoEvent;
import gopatterns.runner.RunnerEvent;
import java.util.Optional;

/**
 * "What will Start return?": answer i is the outcome {@code Outcome.values()[i]} (completed, timeout,
 * interrupted), decided when Start returns.
 */
public final class StartReturns implements Rule {

    @Override
    public Optional<Verdict> apply(GoEvent event) {
        if (event instanceof RunnerEvent.Ended end) {
            String why = "startReturns." + end.outcome().name() + (end.tie() ? ".tie" : "");
            return Optional.of(Verdict.of(end.outcome().ordinal(), end.seq(), why));
        }
        return Optional.empty();
    }
}
